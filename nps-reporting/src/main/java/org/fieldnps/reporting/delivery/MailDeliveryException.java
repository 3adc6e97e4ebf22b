package org.fieldnps.reporting.delivery;

/**
 * A mail that did not go out. Either the server was not reached or refused to take mail at all,
 * and every other mail would fail the same way for now; or it refused this recipient only, and
 * the next mail may well go through. Messages never contain the recipient's address.
 */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean recipientRefused;

    private MailDeliveryException(String message, Throwable cause, boolean recipientRefused) {
        super(message, cause);
        this.recipientRefused = recipientRefused;
    }

    static MailDeliveryException serverFailed(Throwable cause) {
        String message = "The mail server could not be used: " + cause.getMessage();
        return new MailDeliveryException(message, cause, false);
    }

    static MailDeliveryException recipientRefused(Throwable cause) {
        return new MailDeliveryException("The recipient address was refused", cause, true);
    }

    /** Whether only this recipient was refused, so that other mail can still go out. */
    public boolean recipientRefused() {
        return recipientRefused;
    }
}
