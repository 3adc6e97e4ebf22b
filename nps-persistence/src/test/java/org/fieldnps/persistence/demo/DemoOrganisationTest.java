package org.fieldnps.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.fieldnps.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The demo organisation: its size, its structure and that it never overwrites real data. */
@Tag("database")
class DemoOrganisationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant END = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    private static TestDatabase database;
    private static boolean loaded;

    @BeforeAll
    static void loadDemo() throws SQLException {
        database = TestDatabase.create();
        loaded = DemoOrganisation.load(database.dataSource(), TODAY, "not-a-real-hash");
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void loadsAnOrganisationOfTheAdvertisedSize() throws SQLException {
        assertThat(loaded).isTrue();
        assertThat(count("select count(*) from region")).isEqualTo(4);
        assertThat(count("select count(*) from team")).isEqualTo(16);
        assertThat(count("select count(*) from engineer")).isEqualTo(120);
        assertThat(count("select count(*) from service_type")).isEqualTo(5);
        assertThat(count("select count(distinct tier) from customer")).isEqualTo(3);
        assertThat(count("select count(*) from job")).isEqualTo(40_000);
        assertThat(count("select count(*) from invitation")).isEqualTo(40_000);
        assertThat(count("select count(*) from survey_response")).isBetween(14_000L, 16_000L);
        assertThat(count("select count(*) from portal_user")).isEqualTo(3);
    }

    @Test
    void spansTwoYearsUpToTheDayBefore() throws SQLException {
        Instant first = instant("select min(completed_at) from job");
        Instant last = instant("select max(received_at) from survey_response");

        assertThat(first).isBetween(END.minus(731, ChronoUnit.DAYS), END.minus(720, ChronoUnit.DAYS));
        assertThat(last).isBetween(END.minus(1, ChronoUnit.DAYS), END);
    }

    @Test
    void theDecliningTeamScoresWorseInTheLastQuarterThanBefore() throws SQLException {
        Instant quarterAgo = END.minus(92, ChronoUnit.DAYS);

        double lastQuarter = npsOfTeam("LIV", quarterAgo, END);
        double before = npsOfTeam("LIV", END.minus(365, ChronoUnit.DAYS), quarterAgo);

        assertThat(before - lastQuarter).isGreaterThan(25);
    }

    @Test
    void emergencyCallOutsScoreWorseThanInstallations() throws SQLException {
        assertThat(npsOfServiceType("installation") - npsOfServiceType("emergency")).isGreaterThan(20);
    }

    @Test
    void detractorsGiveDetractorReasons() throws SQLException {
        long detractorsPraisingFirstTimeFix = count(
                "select count(*) from survey_response where score <= 6 and reason like 'Fixed first time%'");
        long promotersComplainingOfLateness = count(
                "select count(*) from survey_response where score >= 9 and reason like 'Late arrival%'");

        assertThat(detractorsPraisingFirstTimeFix).isZero();
        assertThat(promotersComplainingOfLateness).isZero();
        assertThat(count("select count(*) from survey_response where reason like 'Parts not in stock%'"))
                .isPositive();
    }

    @Test
    void isTheSameHistoryEveryTimeForTheSameDay() {
        DemoHistory once = new DemoHistory(TODAY);
        DemoHistory again = new DemoHistory(TODAY);

        assertThat(again.responses()).hasSameSizeAs(once.responses());
        assertThat(again.responses().get(1234).score()).isEqualTo(once.responses().get(1234).score());
        assertThat(again.engineers().get(77).lastName()).isEqualTo(once.engineers().get(77).lastName());
    }

    @Test
    void everyRollupCountsEachDemoAnswerOnce() throws SQLException {
        String day = "cast(received_at as date)";
        String month = "cast(date_trunc('month', cast(received_at as date)) as date)";
        String[][] rollups = {
            {"select utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel, score,"
                    + " responses from response_rollup",
                "select " + day + ", region_id, team_id, engineer_id, service_type_id, customer_tier, channel,"
                    + " score, count(*) from survey_response group by " + day + ", region_id, team_id,"
                    + " engineer_id, service_type_id, customer_tier, channel, score"},
            {"select utc_day, region_id, team_id, engineer_id, score, responses from engineer_day_rollup",
                "select " + day + ", region_id, team_id, engineer_id, score, count(*) from survey_response"
                    + " group by " + day + ", region_id, team_id, engineer_id, score"},
            {"select month_start, region_id, team_id, engineer_id, score, responses from engineer_month_rollup",
                "select " + month + ", region_id, team_id, engineer_id, score, count(*) from survey_response"
                    + " group by " + month + ", region_id, team_id, engineer_id, score"},
            {"select utc_day, region_id, team_id, score, responses from team_day_rollup",
                "select " + day + ", region_id, team_id, score, count(*) from survey_response"
                    + " group by " + day + ", region_id, team_id, score"},
            {"select month_start, region_id, team_id, score, responses from team_month_rollup",
                "select " + month + ", region_id, team_id, score, count(*) from survey_response"
                    + " group by " + month + ", region_id, team_id, score"},
        };
        for (String[] rollup : rollups) {
            assertThat(count("select count(*) from (" + rollup[0] + " except " + rollup[1] + ") d"))
                    .as(rollup[0]).isZero();
            assertThat(count("select count(*) from (" + rollup[1] + " except " + rollup[0] + ") d"))
                    .as(rollup[0]).isZero();
            assertThat(count("select count(*) from (" + rollup[0] + ") r")).isPositive();
        }
    }

    @Test
    void neverLoadsIntoADatabaseThatHasAnOrganisation() throws SQLException {
        long responsesBefore = count("select count(*) from survey_response");

        boolean loadedAgain = DemoOrganisation.load(database.dataSource(), TODAY, "not-a-real-hash");

        assertThat(loadedAgain).isFalse();
        assertThat(count("select count(*) from survey_response")).isEqualTo(responsesBefore);
    }

    @Test
    void applicationKeysStartAfterTheDemoRows() throws SQLException {
        long nextResponseId = count(TestDatabase.isPostgreSql()
                ? "select nextval('survey_response_seq')"
                : "select next value for survey_response_seq");

        long firstKeyOfTheBlock = nextResponseId - 49;
        assertThat(firstKeyOfTheBlock).isGreaterThan(count("select max(id) from survey_response"));
    }

    private static double npsOfTeam(String teamCode, Instant from, Instant to) throws SQLException {
        return nps("select r.score from survey_response r join team t on t.id = r.team_id"
                + " where t.code = ? and r.received_at >= ? and r.received_at < ?", teamCode, from, to);
    }

    private static double npsOfServiceType(String code) throws SQLException {
        return nps("select r.score from survey_response r join service_type s on s.id = r.service_type_id"
                + " where s.code = ?", code);
    }

    private static double nps(String scoresQuery, Object... parameters) throws SQLException {
        long promoters = 0;
        long detractors = 0;
        long all = 0;
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(scoresQuery)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                query.setObject(i + 1, parameter instanceof Instant at ? Timestamp.from(at) : parameter);
            }
            try (ResultSet scores = query.executeQuery()) {
                while (scores.next()) {
                    int score = scores.getInt(1);
                    all++;
                    promoters += score >= 9 ? 1 : 0;
                    detractors += score <= 6 ? 1 : 0;
                }
            }
        }
        return 100.0 * (promoters - detractors) / all;
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Instant instant(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getTimestamp(1).toInstant();
        }
    }
}
