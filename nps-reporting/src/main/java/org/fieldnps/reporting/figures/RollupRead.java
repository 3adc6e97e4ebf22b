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
 * <p>A filter that names no engineer, service type, tier or channel, grouped by nothing, region,
 * team, week or month, is summed from the rollups by team: the calendar months the period covers
 * whole from {@code team_month_rollup} (their rows carry the month's first day as
 * {@code utc_day}) and the days at either end from {@code team_day_rollup}; a weekly trend from
 * the days alone. Anything else is summed from the full {@code response_rollup}.
 */
final class RollupRead {

    /** The rollups a figure can be read from. */
    enum Source { RESPONSE, TEAM_DAY, TEAM_DAY_AND_MONTH }

    private final Source source;
    private final String from;
    private final String where;
    private final List<Object> values = new ArrayList<>();

    private RollupRead(AccessScope scope, ResolvedFilter filter, Grouping grouping) {
        Period period = filter.period();
        boolean byTeam = filter.engineerId() == null && filter.serviceTypeId() == null && filter.tier() == null
                && filter.channel() == null
                && (grouping == null || grouping == Grouping.REGION || grouping == Grouping.TEAM || grouping.isTime());
        LocalDate firstWholeMonth = period.first().getDayOfMonth() == 1
                ? period.first() : period.first().plusMonths(1).withDayOfMonth(1);
        LocalDate afterWholeMonths = period.last().plusDays(1).withDayOfMonth(1);
        boolean wholeMonths = byTeam && grouping != Grouping.WEEK && firstWholeMonth.isBefore(afterWholeMonths);

        if (wholeMonths) {
            source = Source.TEAM_DAY_AND_MONTH;
            String days = "select utc_day, region_id, team_id, score, responses from team_day_rollup";
            from = " from (" + days + " where utc_day >= ? and utc_day < ?"
                    + " union all " + days + " where utc_day >= ? and utc_day <= ?"
                    + " union all select month_start, region_id, team_id, score, responses from team_month_rollup"
                    + " where month_start >= ? and month_start < ?) r";
            values.add(Date.valueOf(period.first()));
            values.add(Date.valueOf(firstWholeMonth));
            values.add(Date.valueOf(afterWholeMonths));
            values.add(Date.valueOf(period.last()));
            values.add(Date.valueOf(firstWholeMonth));
            values.add(Date.valueOf(afterWholeMonths));
        } else {
            source = byTeam ? Source.TEAM_DAY : Source.RESPONSE;
            from = byTeam ? " from team_day_rollup r" : " from response_rollup r";
        }
        Selection selection = new Selection(scope, filter, !wholeMonths);
        where = selection.where();
        values.addAll(selection.values());
    }

    /** How the figures of this filter, grouped so (or not at all: null), are read in this scope. */
    static RollupRead of(AccessScope scope, ResolvedFilter filter, Grouping grouping) {
        return new RollupRead(scope, filter, grouping);
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
