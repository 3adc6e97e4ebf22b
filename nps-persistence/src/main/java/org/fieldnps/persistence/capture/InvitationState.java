package org.fieldnps.persistence.capture;

/** Where a survey invitation is in its life, from created to answered or expired. */
public enum InvitationState {
    /** Created, waiting for the mail to go out. */
    PENDING,
    SENT,
    REMINDED,
    ANSWERED,
    EXPIRED,
    /** Not sent on purpose: the customer opted out or was asked too recently. */
    SUPPRESSED
}
