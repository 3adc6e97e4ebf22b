package org.fieldnps.reporting.figures;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.fieldnps.persistence.access.AccessScope;

/**
 * The where clause over a rollup for a scope and a filter whose codes have been turned into
 * ids, and the values it binds. Every rollup has the region and team columns; the rollups by
 * engineer add the engineer's, and only response_rollup and invitation_rollup have the others.
 * {@link RollupRead} reads a rollup only when it has every column the filter names.
 */
final class Selection {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    Selection(AccessScope scope, ResolvedFilter filter) {
        this(scope, filter, true);
    }

    /** The same, leaving out the period when the rows are already chosen by day. */
    Selection(AccessScope scope, ResolvedFilter filter, boolean period) {
        if (period) {
            add("r.utc_day >= ?", Date.valueOf(filter.period().first()));
            add("r.utc_day <= ?", Date.valueOf(filter.period().last()));
        }
        switch (scope.level()) {
            case REGION -> add("r.region_id = ?", scope.id());
            case TEAM -> add("r.team_id = ?", scope.id());
            case ORGANISATION -> {
                // The whole organisation: nothing to narrow.
            }
            default -> throw new IllegalStateException("Unknown scope level " + scope.level());
        }
        addIfPresent("r.region_id = ?", filter.regionId());
        addIfPresent("r.team_id = ?", filter.teamId());
        addIfPresent("r.engineer_id = ?", filter.engineerId());
        addIfPresent("r.service_type_id = ?", filter.serviceTypeId());
        addIfPresent("r.customer_tier = ?", filter.tier() == null ? null : filter.tier().name());
        addIfPresent("r.channel = ?", filter.channel() == null ? null : filter.channel().name());
    }

    String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    List<Object> values() {
        return values;
    }

    private void addIfPresent(String clause, Object value) {
        if (value != null) {
            add(clause, value);
        }
    }

    private void add(String clause, Object value) {
        clauses.add(clause);
        values.add(value);
    }
}
