package org.fieldnps.domain.scoring;

import org.fieldnps.domain.BusinessRuleException;

/**
 * Thrown when an answer is not a whole number from 0 to 10, whether it arrived as a number from
 * an integration or as text from the survey page. It always concerns the field {@value #FIELD}.
 */
public final class InvalidScoreException extends BusinessRuleException {

    /** The name of the input field that holds a customer's score, in forms and in the REST API. */
    public static final String FIELD = "score";

    /**
     * @param message what was wrong with the score, in words the customer or integrator understands
     */
    public InvalidScoreException(String message) {
        super(FIELD, message);
    }
}
