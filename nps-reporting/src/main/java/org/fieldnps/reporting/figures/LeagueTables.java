package org.fieldnps.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.scoring.ScoreDistribution;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.domain.statistics.DirichletPrior;
import org.fieldnps.domain.statistics.ShrunkEstimate;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.settings.Settings;

/**
 * League tables of engineers and of teams within a caller's scope, ranked by the empirical-Bayes
 * estimate of DESIGN.md §6: a Dirichlet prior is fitted from the peers in the table, then centred
 * on each engineer's team (or each team's region) before the row's own answers update it. Read
 * from the rollups like every other figure: the teams' table from the rollups by team and the
 * engineers' from the rollups by engineer, unless the filter names a service type, tier or
 * channel.
 *
 * <p>An engineer is listed under the team they are in now, with every answer the filter selects,
 * including those given while they were in another team of the scope.
 */
@ApplicationScoped
public class LeagueTables {

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    protected LeagueTables() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public LeagueTables(EntityManager entityManager, Settings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /** The engineers with answers in the scope and filter (a team in the filter narrows it to them). */
    public LeagueTable engineers(AccessScope scope, FigureFilter filter) {
        return table(scope, filter, Grouping.ENGINEER, "engineer_id",
                "select e.fsm_id, e.first_name, e.last_name, t.code, t.name, c.score, c.responses",
                " join engineer e on e.id = c.engineer_id join team t on t.id = e.team_id");
    }

    /** The teams with answers in the scope and filter. */
    public LeagueTable teams(AccessScope scope, FigureFilter filter) {
        return table(scope, filter, Grouping.TEAM, "team_id",
                "select t.code, t.name, '', g.code, g.name, c.score, c.responses",
                " join team t on t.id = c.team_id join region g on g.id = t.region_id");
    }

    /**
     * One engineer's NPS by week or month over the filter's period, every week or month with or
     * without answers.
     */
    public List<Figure> engineerTrend(AccessScope scope, FigureFilter filter, String engineerId, Grouping step) {
        if (step == null || !step.isTime()) {
            throw new InvalidInputException("groupBy", "A trend goes by week or by month.");
        }
        return new NpsQuery(entityManager, settings).groupedBy(scope, filter.withEngineer(engineerId), step);
    }

    /**
     * The trend of every engineer in the league of the same scope and filter, by their FSM id, as
     * {@link #engineerTrend} gives it for one of them, read in one query for the whole table.
     */
    public Map<String, List<Figure>> engineerTrends(AccessScope scope, FigureFilter filter, Grouping step) {
        if (step == null || !step.isTime()) {
            throw new InvalidInputException("groupBy", "A trend goes by week or by month.");
        }
        return new NpsQuery(entityManager, settings).trendsBy(scope, filter, Grouping.ENGINEER, step);
    }

    /**
     * The table of one level, its rows' counts summed in the rollup by the level's id column
     * before the names are joined, and read from {@code c}.
     */
    private LeagueTable table(AccessScope scope, FigureFilter filter, Grouping level, String idColumn,
            String select, String join) {
        ScoringPolicy policy = settings.scoringPolicy();
        NpsQuery figures = new NpsQuery(entityManager, settings);
        RollupRead read = RollupRead.of(scope, figures.resolve(scope, filter), level);
        Query query = entityManager.createNativeQuery(select + " from (select r." + idColumn
                + ", r.score, sum(r.responses) as responses" + read.from() + read.where()
                + " group by r." + idColumn + ", r.score) c" + join);
        List<Object> values = read.values();
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }

        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            String key = (String) row[0];
            String label = level == Grouping.ENGINEER ? row[1] + " " + row[2] : (String) row[1];
            Entry entry = entries.computeIfAbsent(key,
                    ignored -> new Entry(key, label, (String) row[3], (String) row[4], new long[Score.MAXIMUM + 1]));
            entry.counts[((Number) row[5]).intValue()] += ((Number) row[6]).longValue();
        }

        Map<String, CategoryCounts> groupMix = new HashMap<>();
        List<CategoryCounts> peers = new ArrayList<>();
        for (Entry entry : entries.values()) {
            CategoryCounts counts = ScoreDistribution.of(entry.counts).categorise(policy);
            peers.add(counts);
            groupMix.merge(entry.groupKey, counts, CategoryCounts::plus);
        }
        DirichletPrior prior = DirichletPrior.fit(peers);
        Target organisation = organisationTarget();
        Map<String, Target> targets = targets(organisation);

        List<LeagueRow> unranked = new ArrayList<>();
        for (Entry entry : entries.values()) {
            Figure figure = Figure.of(entry.key, entry.label, ScoreDistribution.of(entry.counts), policy);
            ShrunkEstimate shrunk = prior.centredOn(groupMix.get(entry.groupKey)).shrink(figure.counts());
            Target target = targets.getOrDefault(level == Grouping.ENGINEER ? entry.groupKey : entry.key,
                    organisation);
            unranked.add(new LeagueRow(0, entry.key, entry.label, entry.groupKey, entry.groupName, figure, shrunk,
                    target));
        }
        unranked.sort(Comparator.comparingDouble((LeagueRow row) -> row.shrunk().nps()).reversed()
                .thenComparing(LeagueRow::label));

        List<LeagueRow> rows = new ArrayList<>();
        for (LeagueRow row : unranked) {
            rows.add(new LeagueRow(rows.size() + 1, row.key(), row.label(), row.groupKey(), row.groupName(),
                    row.figure(), row.shrunk(), row.target()));
        }
        return new LeagueTable(level, prior, rows);
    }

    /** Every team's target by its code: its own, else its region's, else the organisation's. */
    private Map<String, Target> targets(Target organisation) {
        Map<String, Target> targets = new HashMap<>();
        for (Object result : entityManager.createNativeQuery(
                "select t.code, t.target_nps, g.target_nps from team t join region g on g.id = t.region_id")
                .getResultList()) {
            Object[] row = (Object[]) result;
            targets.put((String) row[0], row[1] != null ? new Target(((Number) row[1]).intValue(), "team")
                    : row[2] != null ? new Target(((Number) row[2]).intValue(), "region") : organisation);
        }
        return targets;
    }

    private Target organisationTarget() {
        Object target = entityManager.createNativeQuery("select target_nps from organisation_settings where id = 1")
                .getSingleResult();
        return new Target(((Number) target).intValue(), "organisation");
    }

    /** The answers of one row as they are added up. */
    private record Entry(String key, String label, String groupKey, String groupName, long[] counts) {
    }
}
