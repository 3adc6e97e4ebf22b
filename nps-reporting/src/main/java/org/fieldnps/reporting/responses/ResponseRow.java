package org.fieldnps.reporting.responses;

import java.time.Instant;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;

/**
 * One recorded response with its attribution as it was at the time of the job. The
 * organisation is named by the ids and codes that integrators know (the field-service system's
 * ids of jobs and engineers, the codes of teams, regions and service types), not by the
 * product's internal keys.
 *
 * @param category     derived from the score under the scoring policy in force when it was read
 * @param changedAt    when the customer last changed the answer, or {@code null} if never
 * @param engineerName the engineer's name as it is now, for people; the id is what stays
 */
public record ResponseRow(long id, String jobId, int score, Category category, String reason, Channel channel,
        Instant receivedAt, Instant changedAt, String engineerId, String teamCode, String regionCode,
        String serviceType, CustomerTier customerTier, String engineerName) {
}
