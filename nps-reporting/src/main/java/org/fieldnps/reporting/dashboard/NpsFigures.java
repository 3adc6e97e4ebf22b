package org.fieldnps.reporting.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.scoring.ScoreDistribution;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.settings.Settings;

/**
 * Computes the NPS of a scope and of its parts one level down. Answers are counted by score in
 * the database and categorised here under the current scoring policy, so that moving the
 * cut-offs changes every figure at once without touching a stored row.
 */
@ApplicationScoped
public class NpsFigures {

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    protected NpsFigures() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public NpsFigures(EntityManager entityManager, Settings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    public ScopeSummary summarise(AccessScope scope, ReportingPeriod period) {
        ScoringPolicy policy = settings.scoringPolicy();
        Breakdown breakdown = Breakdown.below(scope);

        Map<Long, ScoreDistribution> scoresByPart = scoresByPart(breakdown, scope, period);
        Map<Long, String> partNames = partsOf(breakdown, scope, scoresByPart.keySet());

        List<GroupFigures> parts = new ArrayList<>();
        ScoreDistribution all = ScoreDistribution.empty();
        for (var part : partNames.entrySet()) {
            ScoreDistribution scores = scoresByPart.getOrDefault(part.getKey(), ScoreDistribution.empty());
            parts.add(GroupFigures.of(part.getKey(), part.getValue(), scores, policy));
            all = all.plus(scores);
        }

        CategoryCounts counts = all.categorise(policy);
        return new ScopeSummary(scopeName(scope), period, policy, counts, counts.estimate(),
                breakdown.partLabel, parts);
    }

    /**
     * The parts of a scope: those in it now, and those that answers in the period were
     * attributed to but that have since moved elsewhere, so that no answer drops out of a sum.
     */
    private Map<Long, String> partsOf(Breakdown breakdown, AccessScope scope, Set<Long> partsWithAnswers) {
        TypedQuery<Object[]> current = entityManager.createQuery(breakdown.partsQuery, Object[].class);
        if (scope.id() != null) {
            current.setParameter("scopeId", scope.id());
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : current.getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }

        Set<Long> movedAway = new HashSet<>(partsWithAnswers);
        movedAway.removeAll(names.keySet());
        if (!movedAway.isEmpty()) {
            entityManager.createQuery(breakdown.namesQuery, Object[].class)
                    .setParameter("ids", movedAway)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], row[1] + " (moved)"));
        }
        return names;
    }

    /** Sums the daily rollup rather than the responses, which the rollup counts as they come. */
    private Map<Long, ScoreDistribution> scoresByPart(Breakdown breakdown, AccessScope scope,
            ReportingPeriod period) {
        Query query = entityManager.createNativeQuery(
                        "select r." + breakdown.partColumn + ", r.score, sum(r.responses) from response_rollup r"
                                + " where r.utc_day >= ? and r.utc_day <= ?" + breakdown.scopeCondition
                                + " group by r." + breakdown.partColumn + ", r.score")
                .setParameter(1, Date.valueOf(LocalDate.ofInstant(period.from(), ZoneOffset.UTC)))
                .setParameter(2, Date.valueOf(LocalDate.ofInstant(period.to().minusNanos(1), ZoneOffset.UTC)));
        if (scope.id() != null) {
            query.setParameter(3, scope.id());
        }

        Map<Long, ScoreDistribution> scores = new LinkedHashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            Long part = ((Number) row[0]).longValue();
            int score = ((Number) row[1]).intValue();
            long count = ((Number) row[2]).longValue();
            long[] countsByScore = new long[Score.MAXIMUM + 1];
            countsByScore[score] = count;
            scores.merge(part, ScoreDistribution.of(countsByScore), ScoreDistribution::plus);
        }
        return scores;
    }

    private String scopeName(AccessScope scope) {
        return switch (scope.level()) {
            case ORGANISATION -> settings.current().getCompanyName();
            case REGION -> entityManager.createQuery("select r.name from Region r where r.id = :id", String.class)
                    .setParameter("id", scope.id())
                    .getSingleResult();
            case TEAM -> entityManager.createQuery("select t.name from Team t where t.id = :id", String.class)
                    .setParameter("id", scope.id())
                    .getSingleResult();
        };
    }

    /** How a scope splits one level down, and the queries that go with it. */
    private enum Breakdown {
        REGIONS("Region", "region_id", "",
                "select g.id, g.name from Region g order by g.name",
                "select g.id, g.name from Region g where g.id in :ids"),
        TEAMS("Team", "team_id", " and r.region_id = ?",
                "select g.id, g.name from Team g where g.region.id = :scopeId order by g.name",
                "select g.id, g.name from Team g where g.id in :ids"),
        ENGINEERS("Engineer", "engineer_id", " and r.team_id = ?",
                "select g.id, concat(g.firstName, ' ', g.lastName) from Engineer g"
                        + " where g.team.id = :scopeId order by g.lastName, g.firstName",
                "select g.id, concat(g.firstName, ' ', g.lastName) from Engineer g where g.id in :ids");

        private final String partLabel;
        private final String partColumn;
        private final String scopeCondition;
        private final String partsQuery;
        private final String namesQuery;

        Breakdown(String partLabel, String partColumn, String scopeCondition, String partsQuery,
                String namesQuery) {
            this.partLabel = partLabel;
            this.partColumn = partColumn;
            this.scopeCondition = scopeCondition;
            this.partsQuery = partsQuery;
            this.namesQuery = namesQuery;
        }

        static Breakdown below(AccessScope scope) {
            return switch (scope.level()) {
                case ORGANISATION -> REGIONS;
                case REGION -> TEAMS;
                case TEAM -> ENGINEERS;
            };
        }
    }
}
