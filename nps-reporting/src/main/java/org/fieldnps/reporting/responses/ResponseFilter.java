package org.fieldnps.reporting.responses;

import java.time.LocalDate;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;

/**
 * Which responses a search wants; every part is optional and the parts narrow each other. Days
 * are whole UTC days and both ends are included, as a person reading "from 1 to 31 March"
 * expects.
 *
 * @param engineerId  the field-service system's id of the engineer the answer was attributed to
 * @param teamCode    the code of the team the answer was attributed to at the time of the job
 * @param regionCode  the code of the region the answer was attributed to at the time of the job
 * @param category    promoters, passives or detractors under the scoring policy in force now
 * @param serviceType the code of the job's service type
 * @param tier        the customer's tier at the time of the answer
 * @param score       one score from 0 to 10
 * @param text        words to find in the reason, in any letter case
 */
public record ResponseFilter(LocalDate from, LocalDate to, String jobId, String engineerId, String teamCode,
        String regionCode, Category category, String serviceType, CustomerTier tier, Channel channel,
        Integer score, String text) {

    /** The longest text searched for: a reason holds at most 2,000 characters. */
    public static final int MAXIMUM_TEXT_LENGTH = 200;

    public ResponseFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day (" + to + ") is before the first (" + from + ").");
        }
        if (score != null && (score < 0 || score > 10)) {
            throw new InvalidInputException("score", "A score is a whole number from 0 to 10.");
        }
        jobId = blankAsNull(jobId);
        engineerId = blankAsNull(engineerId);
        teamCode = blankAsNull(teamCode);
        regionCode = blankAsNull(regionCode);
        serviceType = blankAsNull(serviceType);
        text = blankAsNull(text);
        if (text != null && text.length() > MAXIMUM_TEXT_LENGTH) {
            throw new InvalidInputException("q", "Search for at most " + MAXIMUM_TEXT_LENGTH + " characters.");
        }
    }

    /** The filters that integrators have had from the start of the API. */
    public ResponseFilter(LocalDate from, LocalDate to, String jobId, String engineerId, String teamCode,
            String regionCode, Category category) {
        this(from, to, jobId, engineerId, teamCode, regionCode, category, null, null, null, null, null);
    }

    /** Every response the caller may see. */
    public static ResponseFilter everything() {
        return new ResponseFilter(null, null, null, null, null, null, null);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
