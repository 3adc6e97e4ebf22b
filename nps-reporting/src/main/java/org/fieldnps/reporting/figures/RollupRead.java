package org.fieldnps.reporting.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fieldnps.persistence.access.AccessScope;

/**
 * Which rollup a figure is summed from, as the from and where clauses of a query over it (its
 * rows are {@code r}) and the values they bind, in order.
 *
 * <p>The smallest rollup that can answer is read, which is the one that counts by no more than
 * the filter and the grouping name:
 * <ul>
 * <li>by team, when they name no engineer, service type, tier or channel (grouped by nothing,
 *     region, team, week or month);</li>
 * <li>by engineer, when they name an engineer or group by engineer, but name no service type,
 *     tier or channel: the league of engineers, one engineer's figures and trend;</li>
 * <li>the full {@code response_rollup} otherwise.</li>
 * </ul>
 * The rollups by team and by engineer are kept per day and per calendar month: the months the
 * period covers whole are read from the monthly rollup (its rows carry the month's first day as
 * {@code utc_day}) and the days at either end from the daily one; a weekly trend, whose weeks
 * cross months, from the days alone. Figures grouped by a part of the organisation and by
 * time at once, the trends of a league table, read the rollup that counts by that part.
 */
final class RollupRead {

    /** The rollups a figure can be read from. */
    enum Source {
        RESPONSE, ENGINEER_DAY, ENGINEER_DAY_AND_MONTH, TEAM_DAY, TEAM_DAY_AND_MONTH
    }

    /** How finely a rollup counts, from the finest: each can answer all that the next one can. */
    private enum Level {
        RESPONSE("response_rollup", null, null, Source.RESPONSE, Source.RESPONSE),
        ENGINEER("engineer_day_rollup", "engineer_month_rollup", "region_id, team_id, engineer_id, score, responses",
                Source.ENGINEER_DAY, Source.ENGINEER_DAY_AND_MONTH),
        TEAM("team_day_rollup", "team_month_rollup", "region_id, team_id, score, responses", Source.TEAM_DAY,
                Source.TEAM_DAY_AND_MONTH);

        private final String dayTable;
        private final String monthTable;
        private final String columns;
        private final Source days;
        private final Source daysAndMonths;

        Level(String dayTable, String monthTable, String columns, Source days, Source daysAndMonths) {
            this.dayTable = dayTable;
            this.monthTable = monthTable;
            this.columns = columns;
            this.days = days;
            this.daysAndMonths = daysAndMonths;
        }

        /** The coarsest level that still counts by everything the filter and groupings name. */
        static Level of(ResolvedFilter filter, List<Grouping> groupings) {
            if (filter.serviceTypeId() != null || filter.tier() != null || filter.channel() != null
                    || groupings.contains(Grouping.SERVICE_TYPE) || groupings.contains(Grouping.CUSTOMER_TIER)
                    || groupings.contains(Grouping.CHANNEL)) {
                return RESPONSE;
            }
            return filter.engineerId() != null || groupings.contains(Grouping.ENGINEER) ? ENGINEER : TEAM;
        }

        boolean hasMonths() {
            return monthTable != null;
        }
    }

    private final Source source;
    private final String from;
    private final String where;
    private final List<Object> values = new ArrayList<>();

    private RollupRead(AccessScope scope, ResolvedFilter filter, List<Grouping> groupings) {
        Period period = filter.period();
        Level level = Level.of(filter, groupings);
        LocalDate firstWholeMonth = period.first().getDayOfMonth() == 1
                ? period.first() : period.first().plusMonths(1).withDayOfMonth(1);
        LocalDate afterWholeMonths = period.last().plusDays(1).withDayOfMonth(1);
        boolean wholeMonths = level.hasMonths() && !groupings.contains(Grouping.WEEK)
                && firstWholeMonth.isBefore(afterWholeMonths);

        if (wholeMonths) {
            source = level.daysAndMonths;
            String days = "select utc_day, " + level.columns + " from " + level.dayTable;
            from = " from (" + days + " where utc_day >= ? and utc_day < ?"
                    + " union all " + days + " where utc_day >= ? and utc_day <= ?"
                    + " union all select month_start, " + level.columns + " from " + level.monthTable
                    + " where month_start >= ? and month_start < ?) r";
            values.add(Date.valueOf(period.first()));
            values.add(Date.valueOf(firstWholeMonth));
            values.add(Date.valueOf(afterWholeMonths));
            values.add(Date.valueOf(period.last()));
            values.add(Date.valueOf(firstWholeMonth));
            values.add(Date.valueOf(afterWholeMonths));
        } else {
            source = level.days;
            from = " from " + level.dayTable + " r";
        }
        Selection selection = new Selection(scope, filter, !wholeMonths);
        where = selection.where();
        values.addAll(selection.values());
    }

    /** How the figures of this filter, grouped so (or not at all: null), are read in this scope. */
    static RollupRead of(AccessScope scope, ResolvedFilter filter, Grouping grouping) {
        return new RollupRead(scope, filter, grouping == null ? List.of() : List.of(grouping));
    }

    /** How the figures of this filter, grouped by a part and by week or month at once, are read. */
    static RollupRead of(AccessScope scope, ResolvedFilter filter, Grouping part, Grouping step) {
        return new RollupRead(scope, filter, List.of(part, step));
    }

    Source source() {
        return source;
    }

    /** The from clause, naming the rows {@code r}. */
    String from() {
        return from;
    }

    /** The where clause (possibly empty), to follow the from clause and any joins. */
    String where() {
        return where;
    }

    /** The values of the from clause's and the where clause's parameters, in order. */
    List<Object> values() {
        return values;
    }
}
