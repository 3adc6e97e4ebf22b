package org.fieldnps.domain;

/**
 * The input breaks a rule of its field: missing, malformed, out of range or too long. Answered
 * with 400 over REST and a message beside the field in a form.
 */
public class InvalidInputException extends BusinessRuleException {

    public InvalidInputException(String field, String message) {
        super(field, message);
    }
}
