package org.fieldnps.persistence.capture;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Survey tokens: 144 random bits, URL-safe, 24 characters, short enough for an SMS link and far
 * beyond guessing.
 */
public final class SurveyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 18;

    private SurveyTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text could be a token at all, so that junk is refused before any query. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == 24 && text.chars().allMatch(
                c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
