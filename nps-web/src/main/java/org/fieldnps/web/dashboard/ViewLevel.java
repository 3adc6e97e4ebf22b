package org.fieldnps.web.dashboard;

import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.figures.Grouping;

/**
 * How deep into the organisation a page looks, and so what its next level down is: the
 * organisation splits into regions, a region into teams, a team into engineers, and an engineer's
 * answers into service types.
 */
public enum ViewLevel {
    ORGANISATION(Grouping.REGION, "region", "Region"),
    REGION(Grouping.TEAM, "team", "Team"),
    TEAM(Grouping.ENGINEER, "engineer", "Engineer"),
    ENGINEER(Grouping.SERVICE_TYPE, "serviceType", "Service type");

    private final Grouping partGrouping;
    private final String partParameter;
    private final String partLabel;

    ViewLevel(Grouping partGrouping, String partParameter, String partLabel) {
        this.partGrouping = partGrouping;
        this.partParameter = partParameter;
        this.partLabel = partLabel;
    }

    /** The level a user looks at: the deepest of what their scope and the filter name. */
    static ViewLevel of(AccessScope scope, String region, String team, String engineer) {
        if (engineer != null) {
            return ENGINEER;
        }
        if (team != null || scope.level() == AccessScope.Level.TEAM) {
            return TEAM;
        }
        if (region != null || scope.level() == AccessScope.Level.REGION) {
            return REGION;
        }
        return ORGANISATION;
    }

    public Grouping partGrouping() {
        return partGrouping;
    }

    /** The URL parameter that opens one part, such as {@code team} for the parts of a region. */
    public String partParameter() {
        return partParameter;
    }

    public String partLabel() {
        return partLabel;
    }
}
