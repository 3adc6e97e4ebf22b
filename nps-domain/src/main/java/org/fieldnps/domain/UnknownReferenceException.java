package org.fieldnps.domain;

/**
 * The input names something the product does not know, such as an engineer id the field-service
 * system never registered. It is the caller's data that must change, so it is answered like
 * invalid input, naming the field.
 */
public class UnknownReferenceException extends BusinessRuleException {

    public UnknownReferenceException(String field, String message) {
        super(field, message);
    }
}
