package org.fieldnps.reporting.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import org.fieldnps.domain.InvalidInputException;

/**
 * A stretch of whole UTC days that figures are computed over, both ends included, as a person
 * reading "from 1 to 31 March" expects. Made from the portal's and the API's {@code period},
 * {@code from} and {@code to} parameters against a clock, so that "the last 30 days" always
 * includes today.
 *
 * <p>Calendar periods ({@code this-month}, {@code quarter}, {@code year}) run from their first
 * day to today; {@code last-month} is the whole previous month.
 *
 * @param code  the parameter value it was made from, such as {@code 30d} or {@code custom}
 * @param first the first day, included
 * @param last  the last day, included
 */
public record Period(String code, LocalDate first, LocalDate last) {

    /** What the portal shows when no period is asked for. */
    public static final String DEFAULT_CODE = "90d";

    /** The longest custom range: ten years of days keeps a weekly trend to a few hundred points. */
    public static final long MAXIMUM_DAYS = 3660;

    private static final String CODES = "7d, 30d, 90d, this-month, last-month, quarter, year or custom";

    public Period {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "The last day (" + last + ") is before the first (" + first + ").");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAXIMUM_DAYS) {
            throw new InvalidInputException("from", "A period may be at most " + MAXIMUM_DAYS + " days long.");
        }
    }

    /**
     * Reads the period parameters. A {@code from} or {@code to} without a {@code period} means a
     * custom range; a custom range without {@code to} ends today, and one without {@code from}
     * is refused.
     *
     * @throws InvalidInputException naming {@code period}, {@code from} or {@code to}
     */
    public static Period parse(String period, String from, String to, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate firstDay = day("from", from);
        LocalDate lastDay = day("to", to);
        String code = blank(period) ? (firstDay != null || lastDay != null ? "custom" : DEFAULT_CODE)
                : period.strip().toLowerCase(java.util.Locale.ROOT);

        if (!code.equals("custom")) {
            return named(code, today);
        }
        if (firstDay == null) {
            throw new InvalidInputException("from", "A custom period needs its first day in from.");
        }
        return new Period(code, firstDay, lastDay == null ? today : lastDay);
    }

    /**
     * A period by its name, seen from {@code today}: every code but {@code custom}, which needs
     * its days.
     *
     * @throws InvalidInputException naming {@code period} for any other name
     */
    public static Period named(String code, LocalDate today) {
        return switch (code) {
            case "7d" -> lastDays(code, 7, today);
            case "30d" -> lastDays(code, 30, today);
            case "90d" -> lastDays(code, 90, today);
            case "this-month" -> new Period(code, today.withDayOfMonth(1), today);
            case "last-month" -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Period(code, first, first.plusMonths(1).minusDays(1));
            }
            case "quarter" -> new Period(code, firstOfQuarter(today), today);
            case "year" -> new Period(code, today.withDayOfYear(1), today);
            default -> throw new InvalidInputException("period", "period must be one of " + CODES + ".");
        };
    }

    /** A custom period over the given days. */
    public static Period between(LocalDate first, LocalDate last) {
        return new Period("custom", first, last);
    }

    /**
     * The period a change is measured against: the previous calendar month, quarter or year
     * for calendar periods, up to the same day of it, and otherwise the same number of days
     * just before.
     */
    public Period previous() {
        return switch (code) {
            case "this-month", "last-month" -> new Period(code, first.minusMonths(1),
                    code.equals("last-month") ? first.minusDays(1) : last.minusMonths(1));
            case "quarter" -> new Period(code, first.minusMonths(3), last.minusMonths(3));
            case "year" -> new Period(code, first.minusYears(1), last.minusYears(1));
            default -> new Period(code, first.minusDays(days()), first.minusDays(1));
        };
    }

    /** The same days under another code, which decides what its previous period is. */
    public Period withCode(String other) {
        return new Period(other, first, last);
    }

    /** How many days the period covers. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** What a page calls it, such as "Last 30 days" or "2026-11-01 – 2026-11-30". */
    public String label() {
        return switch (code) {
            case "7d", "30d", "90d" -> "Last " + days() + " days";
            case "this-month" -> "This month";
            case "last-month" -> "Last month";
            case "quarter" -> "This quarter";
            case "year" -> "This year";
            default -> first + " – " + last;
        };
    }

    private static Period lastDays(String code, int days, LocalDate today) {
        return new Period(code, today.minusDays(days - 1L), today);
    }

    private static LocalDate firstOfQuarter(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    private static LocalDate day(String name, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a day in ISO 8601 form, such as 2026-12-03.");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
