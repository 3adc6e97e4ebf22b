package org.fieldnps.reporting.figures;

import org.fieldnps.domain.InvalidInputException;

/**
 * What figures can be broken down by: a dimension a response is attributed to, or the week or
 * month it arrived in (weeks start on Monday, UTC).
 */
public enum Grouping {
    REGION("region", "Region"),
    TEAM("team", "Team"),
    ENGINEER("engineer", "Engineer"),
    SERVICE_TYPE("serviceType", "Service type"),
    CUSTOMER_TIER("customerTier", "Customer tier"),
    CHANNEL("channel", "Channel"),
    WEEK("week", "Week"),
    MONTH("month", "Month");

    private static final String NAMES =
            "region, team, engineer, serviceType, customerTier, channel, week or month";

    private final String parameter;
    private final String label;

    Grouping(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The value of {@code groupBy} that asks for it. */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** Whether groups follow each other in time, and so form a trend. */
    public boolean isTime() {
        return this == WEEK || this == MONTH;
    }

    /**
     * @return the grouping a {@code groupBy} value names, in any letter case, or null for none
     * @throws InvalidInputException naming {@code groupBy} for anything else
     */
    public static Grouping parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Grouping grouping : values()) {
            if (grouping.parameter.equalsIgnoreCase(text.strip())) {
                return grouping;
            }
        }
        throw new InvalidInputException("groupBy", "groupBy must be one of " + NAMES + ".");
    }
}
