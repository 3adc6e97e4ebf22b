package org.fieldnps.reporting.responses;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the responses table takes to count and read a page on a large history: prints the
 * median of several runs of count plus first page for the searches a manager makes, on
 * PostgreSQL only. Not part of the build (its name is no test's); run it with
 *
 * <pre>
 * ./mvnw -B -ntp verify -pl nps-reporting -am -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=ResponseSearchBenchmark -Dnps.test.postgresql.schema=nps_responses \
 *     -Dnps.benchmark.responses=1000000
 * </pre>
 *
 * The history is four regions of two teams, answers spread evenly over two years, a third of
 * them detractors, with reasons of a few kinds.
 */
@Tag("database")
class ResponseSearchBenchmark {

    private static final Logger LOGGER = Logger.getLogger(ResponseSearchBenchmark.class.getName());
    private static final int RESPONSES = Integer.getInteger("nps.benchmark.responses", 1_000_000);
    private static final int REGIONS = 4;
    private static final int RUNS = 7;
    private static final String[] REASONS = {
        "Late arrival and no phone call to warn us.",
        "Parts not in stock, had to wait a week for a second visit.",
        "Engineer was rude and in a hurry.",
        "Quick, polite and tidy.",
        "Fixed first time, explained everything.",
        "Fine, nothing special.",
    };

    private static TestDatabase database;
    private static final List<TestOrganisation> ORGANISATIONS = new ArrayList<>();

    @BeforeAll
    static void writeHistory() throws SQLException {
        assumeTrue(TestDatabase.isPostgreSql(), "The benchmark runs on PostgreSQL");
        database = TestDatabase.create();
        for (int i = 0; i < REGIONS; i++) {
            String prefix = "b" + i;
            ORGANISATIONS.add(database.inTransaction(em -> TestOrganisation.persistIn(em, prefix)));
        }
        long started = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection()) {
            for (int i = 0; i < REGIONS; i++) {
                insertHistory(connection, i, ORGANISATIONS.get(i));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze survey_response");
                statement.execute("vacuum analyze job");
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        LOGGER.info(() -> "Wrote %,d responses in %d s".formatted(RESPONSES, seconds));
    }

    private static void insertHistory(Connection connection, int region, TestOrganisation organisation)
            throws SQLException {
        int perRegion = RESPONSES / REGIONS;
        long firstId = 10_000_000L + (long) region * perRegion;
        String reasons = "(array['" + String.join("','", REASONS) + "'])[1 + (g % " + REASONS.length + ")]";
        try (PreparedStatement jobs = connection.prepareStatement("insert into job (id, fsm_job_id, completed_at,"
                + " engineer_id, service_type_id, customer_id) select ? + g, 'BJ' || (? + g),"
                + " localtimestamp - (g % 730) * interval '1 day' - (g % 600) * interval '1 minute', ?, ?, ?"
                + " from generate_series(1, ?) g");
                PreparedStatement responses = connection.prepareStatement("insert into survey_response (id, job_id,"
                        + " score, reason, channel, received_at, engineer_id, team_id, region_id, service_type_id,"
                        + " customer_id, customer_tier) select ? + g, ? + g, (g * 7) % 11, " + reasons + ","
                        + " (array['EMAIL','SMS','WEB'])[1 + (g % 3)],"
                        + " localtimestamp - (g % 730) * interval '1 day' - (g % 600) * interval '1 minute'"
                        + " + interval '2 hours', ?, case when g % 2 = 0 then ? else ? end, ?, ?, ?,"
                        + " (array['KEY','STANDARD','BASIC'])[1 + (g % 3)] from generate_series(1, ?) g")) {
            bind(jobs, firstId, firstId, organisation.engineer.getId(), organisation.repair.getId(),
                    organisation.customer.getId(), perRegion);
            jobs.executeUpdate();
            bind(responses, firstId, firstId, organisation.engineer.getId(), organisation.firstTeam.getId(),
                    organisation.secondTeam.getId(), organisation.region.getId(), organisation.repair.getId(),
                    organisation.customer.getId(), perRegion);
            responses.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void countAndFirstPage() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AccessScope region = AccessScope.region(ORGANISATIONS.getFirst().region.getId());
        AccessScope team = AccessScope.team(ORGANISATIONS.getFirst().firstTeam.getId());
        AccessScope everything = AccessScope.organisation();
        ResponseFilter days90 = filter(today.minusDays(89), today, null, null, null);
        ResponseFilter year = filter(today.minusDays(364), today, null, null, null);
        ResponseFilter detractors = filter(today.minusDays(89), today, Category.DETRACTOR, null, null);
        ResponseFilter scoreThree = filter(today.minusDays(89), today, null, 3, null);
        ResponseFilter text = filter(today.minusDays(89), today, Category.DETRACTOR, null, "part");
        ResponseFilter textYear = filter(today.minusDays(364), today, null, null, "part");
        ResponseOrder byScore = new ResponseOrder(ResponseOrder.Key.SCORE, true);

        LOGGER.info(() -> "Responses table on %,d responses (PostgreSQL), median of %d runs, count + page of 25"
                .formatted(RESPONSES, RUNS));
        measure("region, 90 days, newest first", region, days90, ResponseOrder.NEWEST_FIRST, 0);
        measure("region, 90 days, page 100", region, days90, ResponseOrder.NEWEST_FIRST, 2475);
        measure("region, 90 days, detractors", region, detractors, ResponseOrder.NEWEST_FIRST, 0);
        measure("region, 90 days, detractors by score", region, detractors, byScore, 0);
        measure("region, 90 days, score 3", region, scoreThree, ResponseOrder.NEWEST_FIRST, 0);
        measure("region, 90 days, detractors, q=part", region, text, ResponseOrder.NEWEST_FIRST, 0);
        measure("region, year, q=part", region, textYear, ResponseOrder.NEWEST_FIRST, 0);
        measure("team, 90 days, newest first", team, days90, ResponseOrder.NEWEST_FIRST, 0);
        measure("organisation, 90 days, newest first", everything, days90, ResponseOrder.NEWEST_FIRST, 0);
        measure("organisation, year, detractors by score", everything,
                filter(today.minusDays(364), today, Category.DETRACTOR, null, null), byScore, 0);
        measure("organisation, year, q=part", everything, textYear, ResponseOrder.NEWEST_FIRST, 0);
    }

    private static ResponseFilter filter(LocalDate from, LocalDate to, Category category, Integer score,
            String text) {
        return new ResponseFilter(from, to, null, null, null, null, category, null, null, null, score, text);
    }

    private static void measure(String what, AccessScope scope, ResponseFilter filter, ResponseOrder order,
            int offset) {
        ResponsePage[] last = new ResponsePage[1];
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            millis[run] = timed(() -> database.inTransaction(em -> last[0] = new ResponseSearch(em, new Settings(em))
                    .search(scope, filter, order, new Paging(25, offset))));
        }
        Arrays.sort(millis);
        LOGGER.info(() -> "  %-42s %,9d matching  %5d ms (min %d, max %d)".formatted(what, last[0].total(),
                millis[RUNS / 2], millis[0], millis[RUNS - 1]));
    }

    private static long timed(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
