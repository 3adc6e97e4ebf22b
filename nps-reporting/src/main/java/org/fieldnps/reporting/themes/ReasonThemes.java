package org.fieldnps.reporting.themes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.themes.TermCounts;
import org.fieldnps.domain.themes.ThemeRanking;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.organisation.OrganisationDirectory;
import org.fieldnps.persistence.organisation.Team;
import org.fieldnps.persistence.settings.Settings;

/**
 * Reads the reasons of a selection's detractors and promoters, under the scoring policy in force
 * now, and ranks the terms that set them apart. Reasons stream from the database into counts,
 * so memory grows with the number of distinct terms, not of reasons; and only the newest
 * {@link #READ_LIMIT} of each group are read, so that a year of a large organisation answers in
 * about the time of a quarter of a small one.
 *
 * <p>Shortcoming: every request reads and cuts the reasons again. Counts of terms per day and
 * score, kept as responses arrive like the figures' rollups, would make the read independent of
 * the number of reasons and remove the limit.
 */
@ApplicationScoped
public class ReasonThemes {

    /** Twenty thousand reasons a side: enough for any term worth showing, read in under a second. */
    public static final int READ_LIMIT = 20_000;

    private static final Logger LOGGER = Logger.getLogger(ReasonThemes.class.getName());

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    private int readLimit = READ_LIMIT;

    protected ReasonThemes() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public ReasonThemes(EntityManager entityManager, Settings settings, int readLimit) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.readLimit = readLimit;
    }

    /**
     * The terms typical of the selection's detractors and of its promoters.
     *
     * @throws NotFoundException when the selection names a region, team or engineer that does not
     *                           exist or lies outside the scope
     */
    public ThemesReport themes(AccessScope scope, ThemeSelection selection) {
        checkInside(scope, selection);
        ScoringPolicy policy = settings.scoringPolicy();

        TermCounts counts = new TermCounts();
        boolean detractorsCapped = read(scope, selection, Category.DETRACTOR, policy, counts);
        boolean promotersCapped = read(scope, selection, Category.PROMOTER, policy, counts);

        LOGGER.fine(() -> "Themes read from %d detractors' and %d promoters' reasons"
                .formatted(counts.detractorReasons(), counts.promoterReasons()));
        return new ThemesReport(selection, ThemeRanking.standard().rank(counts), readLimit, detractorsCapped,
                promotersCapped);
    }

    /** Streams the newest reasons of one group into the counts; true if there were more. */
    private boolean read(AccessScope scope, ThemeSelection selection, Category category, ScoringPolicy policy,
            TermCounts counts) {
        Conditions conditions = Conditions.of(scope, selection);
        if (category == Category.DETRACTOR) {
            conditions.add("r.score <= :detractorMaximum", "detractorMaximum", policy.detractorMaximum());
        } else {
            conditions.add("r.score >= :promoterMinimum", "promoterMinimum", policy.promoterMinimum());
        }
        conditions.add("r.reason is not null", null, null);

        TypedQuery<String> query = entityManager.createQuery(
                        "select r.reason from SurveyResponse r" + conditions.where()
                                + " order by r.receivedAt desc, r.id desc", String.class)
                .setMaxResults(readLimit + 1);
        conditions.bind(query);

        int read = 0;
        try (Stream<String> reasons = query.getResultStream()) {
            for (String reason : (Iterable<String>) reasons::iterator) {
                if (read == readLimit) {
                    return true;
                }
                counts.add(category, reason);
                read++;
            }
        }
        return false;
    }

    private void checkInside(AccessScope scope, ThemeSelection selection) {
        OrganisationDirectory directory = new OrganisationDirectory(entityManager);
        Long scopeRegionId = switch (scope.level()) {
            case ORGANISATION -> null;
            case REGION -> scope.id();
            case TEAM -> directory.findTeam(scope.id()).map(team -> team.getRegion().getId()).orElse(null);
        };

        if (selection.regionCode() != null && directory.findRegionByCode(selection.regionCode())
                .filter(region -> scope.level() == AccessScope.Level.ORGANISATION
                        || region.getId().equals(scopeRegionId))
                .isEmpty()) {
            throw new NotFoundException("region", "There is no such region in your part of the organisation.");
        }
        if (selection.teamCode() != null && directory.findTeamByCode(selection.teamCode())
                .filter(team -> covers(scope, team))
                .isEmpty()) {
            throw new NotFoundException("team", "There is no such team in your part of the organisation.");
        }
        // Shortcoming: an engineer is judged by their team now, so one who has since moved out of
        // the scope is refused although their earlier answers are inside it. Checking the
        // attribution of their answers instead would remove this.
        if (selection.engineerId() != null && directory.findEngineerByFsmId(selection.engineerId())
                .filter(engineer -> covers(scope, engineer.getTeam()))
                .isEmpty()) {
            throw new NotFoundException("engineer", "There is no such engineer in your part of the organisation.");
        }
    }

    private static boolean covers(AccessScope scope, Team team) {
        return switch (scope.level()) {
            case ORGANISATION -> true;
            case REGION -> team.getRegion().getId().equals(scope.id());
            case TEAM -> team.getId().equals(scope.id());
        };
    }

    /** The where clause of a reading and the values it is bound to. */
    private static final class Conditions {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        static Conditions of(AccessScope scope, ThemeSelection selection) {
            Conditions conditions = new Conditions();
            switch (scope.level()) {
                case REGION -> conditions.add("r.region.id = :scopeId", "scopeId", scope.id());
                case TEAM -> conditions.add("r.team.id = :scopeId", "scopeId", scope.id());
                case ORGANISATION -> {
                    // The whole organisation: nothing to narrow.
                }
                default -> throw new IllegalStateException("Unknown scope level " + scope.level());
            }
            conditions.add("r.receivedAt >= :from", "from",
                    selection.from().atStartOfDay(ZoneOffset.UTC).toInstant());
            conditions.add("r.receivedAt < :to", "to",
                    selection.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            if (selection.regionCode() != null) {
                conditions.add("r.region.code = :regionCode", "regionCode", selection.regionCode());
            }
            if (selection.teamCode() != null) {
                conditions.add("r.team.code = :teamCode", "teamCode", selection.teamCode());
            }
            if (selection.engineerId() != null) {
                conditions.add("r.engineer.fsmId = :engineerId", "engineerId", selection.engineerId());
            }
            if (selection.serviceType() != null) {
                conditions.add("r.serviceType.code = :serviceType", "serviceType", selection.serviceType());
            }
            if (selection.tier() != null) {
                conditions.add("r.customerTier = :tier", "tier", selection.tier());
            }
            if (selection.channel() != null) {
                conditions.add("r.channel = :channel", "channel", selection.channel());
            }
            return conditions;
        }

        void add(String clause, String parameter, Object value) {
            clauses.add(clause);
            if (parameter != null) {
                parameters.put(parameter, value);
            }
        }

        String where() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
