package org.fieldnps.reporting.responses;

import java.time.Instant;
import org.fieldnps.domain.organisation.CustomerTier;

/**
 * Everything about one response that a manager following it up needs: the answer and its
 * attribution, who the customer is and how to reach them, the job it was about, and the history
 * of the invitation that asked.
 *
 * @param response      the answer as a search lists it
 * @param customerTier  the customer's tier now; the response keeps the one it had then
 * @param siteName      the site of the job, or {@code null} when the job names none
 * @param invitation    the invitation's history, or {@code null} for an answer that came without one
 */
public record ResponseDetail(ResponseRow response, String customerId, String customerName,
        CustomerTier customerTier, String customerEmail, String customerPhone, Instant jobCompletedAt,
        String serviceTypeName, String siteName, String siteTown, String teamName, String regionName,
        InvitationHistory invitation) {
}
