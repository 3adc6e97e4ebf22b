package org.fieldnps.reporting.responses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.settings.Settings;

/**
 * Finds recorded responses for a caller who may see a given part of the organisation. A
 * category is turned into a range of scores under the current scoring policy, so that the
 * database does the filtering and moving the cut-offs needs no stored row to change.
 */
@ApplicationScoped
public class ResponseSearch {

    private static final String COLUMNS = "select r.id, j.fsmJobId, r.score, r.reason, r.channel, r.receivedAt,"
            + " r.changedAt, e.fsmId, t.code, g.code, s.code, r.customerTier";
    private static final String JOINS = " from SurveyResponse r join r.job j join r.engineer e join r.team t"
            + " join r.region g join r.serviceType s";

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    protected ResponseSearch() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public ResponseSearch(EntityManager entityManager, Settings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /** The page of matching responses, newest first, and how many match in all. */
    public ResponsePage search(AccessScope scope, ResponseFilter filter, Paging paging) {
        ScoringPolicy policy = settings.scoringPolicy();
        Conditions conditions = Conditions.of(scope, filter, policy);

        TypedQuery<Long> count = entityManager.createQuery(
                "select count(r)" + JOINS + conditions.where(), Long.class);
        conditions.bind(count);
        long total = count.getSingleResult();
        if (total <= paging.offset()) {
            return new ResponsePage(total, List.of());
        }

        TypedQuery<Object[]> page = entityManager.createQuery(
                        COLUMNS + JOINS + conditions.where() + " order by r.receivedAt desc, r.id desc",
                        Object[].class)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.limit());
        conditions.bind(page);
        List<ResponseRow> items = page.getResultList().stream().map(row -> rowOf(row, policy)).toList();
        return new ResponsePage(total, items);
    }

    /** One response by its id, if it exists and is inside the scope. */
    public Optional<ResponseRow> find(AccessScope scope, long responseId) {
        ScoringPolicy policy = settings.scoringPolicy();
        Conditions conditions = Conditions.of(scope, ResponseFilter.everything(), policy);
        conditions.add("r.id = :responseId", "responseId", responseId);

        TypedQuery<Object[]> query = entityManager.createQuery(COLUMNS + JOINS + conditions.where(), Object[].class);
        conditions.bind(query);
        return query.getResultStream().findFirst().map(row -> rowOf(row, policy));
    }

    /**
     * The row of a response the caller already holds, such as one just recorded, without reading
     * it again: answering every recorded response with a six-table query costs more than
     * recording it.
     */
    public ResponseRow describe(SurveyResponse response) {
        ScoringPolicy policy = settings.scoringPolicy();
        int score = response.getScore().value();
        return new ResponseRow(response.getId(), response.getJob().getFsmJobId(), score, policy.categoryOf(score),
                response.getReason(), response.getChannel(), response.getReceivedAt(), response.getChangedAt(),
                response.getEngineer().getFsmId(), response.getTeam().getCode(), response.getRegion().getCode(),
                response.getServiceType().getCode(), response.getCustomerTier());
    }

    private static ResponseRow rowOf(Object[] row, ScoringPolicy policy) {
        int score = ((Number) row[2]).intValue();
        return new ResponseRow(((Number) row[0]).longValue(), (String) row[1], score, policy.categoryOf(score),
                (String) row[3], (Channel) row[4], (Instant) row[5], (Instant) row[6], (String) row[7],
                (String) row[8], (String) row[9], (String) row[10], (CustomerTier) row[11]);
    }

    /** The where clause of a search and the values it is bound to. */
    private static final class Conditions {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        static Conditions of(AccessScope scope, ResponseFilter filter, ScoringPolicy policy) {
            Conditions conditions = new Conditions();
            switch (scope.level()) {
                case REGION -> conditions.add("r.region.id = :scopeId", "scopeId", scope.id());
                case TEAM -> conditions.add("r.team.id = :scopeId", "scopeId", scope.id());
                case ORGANISATION -> {
                    // The whole organisation: nothing to narrow.
                }
                default -> throw new IllegalStateException("Unknown scope level " + scope.level());
            }

            if (filter.from() != null) {
                conditions.add("r.receivedAt >= :from", "from",
                        filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (filter.to() != null) {
                conditions.add("r.receivedAt < :to", "to",
                        filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (filter.jobId() != null) {
                conditions.add("j.fsmJobId = :jobId", "jobId", filter.jobId());
            }
            if (filter.engineerId() != null) {
                conditions.add("e.fsmId = :engineerId", "engineerId", filter.engineerId());
            }
            if (filter.teamCode() != null) {
                conditions.add("t.code = :teamCode", "teamCode", filter.teamCode());
            }
            if (filter.regionCode() != null) {
                conditions.add("g.code = :regionCode", "regionCode", filter.regionCode());
            }
            if (filter.category() != null) {
                conditions.addCategory(filter.category(), policy);
            }
            return conditions;
        }

        private void addCategory(Category category, ScoringPolicy policy) {
            switch (category) {
                case PROMOTER -> add("r.score >= :promoterMinimum", "promoterMinimum", policy.promoterMinimum());
                case DETRACTOR -> add("r.score <= :detractorMaximum", "detractorMaximum", policy.detractorMaximum());
                case PASSIVE -> {
                    add("r.score > :detractorMaximum", "detractorMaximum", policy.detractorMaximum());
                    add("r.score < :promoterMinimum", "promoterMinimum", policy.promoterMinimum());
                }
                default -> throw new IllegalStateException("Unknown category " + category);
            }
        }

        void add(String clause, String parameter, Object value) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }

        String where() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
