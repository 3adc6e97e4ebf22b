package org.fieldnps.domain;

/**
 * The request contradicts what is already recorded, such as a second, different answer for a
 * job after the time to change it has passed.
 */
public class ConflictException extends BusinessRuleException {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
