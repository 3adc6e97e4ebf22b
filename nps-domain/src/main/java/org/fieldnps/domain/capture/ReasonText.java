package org.fieldnps.domain.capture;

import org.fieldnps.domain.InvalidInputException;

/**
 * The customer's own words about why they scored as they did. It is kept as typed (markup
 * included: it is data, escaped wherever it is shown), but without control characters, trimmed,
 * and no longer than {@value #MAXIMUM_LENGTH} characters. Blank means no reason given.
 */
public final class ReasonText {

    public static final int MAXIMUM_LENGTH = 2000;

    private ReasonText() {
    }

    /** The reason as it is stored, or {@code null} for none; refuses text that is too long. */
    public static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = typed.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > MAXIMUM_LENGTH) {
            throw new InvalidInputException("reason", "A reason has at most " + MAXIMUM_LENGTH
                    + " characters; this one has " + cleaned.length() + ".");
        }
        return cleaned;
    }
}
