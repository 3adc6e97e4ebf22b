package org.fieldnps.reporting.responses;

import java.time.LocalDate;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.scoring.Category;

/**
 * Which responses a search wants; every part is optional and the parts narrow each other. Days
 * are whole UTC days and both ends are included, as a person reading "from 1 to 31 March"
 * expects.
 *
 * @param engineerId the field-service system's id of the engineer the answer was attributed to
 * @param teamCode   the code of the team the answer was attributed to at the time of the job
 * @param regionCode the code of the region the answer was attributed to at the time of the job
 * @param category   promoters, passives or detractors under the scoring policy in force now
 */
public record ResponseFilter(LocalDate from, LocalDate to, String jobId, String engineerId, String teamCode,
        String regionCode, Category category) {

    public ResponseFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day (" + to + ") is before the first (" + from + ").");
        }
        jobId = blankAsNull(jobId);
        engineerId = blankAsNull(engineerId);
        teamCode = blankAsNull(teamCode);
        regionCode = blankAsNull(regionCode);
    }

    /** Every response the caller may see. */
    public static ResponseFilter everything() {
        return new ResponseFilter(null, null, null, null, null, null, null);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
