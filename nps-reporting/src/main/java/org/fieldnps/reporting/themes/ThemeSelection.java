package org.fieldnps.reporting.themes;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.reporting.figures.Period;

/**
 * The responses whose reasons are compared: a stretch of whole UTC days, both ends included, and
 * optionally a region, team, engineer, service type, customer tier and channel, by the codes
 * the portal's addresses use.
 *
 * <p>Shortcoming: the portal's pages share one period and filter model; until this package can
 * use it, the parameters are read here. Replacing {@link #fromParameters} by that model's parser
 * removes the duplicate.
 *
 * @param period the period's name as given ({@code 30d}, {@code custom} …), for links back
 */
public record ThemeSelection(String period, LocalDate from, LocalDate to, String regionCode, String teamCode,
        String engineerId, String serviceType, CustomerTier tier, Channel channel) {

    /** The period when none is given: a quarter of a year holds enough reasons to compare. */
    public static final String DEFAULT_PERIOD = Period.DEFAULT_CODE;

    private static final int MAXIMUM_CODE_LENGTH = 64;

    public ThemeSelection {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "A first and a last day are required.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day (" + to + ") is before the first (" + from + ").");
        }
        regionCode = code("region", regionCode);
        teamCode = code("team", teamCode);
        engineerId = code("engineer", engineerId);
        serviceType = code("serviceType", serviceType);
    }

    /**
     * The selection named by the portal's address parameters ({@code period}, {@code from},
     * {@code to}, {@code region}, {@code team}, {@code engineer}, {@code serviceType},
     * {@code tier}, {@code channel}); missing or blank ones select everything.
     *
     * @throws InvalidInputException naming the parameter that is malformed
     */
    public static ThemeSelection fromParameters(Map<String, String> parameters, Clock clock) {
        Function<String, String> given = name -> blankAsNull(parameters.get(name));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = date("from", given.apply("from"));
        LocalDate to = date("to", given.apply("to"));
        String period = given.apply("period");
        if (period == null) {
            period = from != null || to != null ? "custom" : DEFAULT_PERIOD;
        }

        LocalDate first;
        LocalDate last;
        if (period.equals("custom")) {
            if (from == null && to == null) {
                throw new InvalidInputException("from", "A custom period needs a first or a last day.");
            }
            first = from != null ? from : LocalDate.of(2000, 1, 1);
            last = to != null ? to : today;
        } else {
            Period named = Period.named(period, today);
            first = named.first();
            last = named.last();
        }

        return new ThemeSelection(period, first, last, given.apply("region"), given.apply("team"),
                given.apply("engineer"), given.apply("serviceType"),
                given.apply("tier") == null ? null : CustomerTier.parse(given.apply("tier")),
                given.apply("channel") == null ? null : Channel.parse(given.apply("channel")));
    }

    /** The parameters that name this selection in an address, leaving out what is not set. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("period", period);
        if ("custom".equals(period)) {
            parameters.put("from", from.toString());
            parameters.put("to", to.toString());
        }
        putIfSet(parameters, "region", regionCode);
        putIfSet(parameters, "team", teamCode);
        putIfSet(parameters, "engineer", engineerId);
        putIfSet(parameters, "serviceType", serviceType);
        putIfSet(parameters, "tier", tier == null ? null : tier.name().toLowerCase(Locale.ROOT));
        putIfSet(parameters, "channel", channel == null ? null : channel.name().toLowerCase(Locale.ROOT));
        return parameters;
    }

    private static void putIfSet(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException malformed) {
            throw new InvalidInputException(field, "Give the day as YYYY-MM-DD, for example 2026-11-30.");
        }
    }

    private static String code(String field, String text) {
        String code = blankAsNull(text);
        if (code != null && code.length() > MAXIMUM_CODE_LENGTH) {
            throw new InvalidInputException(field, "No " + field + " has a code that long.");
        }
        return code;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
