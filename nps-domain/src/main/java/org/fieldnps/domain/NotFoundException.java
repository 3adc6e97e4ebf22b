package org.fieldnps.domain;

/**
 * What was asked for does not exist, or is outside what the caller may see; the two are not
 * told apart, so that ids of other parts of the organisation reveal nothing.
 */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
