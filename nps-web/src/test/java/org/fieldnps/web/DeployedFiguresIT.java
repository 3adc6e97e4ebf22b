package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.persistence.DatabaseMigration;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.access.PortalUsers;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.reporting.dashboard.GroupFigures;
import org.fieldnps.reporting.dashboard.NpsFigures;
import org.fieldnps.reporting.dashboard.ReportingPeriod;
import org.fieldnps.reporting.dashboard.ScopeSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the built WAR on a real Payara Micro with the demo organisation: the schema, the
 * demo data, and the dashboard figures checked against the responses themselves.
 */
@ExtendWith(ArquillianExtension.class)
class DeployedFiguresIT {

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private NpsFigures figures;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private PortalUsers users;

    @Deployment
    static WebArchive builtWar() throws IOException {
        return DeployedWar.withTestRunnerOpen();
    }

    @Test
    void schemaIsMigratedAndTheDemoOrganisationLoaded() {
        assertTrue(migration.isSchemaCurrent());
        long responses = entityManager.createQuery("select count(r) from SurveyResponse r", Long.class)
                .getSingleResult();
        assertTrue(responses > 14_000 && responses < 16_000, "demo responses: " + responses);
    }

    @Test
    void organisationFiguresEqualTheCountsOfTheResponsesThemselves() {
        ReportingPeriod period = ReportingPeriod.lastDays(90, Clock.systemUTC());

        ScopeSummary summary = figures.summarise(AccessScope.organisation(), period);

        List<SurveyResponse> responses = entityManager.createQuery(
                        "select r from SurveyResponse r where r.receivedAt >= :from and r.receivedAt < :to",
                        SurveyResponse.class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
        assertEquals(countByHand(responses), summary.counts());
        assertEquals(4, summary.parts().size());
        assertEquals(summary.counts().total(),
                summary.parts().stream().mapToLong(part -> part.counts().total()).sum());
    }

    @Test
    void regionManagerScopeIsTheirRegionAndItsTeams() {
        AccessScope scope = users.findByUsername("region.manager").orElseThrow().scope();

        ScopeSummary summary = figures.summarise(scope, ReportingPeriod.lastDays(90, Clock.systemUTC()));

        assertEquals(AccessScope.Level.REGION, scope.level());
        assertEquals("North West", summary.scopeName());
        List<String> teams = summary.parts().stream().map(GroupFigures::name).toList();
        assertEquals(List.of("Carlisle", "Liverpool", "Manchester", "Preston"), teams);
    }

    private static CategoryCounts countByHand(List<SurveyResponse> responses) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (SurveyResponse response : responses) {
            switch (response.categoryUnder(ScoringPolicy.STANDARD)) {
                case PROMOTER -> promoters++;
                case PASSIVE -> passives++;
                case DETRACTOR -> detractors++;
                default -> throw new IllegalStateException();
            }
        }
        return new CategoryCounts(promoters, passives, detractors);
    }
}
