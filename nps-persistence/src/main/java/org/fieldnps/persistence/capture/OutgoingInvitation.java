package org.fieldnps.persistence.capture;

import java.time.Instant;

/**
 * Everything one invitation or reminder mail says, read while its invitation is claimed, so that
 * the mail is composed and sent outside any transaction and without lazy loading.
 *
 * @param reminder          whether this is the one reminder rather than the first invitation
 * @param email             the customer's address: personal data, never logged
 * @param language          the customer's two-letter language code
 * @param companyName       the field-service company that asks, from the organisation settings
 * @param engineerFirstName the first name of the engineer who did the job
 * @param serviceTypeCode   the code of the kind of visit, such as {@code repair}
 * @param serviceTypeName   its name as the organisation calls it
 */
public record OutgoingInvitation(long invitationId, boolean reminder, String token, String email,
        String language, String companyName, String engineerFirstName, String serviceTypeCode,
        String serviceTypeName, Instant completedAt, Instant expiresAt) {

    /** Leaves the address out, so that a logged mail names no one. */
    @Override
    public String toString() {
        return "OutgoingInvitation[" + invitationId + (reminder ? ", reminder" : "") + "]";
    }
}
