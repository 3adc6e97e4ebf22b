package org.fieldnps.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.capture.Job;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.Team;
import org.fieldnps.persistence.rollup.FigureRollups;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dashboard figures against answers whose NPS is known by hand: two regions, the first with
 * two teams, and answers inside and outside the last 90 days.
 */
@Tag("database")
class NpsFiguresTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant RECENT = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("2026-01-10T09:00:00Z");

    private static TestDatabase database;
    private static TestOrganisation north;
    private static TestOrganisation south;
    private static long movedEngineerId;

    @BeforeAll
    static void recordAnswers() {
        database = TestDatabase.create();
        north = database.inTransaction(em -> TestOrganisation.persistIn(em, "north"));
        south = database.inTransaction(em -> TestOrganisation.persistIn(em, "south"));

        database.execute(em -> {
            // North, first team: 3 promoters, 1 passive, 1 detractor recently -> NPS 40.
            for (int score : new int[] {10, 9, 9, 8, 3}) {
                answer(em, north, north.engineer, score, RECENT);
            }
            // Long ago answers count for nothing in the last 90 days.
            for (int score : new int[] {0, 0, 0}) {
                answer(em, north, north.engineer, score, LONG_AGO);
            }
            // South: 1 promoter, 3 detractors -> NPS -50.
            for (int score : new int[] {10, 6, 2, 1}) {
                answer(em, south, south.engineer, score, RECENT);
            }
            // An engineer of north's second team answers once, then moves to the first team.
            Team secondTeam = em.merge(north.secondTeam);
            Engineer mover = new Engineer("north-E2", "Grace", "Hopper", secondTeam);
            em.persist(mover);
            answer(em, north, mover, 7, RECENT);
            em.flush();
            movedEngineerId = mover.getId();
            mover.moveTo(em.merge(north.firstTeam));
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void organisationSummaryCountsEveryRecentAnswerByRegion() {
        ScopeSummary summary = summarise(AccessScope.organisation());

        assertThat(summary.counts()).isEqualTo(new CategoryCounts(4, 2, 4));
        assertThat(summary.estimate().nps()).isCloseTo(0.0, within(1e-9));
        assertThat(summary.partLabel()).isEqualTo("Region");
        assertThat(summary.parts()).extracting(GroupFigures::name)
                .containsExactly("Region north", "Region south");
        assertThat(summary.parts()).extracting(part -> part.estimate().nps())
                .containsExactly(100.0 * (3 - 1) / 6, -50.0);
    }

    @Test
    void regionManagerSeesOnlyTheirRegionSplitByTeam() {
        ScopeSummary summary = summarise(AccessScope.region(north.region.getId()));

        assertThat(summary.scopeName()).isEqualTo("Region north");
        assertThat(summary.counts()).isEqualTo(new CategoryCounts(3, 2, 1));
        assertThat(summary.parts()).extracting(GroupFigures::name)
                .containsExactly("Team one north", "Team two north");
        assertThat(summary.parts()).extracting(part -> part.counts().total()).containsExactly(5L, 1L);
    }

    @Test
    void teamSummaryKeepsTheAnswersOfAnEngineerWhoHasSinceLeft() {
        ScopeSummary summary = summarise(AccessScope.team(north.secondTeam.getId()));

        assertThat(summary.counts()).isEqualTo(new CategoryCounts(0, 1, 0));
        assertThat(summary.parts()).singleElement().satisfies(part -> {
            assertThat(part.id()).isEqualTo(movedEngineerId);
            assertThat(part.name()).isEqualTo("Grace Hopper (moved)");
        });
    }

    @Test
    void teamSummaryListsEngineersWithoutAnswersToo() {
        ScopeSummary summary = summarise(AccessScope.team(north.firstTeam.getId()));

        assertThat(summary.parts()).extracting(GroupFigures::name).containsExactly("Grace Hopper", "Ada Lovelace");
        assertThat(summary.parts()).extracting(part -> part.counts().total()).containsExactly(0L, 5L);
    }

    @Test
    void marginOfErrorFollowsTheDesignFormula() {
        ScopeSummary summary = summarise(AccessScope.team(north.firstTeam.getId()));

        // p = 3/5, d = 1/5: variance = 0.8 - 0.16 = 0.64, SE = 100 * sqrt(0.64 / 5) = 35.78
        assertThat(summary.estimate().nps()).isCloseTo(40.0, within(1e-9));
        assertThat(summary.estimate().standardError()).isCloseTo(35.777, within(0.001));
        assertThat(summary.estimate().marginOfError()).isCloseTo(70.12, within(0.01));
    }

    private static ScopeSummary summarise(AccessScope scope) {
        return database.inTransaction(em -> new NpsFigures(em, new Settings(em))
                .summarise(scope, ReportingPeriod.lastDays(90, TODAY)));
    }

    private static void answer(EntityManager em, TestOrganisation organisation,
            Engineer engineer, int score, Instant at) {
        Job job = organisation.persistJob(em, engineer, at.minus(2, ChronoUnit.HOURS));
        SurveyResponse response = new SurveyResponse(job, null, Score.of(score), null, Channel.EMAIL, at);
        em.persist(response);
        new FigureRollups(em).countResponse(response);
    }
}
