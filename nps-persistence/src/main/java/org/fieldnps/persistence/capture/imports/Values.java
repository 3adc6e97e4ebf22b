package org.fieldnps.persistence.capture.imports;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values of one row for the checks of an import, noting a problem for each value that
 * breaks its column's rule instead of stopping at the first, so that one upload shows everything to
 * fix in the row.
 */
final class Values {

    /** The FSM's ids have at most this many characters, as the capture service allows. */
    static final int ID_MAXIMUM_LENGTH = 60;

    /** How much of a refused value a message quotes, so that a pasted paragraph does not flood the list. */
    private static final int ECHO_LIMIT = 40;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final CsvRow row;
    private final List<ImportProblem> problems;
    private boolean good = true;

    Values(CsvRow row, List<ImportProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    int line() {
        return row.line();
    }

    /** Whether every value read so far kept its rule. */
    boolean good() {
        return good;
    }

    void problem(String column, String reason) {
        problems.add(new ImportProblem(row.line(), column, reason));
        good = false;
    }

    /** The value as written, blank as {@code null}, for rules the caller checks itself. */
    String raw(String column) {
        return row.value(column);
    }

    String required(String column, int maximumLength) {
        if (row.value(column) == null) {
            problem(column, column + " is required.");
            return null;
        }
        return optional(column, maximumLength);
    }

    /** A value on one line of at most the given length, or {@code null} when it is blank. */
    String optional(String column, int maximumLength) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        if (value.length() > maximumLength) {
            problem(column, column + " has at most " + maximumLength + " characters; this one has "
                    + value.length() + ".");
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            problem(column, column + " has a line break or another control character in it.");
            return null;
        }
        return value;
    }

    /**
     * A point in time as ISO 8601 with its offset, such as 2026-12-03T10:15:00Z: a time without
     * one would be read in some time zone the file does not say.
     */
    Optional<Instant> requiredInstant(String column, Instant notAfter) {
        String value = required(column, ID_MAXIMUM_LENGTH);
        if (value == null) {
            return Optional.empty();
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notIso) {
            problem(column, echo(value) + " is not a time such as 2026-12-03T10:15:00Z (ISO 8601, with Z"
                    + " for UTC or an offset such as +01:00).");
            return Optional.empty();
        }
        if (instant.isAfter(notAfter)) {
            problem(column, column + " " + value + " is in the future.");
            return Optional.empty();
        }
        return Optional.of(instant);
    }

    /**
     * A value quoted for a message: at most {@value #ECHO_LIMIT} characters, on one line. Pages
     * escape it like all text from a file.
     */
    static String echo(String value) {
        String oneLine = CONTROL.matcher(value).replaceAll("?");
        if (oneLine.codePointCount(0, oneLine.length()) > ECHO_LIMIT) {
            oneLine = oneLine.substring(0, oneLine.offsetByCodePoints(0, ECHO_LIMIT)) + "…";
        }
        return "\"" + oneLine + "\"";
    }
}
