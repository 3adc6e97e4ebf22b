package org.fieldnps.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.scoring.Category;

/**
 * Reads query parameters with errors that name them. JAX-RS would answer a parameter it cannot
 * convert with a bare 404, which tells a caller nothing about the typo in their date.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static LocalDate day(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a day in ISO 8601 form, such as 2026-12-03.");
        }
    }

    static Category category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Category category : Category.values()) {
            if (category.name().equalsIgnoreCase(text.strip())) {
                return category;
            }
        }
        throw new InvalidInputException("category", "category must be promoter, passive or detractor.");
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
