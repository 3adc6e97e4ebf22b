package org.fieldnps.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.imports.CsvImport;
import org.fieldnps.persistence.capture.imports.ImportKind;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.settings.Settings;
import org.fieldnps.reporting.DroppedEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A league of engineers whose answers are known exactly: a handful of perfect scores must not
 * top a long, strong record, and every row's counts, target and flag follow from the answers.
 */
@Tag("database")
class LeagueTablesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final FigureFilter NINETY_DAYS =
            FigureFilter.parse("90d", null, null, null, null, null, null, null, null, CLOCK);

    /** Per engineer: how many answers of 10, of 8 and of 3. */
    private static final Map<String, int[]> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("lg-lucky", new int[] {3, 0, 0});       // n 3, NPS 100
        ANSWERS.put("lg-steady", new int[] {150, 40, 10});  // n 200, NPS 70
        ANSWERS.put("lg-fair", new int[] {50, 30, 20});     // n 100, NPS 30
        ANSWERS.put("lg-mixed", new int[] {40, 40, 20});    // n 100, NPS 20
        ANSWERS.put("lg-poor", new int[] {30, 40, 30});     // n 100, NPS 0
        ANSWERS.put("lg-other", new int[] {60, 30, 10});    // n 100, NPS 50, in the second team
    }

    private static TestDatabase database;
    private static TestOrganisation organisation;

    @BeforeAll
    static void recordAnswers() {
        database = TestDatabase.create();
        organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "lg"));
        database.execute(em -> {
            for (String id : ANSWERS.keySet()) {
                em.persist(new Engineer(id, "Engineer", id.substring(3),
                        em.merge(id.equals("lg-other") ? organisation.secondTeam : organisation.firstTeam)));
            }
            em.createNativeQuery("update team set target_nps = 45 where code = 'lg-T1'").executeUpdate();
        });

        StringBuilder jobs = new StringBuilder("jobId,completedAt,engineerId,serviceType,customerId,customerName,"
                + "customerTier\n");
        StringBuilder responses = new StringBuilder("jobId,score,channel,receivedAt\n");
        int job = 0;
        for (Map.Entry<String, int[]> engineer : ANSWERS.entrySet()) {
            int[] split = engineer.getValue();
            int[] scores = {10, 8, 3};
            for (int category = 0; category < 3; category++) {
                for (int i = 0; i < split[category]; i++) {
                    Instant completed = NOW.minus(Duration.ofHours(2 + (job * 7L) % (24 * 80)));
                    jobs.append(String.join(",", "LJ" + job, completed.toString(), engineer.getKey(), "lg-repair",
                            "LC" + job, "Customer " + job, "standard")).append('\n');
                    responses.append(String.join(",", "LJ" + job, Integer.toString(scores[category]), "email",
                            completed.plus(Duration.ofMinutes(30)).toString())).append('\n');
                    job++;
                }
            }
        }
        database.execute(em -> importing(em, ImportKind.JOBS, jobs.toString()));
        database.execute(em -> importing(em, ImportKind.RESPONSES, responses.toString()));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void threePerfectScoresDoNotTopTwoHundredAnswersAtSeventy() {
        LeagueTable table = engineers(AccessScope.organisation(), NINETY_DAYS);

        LeagueRow lucky = row(table, "lg-lucky");
        LeagueRow steady = row(table, "lg-steady");
        assertThat(lucky.figure().nps()).isEqualTo(100.0);
        assertThat(steady.figure().nps()).isEqualTo(70.0);
        assertThat(steady.rank()).isEqualTo(1);
        assertThat(lucky.rank()).isGreaterThan(steady.rank());
        assertThat(lucky.shrunk().nps()).isLessThan(steady.shrunk().nps());
        // The few answers are pulled hard toward the team, the many barely move.
        assertThat(Math.abs(steady.shrunk().nps() - 70.0)).isLessThan(5.0);
        assertThat(lucky.shrunk().nps()).isLessThan(80.0);
        assertThat(lucky.shrunk().high() - lucky.shrunk().low())
                .isGreaterThan(steady.shrunk().high() - steady.shrunk().low());
    }

    @Test
    void everyRowCountsItsAnswersAndIsHeldToItsTeamsTarget() {
        LeagueTable table = engineers(AccessScope.organisation(), NINETY_DAYS);

        assertThat(table.rows()).extracting(LeagueRow::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(table.rows()).extracting(row -> row.shrunk().nps())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (Map.Entry<String, int[]> engineer : ANSWERS.entrySet()) {
            int[] split = engineer.getValue();
            LeagueRow row = row(table, engineer.getKey());
            assertThat(row.figure().n()).isEqualTo(split[0] + split[1] + split[2]);
            assertThat(row.figure().counts().promoters()).isEqualTo(split[0]);
            assertThat(row.figure().counts().passives()).isEqualTo(split[1]);
            assertThat(row.figure().counts().detractors()).isEqualTo(split[2]);
        }
        assertThat(row(table, "lg-steady").target()).isEqualTo(new Target(45, "team"));
        assertThat(row(table, "lg-other").target()).isEqualTo(new Target(40, "organisation"));
        assertThat(row(table, "lg-steady").belowTarget()).isFalse();
        assertThat(row(table, "lg-poor").belowTarget()).isTrue();
        assertThat(row(table, "lg-poor").clearlyBelowTarget()).isTrue();
        assertThat(row(table, "lg-other").belowTarget()).isFalse();
        assertThat(row(table, "lg-steady").groupKey()).isEqualTo("lg-T1");
    }

    @Test
    void teamsAndTeamScopesAddUpTheSameAnswers() {
        LeagueTable teams = database.inTransaction(em -> leagues(em).teams(AccessScope.organisation(), NINETY_DAYS));
        assertThat(teams.rows()).extracting(LeagueRow::key).containsExactly("lg-T2", "lg-T1");
        assertThat(row(teams, "lg-T1").figure().n()).isEqualTo(503);
        assertThat(row(teams, "lg-T2").figure().n()).isEqualTo(100);

        LeagueTable secondOnly = engineers(AccessScope.team(organisation.secondTeam.getId()), NINETY_DAYS);
        assertThat(secondOnly.rows()).extracting(LeagueRow::key).containsExactly("lg-other");
        LeagueTable firstByFilter = engineers(AccessScope.organisation(), NINETY_DAYS.withTeam("lg-T1"));
        assertThat(firstByFilter.rows()).hasSize(5);
    }

    @Test
    void anEngineersTrendHasEveryWeekAndAddsUpToTheirAnswers() {
        Function<EntityManager, List<Figure>> weeks = em -> leagues(em)
                .engineerTrend(AccessScope.organisation(), NINETY_DAYS, "lg-steady", Grouping.WEEK);
        List<Figure> trend = database.inTransaction(weeks);

        assertThat(trend.size()).isBetween(13, 14);
        assertThat(trend.stream().mapToLong(Figure::n).sum()).isEqualTo(200);
        assertThat(trend.stream().mapToLong(figure -> figure.counts().detractors()).sum()).isEqualTo(10);
        assertThatThrownBy(() -> database.inTransaction(em -> leagues(em)
                .engineerTrend(AccessScope.organisation(), NINETY_DAYS, "lg-steady", Grouping.TEAM)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static LeagueTable engineers(AccessScope scope, FigureFilter filter) {
        return database.inTransaction(em -> leagues(em).engineers(scope, filter));
    }

    private static LeagueRow row(LeagueTable table, String key) {
        return table.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    private static LeagueTables leagues(EntityManager em) {
        return new LeagueTables(em, new Settings(em));
    }

    private static void importing(EntityManager em, ImportKind kind, String file) {
        try {
            new CsvImport(em, new FeedbackCapture(em, new Settings(em), new DroppedEvents<>(), CLOCK), CLOCK)
                    .importFile(kind, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
