package org.fieldnps.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.scoring.ScoreDistribution;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.NpsComparison;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.settings.Settings;

/**
 * The figures of the portal and the figures API, for a caller's scope and a filter: the NPS
 * with its interval, the same grouped by a dimension or by week or month, the 0-10 distribution,
 * the change against the previous period, the response rate and the target.
 *
 * <p>Every figure is summed from the rollups, never from the responses themselves: from the
 * counts by team per day and per month when the filter needs nothing finer, from the counts by
 * engineer per day and per month when it needs the engineer and nothing finer, else from the
 * daily counts by every dimension (see {@link RollupRead}); the response rate from
 * {@code invitation_rollup}. Figures are categorised here under the scoring policy in force.
 * A filter naming a region, team or engineer outside the scope, or one that does not exist, is
 * refused as not found, so that another region's codes reveal nothing.
 */
@ApplicationScoped
public class NpsQuery {

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    protected NpsQuery() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public NpsQuery(EntityManager entityManager, Settings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /** The NPS of everything the filter selects within the scope. */
    public Figure overall(AccessScope scope, FigureFilter filter) {
        RollupRead read = RollupRead.of(scope, resolve(scope, filter), null);
        Query query = entityManager.createNativeQuery(
                "select r.score, sum(r.responses)" + read.from() + read.where() + " group by r.score");
        bound(query, read.values().toArray());

        long[] counts = new long[Score.MAXIMUM + 1];
        for (Object[] row : rows(query)) {
            counts[number(row[0]).intValue()] += number(row[1]).longValue();
        }
        return Figure.of(Figure.OVERALL, "All", ScoreDistribution.of(counts), settings.scoringPolicy());
    }

    /** How many answers gave each score from 0 to 10. */
    public ScoreDistribution distribution(AccessScope scope, FigureFilter filter) {
        return overall(scope, filter).scores();
    }

    /**
     * The figures of each group. Dimension groups are those with answers in the period, by
     * name; weeks (from Monday) and months are every one the period touches, in order, with or
     * without answers, so that a trend has no holes.
     */
    public List<Figure> groupedBy(AccessScope scope, FigureFilter filter, Grouping grouping) {
        Objects.requireNonNull(grouping, "grouping");
        ScoringPolicy policy = settings.scoringPolicy();
        RollupRead read = RollupRead.of(scope, resolve(scope, filter), grouping);
        GroupColumns columns = GroupColumns.of(grouping);
        Query query = entityManager.createNativeQuery("select " + columns.select + ", c.score, c.responses"
                + " from (select r." + columns.key + ", r.score, sum(r.responses) as responses" + read.from()
                + read.where() + " group by r." + columns.key + ", r.score) c" + columns.join);
        bound(query, read.values().toArray());

        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        if (grouping.isTime()) {
            for (LocalDate start : timeGroupsOf(filter.period(), grouping)) {
                String key = timeKey(start, grouping);
                labels.put(key, timeLabel(start, grouping));
                counts.put(key, new long[Score.MAXIMUM + 1]);
            }
        }
        for (Object[] row : rows(query)) {
            String[] keyAndLabel = keyAndLabel(grouping, row);
            labels.putIfAbsent(keyAndLabel[0], keyAndLabel[1]);
            int width = columns.width;
            counts.computeIfAbsent(keyAndLabel[0], key -> new long[Score.MAXIMUM + 1])
                    [number(row[width]).intValue()] += number(row[width + 1]).longValue();
        }

        List<Figure> figures = new ArrayList<>();
        counts.forEach((key, scores) -> figures.add(
                Figure.of(key, labels.get(key), ScoreDistribution.of(scores), policy)));
        if (!grouping.isTime()) {
            figures.sort(orderOf(grouping));
        }
        return figures;
    }

    /**
     * The trend of every group that has answers in the period, by its key: the group's figures of
     * each week or month the period touches, in order, as {@link #groupedBy} gives them for one
     * group. All of them come from one query, where asking for each group's trend would take one
     * query a group.
     */
    public Map<String, List<Figure>> trendsBy(AccessScope scope, FigureFilter filter, Grouping part,
            Grouping step) {
        if (part.isTime() || !step.isTime()) {
            throw new IllegalArgumentException("Trends go by a part of the organisation and by week or month.");
        }
        ScoringPolicy policy = settings.scoringPolicy();
        RollupRead read = RollupRead.of(scope, resolve(scope, filter), part, step);
        GroupColumns columns = GroupColumns.of(part);
        Query query = entityManager.createNativeQuery("select " + columns.select + ", c.utc_day, c.score, c.responses"
                + " from (select r." + columns.key + ", r.utc_day, r.score, sum(r.responses) as responses"
                + read.from() + read.where() + " group by r." + columns.key + ", r.utc_day, r.score) c"
                + columns.join);
        bound(query, read.values().toArray());

        List<LocalDate> starts = timeGroupsOf(filter.period(), step);
        Map<String, Map<String, long[]>> countsByGroup = new LinkedHashMap<>();
        for (Object[] row : rows(query)) {
            Map<String, long[]> weeksOrMonths = countsByGroup.computeIfAbsent(keyAndLabel(part, row)[0], group -> {
                Map<String, long[]> empty = new LinkedHashMap<>();
                starts.forEach(start -> empty.put(timeKey(start, step), new long[Score.MAXIMUM + 1]));
                return empty;
            });
            int width = columns.width;
            weeksOrMonths.get(timeKey(startOf(day(row[width]), step), step))
                    [number(row[width + 1]).intValue()] += number(row[width + 2]).longValue();
        }

        Map<String, List<Figure>> trends = new LinkedHashMap<>();
        countsByGroup.forEach((group, weeksOrMonths) -> trends.put(group, starts.stream()
                .map(start -> Figure.of(timeKey(start, step), timeLabel(start, step),
                        ScoreDistribution.of(weeksOrMonths.get(timeKey(start, step))), policy))
                .toList()));
        return trends;
    }

    /** The figure beside the same filter's over the period before, and whether they differ. */
    public PeriodComparison previousPeriod(AccessScope scope, FigureFilter filter) {
        Period before = filter.period().previous();
        Figure current = overall(scope, filter);
        Figure previous = overall(scope, filter.over(before));
        return new PeriodComparison(current, previous, before,
                NpsComparison.between(current.estimate(), previous.estimate()));
    }

    /** How many invitations went out in the period and how many of them have been answered. */
    public ResponseRate responseRate(AccessScope scope, FigureFilter filter) {
        Selection selection = new Selection(scope, resolve(scope, filter));
        Query query = entityManager.createNativeQuery("select coalesce(sum(r.invitations), 0),"
                + " coalesce(sum(r.answered), 0) from invitation_rollup r" + selection.where());
        bind(query, selection);
        Object[] row = rows(query).getFirst();
        return new ResponseRate(number(row[0]).longValue(), number(row[1]).longValue());
    }

    /**
     * The target of the narrowest part of the organisation the scope and filter name: an
     * engineer is held to their team's target, a team to its own or its region's, a region to its
     * own, and all of them in the end to the organisation's.
     */
    public Target target(AccessScope scope, FigureFilter filter) {
        ResolvedFilter resolved = resolve(scope, filter);
        Long teamId = resolved.teamId() != null ? resolved.teamId()
                : scope.level() == AccessScope.Level.TEAM ? scope.id() : null;
        Long regionId = resolved.regionId() != null ? resolved.regionId()
                : scope.level() == AccessScope.Level.REGION ? scope.id() : null;
        if (resolved.engineerId() != null && teamId == null) {
            teamId = number(single("select team_id from engineer where id = ?", resolved.engineerId())).longValue();
        }
        if (teamId != null) {
            Object[] row = rows(bound(entityManager.createNativeQuery(
                    "select t.target_nps, g.target_nps, t.region_id from team t join region g on g.id = t.region_id"
                            + " where t.id = ?"), teamId)).getFirst();
            if (row[0] != null) {
                return new Target(number(row[0]).intValue(), "team");
            }
            if (row[1] != null) {
                return new Target(number(row[1]).intValue(), "region");
            }
        } else if (regionId != null) {
            Object own = single("select target_nps from region where id = ?", regionId);
            if (own != null) {
                return new Target(number(own).intValue(), "region");
            }
        }
        return new Target(organisationTarget(), "organisation");
    }

    private int organisationTarget() {
        return number(single("select target_nps from organisation_settings where id = ?", 1L)).intValue();
    }

    /**
     * Turns the codes of a filter into ids, refusing any that is unknown or outside the scope
     * with the same answer, so that a caller cannot tell one from the other.
     */
    ResolvedFilter resolve(AccessScope scope, FigureFilter filter) {
        Long regionId = null;
        if (filter.regionCode() != null) {
            regionId = idOf("select id, id from region where code = ?", filter.regionCode())
                    .filter(ids -> scope.level() != AccessScope.Level.REGION || ids[0] == scope.id())
                    .filter(ids -> scope.level() != AccessScope.Level.TEAM || teamIn(scope.id(), ids[0]))
                    .orElseThrow(() -> notFound("region", "No region with this code is yours to see."))[0];
        }
        Long teamId = null;
        if (filter.teamCode() != null) {
            teamId = idOf("select id, region_id from team where code = ?", filter.teamCode())
                    .filter(ids -> inScope(scope, ids[0], ids[1]))
                    .orElseThrow(() -> notFound("team", "No team with this code is yours to see."))[0];
        }
        Long engineerId = null;
        if (filter.engineerId() != null) {
            engineerId = idOf("select e.id, e.team_id, t.region_id from engineer e join team t on t.id = e.team_id"
                    + " where e.fsm_id = ?", filter.engineerId())
                    .filter(ids -> inScope(scope, ids[1], ids[2]))
                    .orElseThrow(() -> notFound("engineer", "No engineer with this id is yours to see."))[0];
        }
        Long serviceTypeId = null;
        if (filter.serviceTypeCode() != null) {
            serviceTypeId = idOf("select id, id from service_type where lower(code) = ?",
                    filter.serviceTypeCode().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> notFound("serviceType", "No service type has this code."))[0];
        }
        return new ResolvedFilter(filter.period(), regionId, teamId, engineerId, serviceTypeId, filter.tier(),
                filter.channel());
    }

    private static boolean inScope(AccessScope scope, long teamId, long regionId) {
        return switch (scope.level()) {
            case ORGANISATION -> true;
            case REGION -> regionId == scope.id();
            case TEAM -> teamId == scope.id();
        };
    }

    private boolean teamIn(long teamId, long regionId) {
        return idOf("select id, region_id from team where id = ?", teamId)
                .map(ids -> ids[1] == regionId)
                .orElse(false);
    }

    private Optional<long[]> idOf(String sql, Object value) {
        return rows(bound(entityManager.createNativeQuery(sql), value)).stream()
                .findFirst()
                .map(row -> {
                    long[] ids = new long[row.length];
                    for (int i = 0; i < row.length; i++) {
                        ids[i] = number(row[i]).longValue();
                    }
                    return ids;
                });
    }

    private Object single(String sql, Object value) {
        List<?> result = bound(entityManager.createNativeQuery(sql), value).getResultList();
        return result.isEmpty() ? null : result.getFirst();
    }

    private static Query bound(Query query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }

    private static void bind(Query query, Selection selection) {
        bound(query, selection.values().toArray());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static NotFoundException notFound(String field, String message) {
        return new NotFoundException(field, message);
    }

    private static String[] keyAndLabel(Grouping grouping, Object[] row) {
        return switch (grouping) {
            case REGION, TEAM, SERVICE_TYPE -> new String[] {(String) row[0], (String) row[1]};
            case ENGINEER -> new String[] {(String) row[0], row[1] + " " + row[2]};
            case CUSTOMER_TIER -> {
                CustomerTier tier = CustomerTier.valueOf((String) row[0]);
                yield new String[] {tier.name().toLowerCase(Locale.ROOT), tier.label()};
            }
            case CHANNEL -> {
                Channel channel = Channel.valueOf((String) row[0]);
                yield new String[] {channel.name().toLowerCase(Locale.ROOT), channel.label()};
            }
            case WEEK, MONTH -> {
                LocalDate start = startOf(day(row[0]), grouping);
                yield new String[] {timeKey(start, grouping), timeLabel(start, grouping)};
            }
        };
    }

    private static Comparator<Figure> orderOf(Grouping grouping) {
        return switch (grouping) {
            case CUSTOMER_TIER -> Comparator.comparing(
                    figure -> CustomerTier.valueOf(figure.key().toUpperCase(Locale.ROOT)));
            case CHANNEL -> Comparator.comparing(figure -> Channel.valueOf(figure.key().toUpperCase(Locale.ROOT)));
            default -> Comparator.comparing(Figure::label).thenComparing(Figure::key);
        };
    }

    private static List<LocalDate> timeGroupsOf(Period period, Grouping grouping) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = startOf(period.first(), grouping);
        while (!start.isAfter(period.last())) {
            starts.add(start);
            start = grouping == Grouping.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
        }
        return starts;
    }

    private static LocalDate startOf(LocalDate day, Grouping grouping) {
        return grouping == Grouping.WEEK
                ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
    }

    private static String timeKey(LocalDate start, Grouping grouping) {
        return grouping == Grouping.WEEK ? start.toString() : start.toString().substring(0, 7);
    }

    private static String timeLabel(LocalDate start, Grouping grouping) {
        return grouping == Grouping.WEEK
                ? "Week of " + start
                : start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * The rollup column a grouping counts by, and the columns it reads from those counts
     * ({@code c}) with the join that names them. The rollup's rows are summed by that column
     * first and only the sums are joined, a few hundred rows rather than every cell of the
     * period.
     */
    private record GroupColumns(String key, String select, String join, int width) {

        static GroupColumns of(Grouping grouping) {
            return switch (grouping) {
                case REGION -> new GroupColumns("region_id", "g.code, g.name",
                        " join region g on g.id = c.region_id", 2);
                case TEAM -> new GroupColumns("team_id", "g.code, g.name", " join team g on g.id = c.team_id", 2);
                case ENGINEER -> new GroupColumns("engineer_id", "g.fsm_id, g.first_name, g.last_name",
                        " join engineer g on g.id = c.engineer_id", 3);
                case SERVICE_TYPE -> new GroupColumns("service_type_id", "g.code, g.name",
                        " join service_type g on g.id = c.service_type_id", 2);
                case CUSTOMER_TIER -> new GroupColumns("customer_tier", "c.customer_tier", "", 1);
                case CHANNEL -> new GroupColumns("channel", "c.channel", "", 1);
                case WEEK, MONTH -> new GroupColumns("utc_day", "c.utc_day", "", 1);
            };
        }
    }
}
