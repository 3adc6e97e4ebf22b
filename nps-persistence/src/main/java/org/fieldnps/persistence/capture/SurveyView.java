package org.fieldnps.persistence.capture;

import java.time.Instant;

/**
 * Everything the customer's survey page may show for one link, and nothing more: the company,
 * the visit, the engineer's first name and the customer's own answer. For an unknown link it
 * carries the company name alone, so that a guessed or mangled link tells nobody anything about
 * another customer.
 *
 * @param state               where the link stands, which decides the screen
 * @param companyName         the organisation's name, as an admin set it
 * @param engineerFirstName   the first name of the engineer who did the visit; never the full name
 * @param serviceTypeCode     the code of the kind of visit, for a translated label where one exists
 * @param serviceTypeName     the name of the kind of visit, as an admin set it
 * @param visitedAt           when the job was completed
 * @param language            the customer's language code as the field-service system reported it
 * @param score               the answer's score, or {@code null} before an answer
 * @param reason              the answer's reason as the customer typed it, or {@code null}
 * @param changeableUntil     until when the answer may still be changed, or {@code null} when it
 *                            may not (not answered yet, or too late)
 * @param optedOut            whether the customer has asked not to be surveyed again
 * @param changeWindowMinutes how long after answering an answer may be changed, by the survey rules
 */
public record SurveyView(SurveyState state, String companyName, String engineerFirstName,
        String serviceTypeCode, String serviceTypeName, Instant visitedAt, String language, Integer score,
        String reason, Instant changeableUntil, boolean optedOut, int changeWindowMinutes) {

    /** The page for a link that names no invitation. */
    public static SurveyView unknown(String companyName) {
        return new SurveyView(SurveyState.UNKNOWN, companyName, null, null, null, null, null, null, null, null,
                false, 0);
    }

    public boolean isKnown() {
        return state != SurveyState.UNKNOWN;
    }

    /**
     * Whether the page may record the score first and ask for the reason on a second step. The
     * reason is added as a change of the answer, so this needs a change window; without one, the
     * reason has to come with the score.
     */
    public boolean asksReasonAfterScore() {
        return changeWindowMinutes > 0;
    }
}
