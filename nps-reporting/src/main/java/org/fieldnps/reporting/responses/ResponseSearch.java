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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.Job;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.customer.Site;
import org.fieldnps.persistence.settings.Settings;

/**
 * Finds recorded responses for a caller who may see a given part of the organisation. A
 * category is turned into a range of scores under the current scoring policy, so that the
 * database does the filtering and moving the cut-offs needs no stored row to change.
 *
 * <p>Conditions are written as paths from the response ({@code r.team.code}), so that a count
 * joins only the tables its filters name; on a million responses the count of a region's
 * answers is then an index-only scan of the response table.
 */
@ApplicationScoped
public class ResponseSearch {

    /** How many rows an export reads from the database at a time. */
    static final int EXPORT_BATCH = 1000;

    private static final String COLUMNS = "select r.id, r.job.fsmJobId, r.score, r.reason, r.channel, r.receivedAt,"
            + " r.changedAt, r.engineer.fsmId, r.team.code, r.region.code, r.serviceType.code, r.customerTier,"
            + " r.engineer.firstName, r.engineer.lastName from SurveyResponse r";

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
        return search(scope, filter, ResponseOrder.NEWEST_FIRST, paging);
    }

    /** The page of matching responses in the order asked for, and how many match in all. */
    public ResponsePage search(AccessScope scope, ResponseFilter filter, ResponseOrder order, Paging paging) {
        long total = count(scope, filter);
        if (total <= paging.offset()) {
            return new ResponsePage(total, List.of());
        }
        return new ResponsePage(total, page(scope, filter, order, paging));
    }

    /** How many responses inside the scope match the filter. */
    public long count(AccessScope scope, ResponseFilter filter) {
        Conditions conditions = Conditions.of(scope, filter, settings.scoringPolicy());

        TypedQuery<Long> count = entityManager.createQuery(
                "select count(r) from SurveyResponse r" + conditions.where(), Long.class);
        conditions.bind(count);
        return count.getSingleResult();
    }

    /**
     * How many responses inside the scope that match the filter were received after the given
     * moment: what an open table tells its reader has arrived since it was loaded.
     */
    public long countReceivedAfter(AccessScope scope, ResponseFilter filter, Instant after) {
        Conditions conditions = Conditions.of(scope, filter, settings.scoringPolicy());
        conditions.add("r.receivedAt > :after", "after", after);

        TypedQuery<Long> count = entityManager.createQuery(
                "select count(r) from SurveyResponse r" + conditions.where(), Long.class);
        conditions.bind(count);
        return count.getSingleResult();
    }

    /** One page of the matching responses, without counting them all. */
    public List<ResponseRow> page(AccessScope scope, ResponseFilter filter, ResponseOrder order, Paging paging) {
        ScoringPolicy policy = settings.scoringPolicy();
        Conditions conditions = Conditions.of(scope, filter, policy);

        TypedQuery<Object[]> page = entityManager.createQuery(COLUMNS + conditions.where() + order.jpql(),
                        Object[].class)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.limit());
        conditions.bind(page);
        return page.getResultList().stream().map(row -> rowOf(row, policy)).toList();
    }

    /**
     * Hands every matching response to {@code each}, newest first, reading a bounded batch at a
     * time. Each batch starts where the last one ended (by received time and id) rather than at
     * an offset, so that the thousandth batch costs what the first did and memory stays flat
     * however many responses match.
     */
    public void forEach(AccessScope scope, ResponseFilter filter, Consumer<ResponseRow> each) {
        forEach(scope, filter, EXPORT_BATCH, each);
    }

    void forEach(AccessScope scope, ResponseFilter filter, int batchSize, Consumer<ResponseRow> each) {
        ScoringPolicy policy = settings.scoringPolicy();
        ResponseRow last = null;
        List<ResponseRow> batch;
        do {
            Conditions conditions = Conditions.of(scope, filter, policy);
            if (last != null) {
                conditions.addAfter(last);
            }
            TypedQuery<Object[]> query = entityManager.createQuery(
                            COLUMNS + conditions.where() + ResponseOrder.NEWEST_FIRST.jpql(), Object[].class)
                    .setMaxResults(batchSize);
            conditions.bind(query);
            batch = query.getResultList().stream().map(row -> rowOf(row, policy)).toList();
            batch.forEach(each);
            if (!batch.isEmpty()) {
                last = batch.getLast();
            }
            entityManager.clear();
        } while (batch.size() == batchSize);
    }

    /** One response by its id, if it exists and is inside the scope. */
    public Optional<ResponseRow> find(AccessScope scope, long responseId) {
        ScoringPolicy policy = settings.scoringPolicy();
        Conditions conditions = Conditions.of(scope, ResponseFilter.everything(), policy);
        conditions.add("r.id = :responseId", "responseId", responseId);

        TypedQuery<Object[]> query = entityManager.createQuery(COLUMNS + conditions.where(), Object[].class);
        conditions.bind(query);
        return query.getResultStream().findFirst().map(row -> rowOf(row, policy));
    }

    /**
     * Everything about one response, if it exists and is inside the scope; the scope is checked
     * first, so that nothing about another region's response is read at all.
     */
    public Optional<ResponseDetail> detail(AccessScope scope, long responseId) {
        return find(scope, responseId).map(row -> {
            SurveyResponse response = entityManager.find(SurveyResponse.class, responseId);
            Customer customer = response.getCustomer();
            Job job = response.getJob();
            Site site = job.getSite();
            Invitation invitation = response.getInvitation() != null ? response.getInvitation()
                    : entityManager.createQuery("select i from Invitation i where i.job = :job", Invitation.class)
                            .setParameter("job", job)
                            .getResultStream().findFirst().orElse(null);
            return new ResponseDetail(row, customer.getFsmId(), customer.getName(), customer.getTier(),
                    customer.getEmail(), customer.getPhone(), job.getCompletedAt(),
                    response.getServiceType().getName(), site == null ? null : site.getName(),
                    site == null ? null : site.getTown(), response.getTeam().getName(),
                    response.getRegion().getName(), invitation == null ? null : InvitationHistory.of(invitation));
        });
    }

    /**
     * Refuses a filter that names a region, team or engineer outside the scope, or one that does
     * not exist, alike: a manager who edits another region's code into a link learns nothing,
     * not even that the code exists.
     *
     * <p>A service type is the same for everyone, so one that does not exist is simply a wrong
     * value, refused as bad input.
     *
     * @throws NotFoundException naming the parameter that points outside the scope
     * @throws InvalidInputException if the service type does not exist
     */
    public void requireInsideScope(AccessScope scope, ResponseFilter filter) {
        if (filter.serviceType() != null && entityManager.createQuery(
                        "select count(s) from ServiceType s where s.code = :code", Long.class)
                .setParameter("code", filter.serviceType()).getSingleResult() == 0) {
            throw new InvalidInputException("serviceType", "There is no service type " + filter.serviceType() + ".");
        }
        if (filter.regionCode() != null && !regionInside(scope, filter.regionCode())) {
            throw new NotFoundException("region", "There is no region " + filter.regionCode() + " in your view.");
        }
        if (filter.teamCode() != null && !teamInside(scope, filter.teamCode())) {
            throw new NotFoundException("team", "There is no team " + filter.teamCode() + " in your view.");
        }
        if (filter.engineerId() != null && !engineerInside(scope, filter.engineerId())) {
            throw new NotFoundException("engineer",
                    "There is no engineer " + filter.engineerId() + " in your view.");
        }
    }

    /**
     * The row of a response the caller already holds, such as one just recorded, without reading
     * it again: answering every recorded response with a six-table query costs more than
     * recording it.
     */
    public ResponseRow describe(SurveyResponse response) {
        return describe(response, settings.scoringPolicy());
    }

    /** Several recorded responses as rows, in the same order, under the scoring policy in force now. */
    public List<ResponseRow> describe(List<SurveyResponse> responses) {
        ScoringPolicy policy = settings.scoringPolicy();
        return responses.stream().map(response -> describe(response, policy)).toList();
    }

    private static ResponseRow describe(SurveyResponse response, ScoringPolicy policy) {
        int score = response.getScore().value();
        return new ResponseRow(response.getId(), response.getJob().getFsmJobId(), score, policy.categoryOf(score),
                response.getReason(), response.getChannel(), response.getReceivedAt(), response.getChangedAt(),
                response.getEngineer().getFsmId(), response.getTeam().getCode(), response.getRegion().getCode(),
                response.getServiceType().getCode(), response.getCustomerTier(),
                response.getEngineer().getFirstName() + " " + response.getEngineer().getLastName());
    }

    private boolean regionInside(AccessScope scope, String code) {
        String condition = switch (scope.level()) {
            case ORGANISATION -> "";
            case REGION -> " and g.id = :scopeId";
            case TEAM -> " and exists (select t from Team t where t.id = :scopeId and t.region = g)";
        };
        return exists("select count(g) from Region g where g.code = :code" + condition, scope, code);
    }

    private boolean teamInside(AccessScope scope, String code) {
        String condition = switch (scope.level()) {
            case ORGANISATION -> "";
            case REGION -> " and t.region.id = :scopeId";
            case TEAM -> " and t.id = :scopeId";
        };
        return exists("select count(t) from Team t where t.code = :code" + condition, scope, code);
    }

    /** An engineer is inside a scope who works there now or has answers attributed there. */
    private boolean engineerInside(AccessScope scope, String fsmId) {
        String condition = switch (scope.level()) {
            case ORGANISATION -> "";
            case REGION -> " and (e.team.region.id = :scopeId or exists (select r from SurveyResponse r"
                    + " where r.engineer = e and r.region.id = :scopeId))";
            case TEAM -> " and (e.team.id = :scopeId or exists (select r from SurveyResponse r"
                    + " where r.engineer = e and r.team.id = :scopeId))";
        };
        return exists("select count(e) from Engineer e where e.fsmId = :code" + condition, scope, fsmId);
    }

    private boolean exists(String jpql, AccessScope scope, String code) {
        TypedQuery<Long> query = entityManager.createQuery(jpql, Long.class).setParameter("code", code);
        if (scope.id() != null) {
            query.setParameter("scopeId", scope.id());
        }
        return query.getSingleResult() > 0;
    }

    private static ResponseRow rowOf(Object[] row, ScoringPolicy policy) {
        int score = ((Number) row[2]).intValue();
        return new ResponseRow(((Number) row[0]).longValue(), (String) row[1], score, policy.categoryOf(score),
                (String) row[3], (Channel) row[4], (Instant) row[5], (Instant) row[6], (String) row[7],
                (String) row[8], (String) row[9], (String) row[10], (CustomerTier) row[11],
                row[12] + " " + row[13]);
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
                conditions.add("r.job.fsmJobId = :jobId", "jobId", filter.jobId());
            }
            if (filter.engineerId() != null) {
                conditions.add("r.engineer.fsmId = :engineerId", "engineerId", filter.engineerId());
            }
            if (filter.teamCode() != null) {
                conditions.add("r.team.code = :teamCode", "teamCode", filter.teamCode());
            }
            if (filter.regionCode() != null) {
                conditions.add("r.region.code = :regionCode", "regionCode", filter.regionCode());
            }
            if (filter.serviceType() != null) {
                conditions.add("r.serviceType.code = :serviceType", "serviceType", filter.serviceType());
            }
            if (filter.tier() != null) {
                conditions.add("r.customerTier = :tier", "tier", filter.tier());
            }
            if (filter.channel() != null) {
                conditions.add("r.channel = :channel", "channel", filter.channel());
            }
            if (filter.score() != null) {
                conditions.add("r.score = :score", "score", filter.score());
            }
            if (filter.category() != null) {
                conditions.addCategory(filter.category(), policy);
            }
            if (filter.text() != null) {
                conditions.addText(filter.text());
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

        /**
         * Words in the reason, in any letter case, with the wildcards of LIKE taken literally.
         *
         * <p>Known shortcoming: a LIKE with a leading wildcard reads every reason inside the scope
         * and the other filters; the portal's parameters keep such a search to a year at most,
         * which on a million responses takes about a third of a second for the whole
         * organisation. A trigram index on PostgreSQL (pg_trgm, GIN on lower(reason)) or a
         * full-text column would make it an index lookup; H2 has neither.
         */
        private void addText(String text) {
            String literal = text.toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            add("lower(r.reason) like :text escape '!'", "text", "%" + literal + "%");
        }

        /** Responses after the given one, newest first: the start of the next export batch. */
        void addAfter(ResponseRow last) {
            clauses.add("(r.receivedAt < :lastReceived or (r.receivedAt = :lastReceived and r.id < :lastId))");
            parameters.put("lastReceived", last.receivedAt());
            parameters.put("lastId", last.id());
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
