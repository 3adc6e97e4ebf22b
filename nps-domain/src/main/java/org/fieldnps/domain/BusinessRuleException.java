package org.fieldnps.domain;

/**
 * The one unchecked root for requests that break a business rule, as opposed to faults in the
 * system. Callers catch this type (or a subclass) to tell the person what to change: the REST
 * layer maps it to a problem detail and the Faces layer to a message next to the input it names.
 * Messages are therefore written for the person who typed the value, not for a developer.
 *
 * <p>Modules add subclasses for the rules they own; they do not throw this class for faults such
 * as a lost database connection.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;

    /**
     * @param field   the input field the problem is about, so that a form can place the message
     *                beside it; {@code null} when the problem concerns the request as a whole
     * @param message what is wrong and what is allowed, in words the person understands
     */
    public BusinessRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * For a rule that was found broken while handling a lower-level failure, such as a value that
     * could not be parsed, so that the original cause still reaches the log.
     */
    public BusinessRuleException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /**
     * @return the name of the input field the problem is about, or {@code null} when it concerns
     *         no single field
     */
    public String field() {
        return field;
    }
}
