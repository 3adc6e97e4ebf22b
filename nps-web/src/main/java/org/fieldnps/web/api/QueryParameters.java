package org.fieldnps.web.api;

import org.fieldnps.domain.InvalidInputException;

/**
 * Reads query parameters with errors that name them. JAX-RS would answer a parameter it cannot
 * convert with a bare 404, which tells a caller nothing about the typo in their number.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static int whole(String name, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number.");
        }
    }
}
