package org.fieldnps.reporting.responses;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.reporting.figures.Period;

/**
 * Reads a response filter from the parameters that portal links and the REST API share:
 * {@code period}, {@code from}, {@code to}, {@code region}, {@code team}, {@code engineer},
 * {@code serviceType}, {@code tier}, {@code channel}, {@code category}, {@code score} and
 * {@code q}, and the API's {@code jobId}. Every bad value is refused with the name of its
 * parameter.
 *
 * <p>A period is resolved to whole UTC days against the day given as today: {@code 7d},
 * {@code 30d} and {@code 90d} end today; {@code this-month}, {@code quarter} and {@code year}
 * run from the start of the current month, calendar quarter or year to today; {@code last-month}
 * is the whole previous month; {@code custom} (or {@code from}/{@code to} given alone) takes the
 * days given.
 */
public final class ResponseParameters {

    /** The period a link without one shows: the dashboard's. */
    public static final String DEFAULT_PERIOD = Period.DEFAULT_CODE;

    /**
     * The longest period whose reasons are searched for words. Such a search reads every reason
     * in the period and the other filters, as no index serves a word in the middle of a text on
     * both databases; a bounded period bounds its cost.
     */
    public static final int LONGEST_TEXT_SEARCH_DAYS = 366;

    private ResponseParameters() {
    }

    /**
     * The filter the parameters of a portal link describe; absent and blank parameters do not
     * narrow, and a link without a period or days shows the default period.
     */
    public static ResponseFilter filterOf(Map<String, String> parameters, LocalDate today) {
        return filterOf(parameters, today, DEFAULT_PERIOD);
    }

    /**
     * The filter the parameters of the REST API's list describe: the same parameters and
     * {@code jobId}, but a request without a period or days lists every day, as it always has.
     */
    public static ResponseFilter listFilterOf(Map<String, String> parameters, LocalDate today) {
        return filterOf(parameters, today, "custom");
    }

    private static ResponseFilter filterOf(Map<String, String> parameters, LocalDate today, String defaultPeriod) {
        LocalDate from = day("from", parameters.get("from"));
        LocalDate to = day("to", parameters.get("to"));
        String period = blankAsNull(parameters.get("period"));
        period = period == null ? null : period.toLowerCase(Locale.ROOT);
        if (period == null) {
            period = from == null && to == null ? defaultPeriod : "custom";
        }
        LocalDate[] days = resolve(period, from, to, today);

        String text = blankAsNull(parameters.get("q"));
        if (text != null && (days[0] == null
                || ChronoUnit.DAYS.between(days[0], days[1] == null ? today : days[1]) >= LONGEST_TEXT_SEARCH_DAYS)) {
            throw new InvalidInputException("q", "Search reasons within at most " + LONGEST_TEXT_SEARCH_DAYS
                    + " days: choose a shorter period.");
        }

        return new ResponseFilter(days[0], days[1], parameters.get("jobId"), parameters.get("engineer"),
                parameters.get("team"), parameters.get("region"), category(parameters.get("category")),
                parameters.get("serviceType"), tier(parameters.get("tier")), channel(parameters.get("channel")),
                score(parameters.get("score")), parameters.get("q"));
    }

    private static LocalDate[] resolve(String period, LocalDate from, LocalDate to, LocalDate today) {
        if (period.equals("custom")) {
            return new LocalDate[] {from, to};
        }
        Period named = Period.named(period, today);
        return new LocalDate[] {named.first(), named.last()};
    }

    private static LocalDate day(String name, String text) {
        if (blankAsNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a day in ISO 8601 form, such as 2026-12-03.");
        }
    }

    private static Category category(String text) {
        if (blankAsNull(text) == null) {
            return null;
        }
        for (Category category : Category.values()) {
            if (category.name().equalsIgnoreCase(text.strip())) {
                return category;
            }
        }
        throw new InvalidInputException("category", "category must be promoter, passive or detractor.");
    }

    private static CustomerTier tier(String text) {
        if (blankAsNull(text) == null) {
            return null;
        }
        try {
            return CustomerTier.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("tier", "tier must be key, standard or basic.");
        }
    }

    private static Channel channel(String text) {
        return blankAsNull(text) == null ? null : Channel.parse(text);
    }

    private static Integer score(String text) {
        if (blankAsNull(text) == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(text.strip());
            if (score >= 0 && score <= 10) {
                return score;
            }
        } catch (NumberFormatException e) {
            // Answered below, as a score out of range is.
        }
        throw new InvalidInputException("score", "score must be a whole number from 0 to 10.");
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
