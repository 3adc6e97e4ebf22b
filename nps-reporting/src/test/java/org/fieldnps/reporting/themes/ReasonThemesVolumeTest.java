package org.fieldnps.reporting.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.logging.Logger;
import org.fieldnps.domain.themes.DistinctiveTerm;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.demo.DemoOrganisation;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo organisation's detractors' and promoters' answers ten times over, so that the whole
 * history holds more reasons a side than are read: the themes come from the newest of them, say
 * so, and still name what the demo's detractors complain about. Prints how long the reading took.
 */
@Tag("database")
class ReasonThemesVolumeTest {

    private static final Logger LOGGER = Logger.getLogger(ReasonThemesVolumeTest.class.getName());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final int COPIES = 9;
    private static final long OFFSET = 1_000_000L;

    private static TestDatabase database;

    @BeforeAll
    static void loadDemoTenTimesOver() throws SQLException {
        database = TestDatabase.create();
        DemoOrganisation.load(database.dataSource(), TODAY, "not-a-real-hash");
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (int copy = 1; copy <= COPIES; copy++) {
                long offset = copy * OFFSET;
                String original = " r.id < " + OFFSET + " and r.reason is not null and (r.score <= 6 or r.score >= 9)";
                statement.executeUpdate("insert into job (id, fsm_job_id, completed_at, engineer_id, service_type_id,"
                        + " customer_id, site_id) select j.id + " + offset + ", j.fsm_job_id || '-" + copy + "',"
                        + " j.completed_at, j.engineer_id, j.service_type_id, j.customer_id, j.site_id"
                        + " from job j join survey_response r on r.job_id = j.id where" + original);
                statement.executeUpdate("insert into survey_response (id, job_id, score, reason, channel, received_at,"
                        + " engineer_id, team_id, region_id, service_type_id, customer_id, customer_tier)"
                        + " select r.id + " + offset + ", r.job_id + " + offset + ", r.score, r.reason, r.channel,"
                        + " r.received_at, r.engineer_id, r.team_id, r.region_id, r.service_type_id, r.customer_id,"
                        + " r.customer_tier from survey_response r where" + original);
            }
        }
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void theWholeHistoryIsReadFromItsNewestReasonsAndStillNamesTheComplaints() {
        ThemeSelection selection = ThemeSelection.fromParameters(
                Map.of("period", "custom", "from", "2000-01-01"), CLOCK);

        ThemesReport report = null;
        for (int run = 1; run <= 3; run++) {
            long started = System.nanoTime();
            report = database.inTransaction(em -> new ReasonThemes(em, new Settings(em), ReasonThemes.READ_LIMIT)
                    .themes(AccessScope.organisation(), selection));
            long millis = (System.nanoTime() - started) / 1_000_000;
            int number = run;
            ThemesReport read = report;
            LOGGER.info(() -> "Themes of the whole history (%s), run %d: %d ms for %d + %d reasons read".formatted(
                    TestDatabase.isPostgreSql() ? "PostgreSQL" : "H2", number, millis,
                    read.themes().detractorReasons(), read.themes().promoterReasons()));
        }

        assertThat(report.detractorReasonsCapped()).isTrue();
        assertThat(report.promoterReasonsCapped()).isTrue();
        assertThat(report.themes().detractorReasons()).isEqualTo(ReasonThemes.READ_LIMIT);
        assertThat(report.themes().promoterReasons()).isEqualTo(ReasonThemes.READ_LIMIT);
        assertThat(report.themes().detractorTerms()).extracting(DistinctiveTerm::term)
                .contains("late", "parts")
                .doesNotContain("friendly", "polite", "tidy");
        assertThat(report.themes().detractorTerms())
                .allSatisfy(term -> assertThat(term.detractorReasons()).isGreaterThan(term.promoterReasons()));
        assertThat(report.themes().promoterTerms()).isNotEmpty()
                .allSatisfy(term -> assertThat(term.promoterReasons()).isGreaterThan(term.detractorReasons()));
    }
}
