package org.fieldnps.persistence.capture;

import org.fieldnps.domain.capture.InvitationDecision;

/**
 * What registering a job led to: its invitation, whether this request created it (or found it
 * from an earlier one), and whether the customer is asked at all.
 */
public record RegisteredJob(Invitation invitation, boolean created, InvitationDecision decision) {
}
