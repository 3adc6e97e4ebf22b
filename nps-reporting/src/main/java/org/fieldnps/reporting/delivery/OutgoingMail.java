package org.fieldnps.reporting.delivery;

import java.util.List;
import java.util.Map;

/**
 * One mail to one recipient, in plain text and HTML, which the recipient's program chooses
 * between, with any files attached.
 *
 * @param to        the recipient's address: personal data, never logged
 * @param fromName  the name the sender shows as, unless the configured sender address names one
 * @param headers   further header fields, such as {@code List-Unsubscribe}, in US-ASCII
 */
public record OutgoingMail(String to, String fromName, String subject, String text, String html,
        Map<String, String> headers, List<Attachment> attachments) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
        attachments = List.copyOf(attachments);
    }

    /** A file sent with the mail, such as a report as PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Leaves the recipient out, so that a logged mail names no one. */
    @Override
    public String toString() {
        return "OutgoingMail[" + attachments.size() + " attachments]";
    }
}
