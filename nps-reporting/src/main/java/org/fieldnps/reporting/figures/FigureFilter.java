package org.fieldnps.reporting.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;

/**
 * Which responses a figure counts: a period of whole UTC days and, optionally, the codes of the
 * region, team, engineer (FSM id) and service type the responses were attributed to, the
 * customer's tier and the channel. The parts narrow each other; a caller's access scope narrows
 * them all again.
 *
 * <p>Made from the parameter names the portal and the API share with {@link #parse}.
 */
public record FigureFilter(Period period, String regionCode, String teamCode, String engineerId,
        String serviceTypeCode, CustomerTier tier, Channel channel) {

    private static final int MAXIMUM_CODE_LENGTH = 60;

    public FigureFilter {
        Objects.requireNonNull(period, "period");
        regionCode = code("region", regionCode);
        teamCode = code("team", teamCode);
        engineerId = code("engineer", engineerId);
        serviceTypeCode = code("serviceType", serviceTypeCode);
    }

    /** Everything in the period, without further narrowing. */
    public static FigureFilter of(Period period) {
        return new FigureFilter(period, null, null, null, null, null, null);
    }

    /**
     * Reads the shared parameters ({@code period}, {@code from}, {@code to}, {@code region},
     * {@code team}, {@code engineer}, {@code serviceType}, {@code tier}, {@code channel}).
     *
     * @throws InvalidInputException naming the parameter that is wrong
     */
    public static FigureFilter parse(String period, String from, String to, String region, String team,
            String engineer, String serviceType, String tier, String channel, Clock clock) {
        return new FigureFilter(Period.parse(period, from, to, clock), region, team, engineer, serviceType,
                tier(tier), channel(channel));
    }

    public LocalDate from() {
        return period.first();
    }

    public LocalDate to() {
        return period.last();
    }

    /** The same filter over another period, as for the comparison with the previous one. */
    public FigureFilter over(Period other) {
        return new FigureFilter(other, regionCode, teamCode, engineerId, serviceTypeCode, tier, channel);
    }

    public FigureFilter withRegion(String code) {
        return new FigureFilter(period, code, teamCode, engineerId, serviceTypeCode, tier, channel);
    }

    public FigureFilter withTeam(String code) {
        return new FigureFilter(period, regionCode, code, engineerId, serviceTypeCode, tier, channel);
    }

    public FigureFilter withEngineer(String fsmId) {
        return new FigureFilter(period, regionCode, teamCode, fsmId, serviceTypeCode, tier, channel);
    }

    private static CustomerTier tier(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (CustomerTier tier : CustomerTier.values()) {
            if (tier.name().equalsIgnoreCase(text.strip())) {
                return tier;
            }
        }
        throw new InvalidInputException("tier", "tier must be key, standard or basic.");
    }

    private static Channel channel(String text) {
        return text == null || text.isBlank() ? null : Channel.parse(text);
    }

    private static String code(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip();
        if (code.length() > MAXIMUM_CODE_LENGTH) {
            throw new InvalidInputException(field, field + " is at most " + MAXIMUM_CODE_LENGTH + " characters.");
        }
        return code;
    }
}
