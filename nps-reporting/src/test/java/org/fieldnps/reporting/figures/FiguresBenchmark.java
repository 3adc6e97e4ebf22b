package org.fieldnps.reporting.figures;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.rollup.FigureRollups;
import org.fieldnps.persistence.settings.Settings;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Loads a large history of responses straight into a database with batched JDBC inserts, builds
 * the rollups, then times the portal's main figures read through {@link NpsQuery} and
 * {@link LeagueTables} beside a plain {@code GROUP BY} over {@code survey_response} that gives
 * the same answer (which it checks), and prints the median and 95th percentile of each. On
 * PostgreSQL it also prints the plans of the rollup queries. It asserts nothing about time.
 *
 * <pre>
 * java -Djava.util.logging.SimpleFormatter.format='%5$s%n' \
 *     -cp "$(cat nps-reporting/target/bench.classpath)" org.fieldnps.reporting.figures.FiguresBenchmark \
 *     h2 jdbc:h2:file:./target/bench/figures 1000000 20
 * java -cp ... org.fieldnps.reporting.figures.FiguresBenchmark \
 *     postgresql jdbc:postgresql://127.0.0.1:5432/test?user=postgres nps_figures 1000000 20
 * </pre>
 *
 * The arguments: the database, its URL (and the PostgreSQL schema), how many responses to load,
 * how many timed runs of each query, and optionally a part of the names of the queries to time.
 * The database (or schema) is emptied and loaded first;
 * with 0 responses, the figures are timed over what an earlier run loaded; with -1, the rollups by
 * team are first counted again from the full rollup of what an earlier run loaded.
 */
public final class FiguresBenchmark {

    private static final Logger LOGGER = Logger.getLogger(FiguresBenchmark.class.getName());

    private static final int REGIONS = 4;
    private static final int TEAMS_PER_REGION = 5;
    private static final int ENGINEERS_PER_TEAM = 12;
    private static final int SERVICE_TYPES = 5;
    private static final int CUSTOMERS = 20_000;
    private static final int DAYS = 730;
    private static final int BATCH = 5_000;
    private static final int WARM_UPS = 3;
    private static final String[] TIERS = {"KEY", "STANDARD", "STANDARD", "STANDARD", "BASIC", "BASIC"};
    private static final String[] CHANNELS = {"EMAIL", "EMAIL", "EMAIL", "EMAIL", "EMAIL", "EMAIL", "SMS", "SMS",
        "WEB", "PHONE"};

    private DataSource dataSource;
    private final boolean postgreSql;
    private final Clock clock;
    private EntityManagerFactory factory;

    private FiguresBenchmark(DataSource dataSource, boolean postgreSql, Clock clock) {
        this.dataSource = dataSource;
        this.postgreSql = postgreSql;
        this.clock = clock;
    }

    public static void main(String[] args) throws Exception {
        boolean postgreSql = args[0].equals("postgresql");
        DataSource dataSource;
        int next;
        if (postgreSql) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(args[1]);
            pg.setCurrentSchema(args[2]);
            pg.setReWriteBatchedInserts(true);
            dataSource = pg;
            next = 3;
        } else {
            // Open for the whole run, as the application's pool keeps it; H2 otherwise closes and
            // compacts the file whenever its last connection closes.
            dataSource = TestDatabase.h2File(args[1] + ";DB_CLOSE_DELAY=-1");
            next = 2;
        }
        int responses = Integer.parseInt(args[next]);
        int runs = Integer.parseInt(args[next + 1]);
        String only = args.length > next + 2 ? args[next + 2] : "";
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

        FiguresBenchmark benchmark = new FiguresBenchmark(dataSource, postgreSql, clock);
        if (responses > 0) {
            migrate(dataSource, postgreSql ? args[2] : null);
            benchmark.load(responses);
        } else if (responses < 0) {
            benchmark.rebuildCoarser();
        }
        if (postgreSql) {
            // As the application's pool would, keep one connection: opening one per query would
            // time PostgreSQL's connection start-up rather than the queries.
            benchmark.dataSource = oneConnection(dataSource);
        }
        benchmark.factory = Persistence.createEntityManagerFactory("nps", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", benchmark.dataSource,
                "eclipselink.logging.level", "SEVERE"));
        try {
            benchmark.measure(runs, only);
            if (postgreSql) {
                benchmark.explain();
            }
        } finally {
            benchmark.factory.close();
        }
    }

    /** A data source that hands out the same open connection every time, for one thread. */
    private static DataSource oneConnection(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        ClassLoader loader = FiguresBenchmark.class.getClassLoader();
        Connection kept = (Connection) Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "close" -> null;
                    case "isClosed" -> false;
                    default -> call(method, connection, arguments);
                });
        return (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> method.getName().equals("getConnection") ? kept
                        : call(method, dataSource, arguments));
    }

    private static Object call(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Empties the database (or schema) and creates the application's tables in it. */
    private static void migrate(DataSource dataSource, String schema) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .cleanDisabled(false);
        if (schema != null) {
            configuration.schemas(schema);
        }
        Flyway flyway = configuration.load();
        flyway.clean();
        flyway.migrate();
    }

    // ------------------------------------------------------------------ loading

    private void load(int responses) throws SQLException {
        Random random = new Random(20261203);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            organisation(connection);
            customers(connection);
            connection.commit();

            LocalDate today = LocalDate.now(clock);
            int engineers = REGIONS * TEAMS_PER_REGION * ENGINEERS_PER_TEAM;
            double[] quality = new double[engineers];
            for (int e = 0; e < engineers; e++) {
                quality[e] = random.nextGaussian() * 0.8;
            }
            try (PreparedStatement job = connection.prepareStatement("insert into job (id, fsm_job_id,"
                    + " completed_at, engineer_id, service_type_id, customer_id) values (?, ?, ?, ?, ?, ?)");
                    PreparedStatement answer = connection.prepareStatement("insert into survey_response (id, job_id,"
                            + " score, reason, channel, received_at, engineer_id, team_id, region_id, service_type_id,"
                            + " customer_id, customer_tier) values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < responses; i++) {
                    long id = 1_000_000L + i;
                    int engineer = random.nextInt(engineers);
                    int team = engineer / ENGINEERS_PER_TEAM;
                    int region = team / TEAMS_PER_REGION;
                    int serviceType = random.nextInt(SERVICE_TYPES);
                    int customer = random.nextInt(CUSTOMERS);
                    LocalDateTime completed = today.minusDays(random.nextInt(DAYS)).atStartOfDay()
                            .plusSeconds(6 * 3600 + random.nextInt(14 * 3600));
                    LocalDateTime received = completed.plusMinutes(10 + random.nextInt(600));
                    if (received.toLocalDate().isAfter(today)) {
                        received = completed;
                    }
                    job.setLong(1, id);
                    job.setString(2, "B" + id);
                    job.setTimestamp(3, Timestamp.valueOf(completed));
                    job.setLong(4, 100 + engineer);
                    job.setLong(5, 100 + serviceType);
                    job.setLong(6, 100 + customer);
                    job.addBatch();

                    answer.setLong(1, id);
                    answer.setLong(2, id);
                    answer.setShort(3, (short) score(random, quality[engineer] + 0.3 * (2 - serviceType)));
                    answer.setString(4, CHANNELS[random.nextInt(CHANNELS.length)]);
                    answer.setTimestamp(5, Timestamp.valueOf(received));
                    answer.setLong(6, 100 + engineer);
                    answer.setLong(7, 100 + team);
                    answer.setLong(8, 100 + region);
                    answer.setLong(9, 100 + serviceType);
                    answer.setLong(10, 100 + customer);
                    answer.setString(11, TIERS[customer % TIERS.length]);
                    answer.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == responses) {
                        job.executeBatch();
                        answer.executeBatch();
                        connection.commit();
                        if ((i + 1) % (BATCH * 40) == 0) {
                            LOGGER.info(String.format(Locale.ROOT, "%,d loaded after %.0f s", i + 1,
                                    (System.nanoTime() - started) / 1e9));
                        }
                    }
                }
            }
            long loaded = System.nanoTime();
            FigureRollups.rebuild(connection);
            connection.commit();
            long rolledUp = System.nanoTime();
            connection.setAutoCommit(true);
            if (postgreSql) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("vacuum analyze");
                }
            }
            LOGGER.info(String.format(Locale.ROOT, "%s: loaded %,d jobs and responses in %.1f s,"
                    + " built the rollups in %.1f s; %,d rollup rows, %,d by engineer and day,"
                    + " %,d by engineer and month",
                    postgreSql ? "PostgreSQL" : "H2", responses, (loaded - started) / 1e9, (rolledUp - loaded) / 1e9,
                    count(connection, "response_rollup"), count(connection, "engineer_day_rollup"),
                    count(connection, "engineer_month_rollup")));
        }
    }

    private void rebuildCoarser() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            FigureRollups.rebuildCoarser(connection);
            connection.commit();
            long rolledUp = System.nanoTime();
            connection.setAutoCommit(true);
            if (postgreSql) {
                try (Statement statement = connection.createStatement()) {
                    for (String table : List.of("engineer_day_rollup", "engineer_month_rollup", "team_day_rollup",
                            "team_month_rollup")) {
                        statement.execute("vacuum analyze " + table);
                    }
                }
            }
            LOGGER.info(String.format(Locale.ROOT, "%s: built the rollups by engineer and by team in %.1f s;"
                    + " %,d and %,d rows by day, %,d and %,d by month (full rollup: %,d)",
                    postgreSql ? "PostgreSQL" : "H2", (rolledUp - started) / 1e9,
                    count(connection, "engineer_day_rollup"), count(connection, "team_day_rollup"),
                    count(connection, "engineer_month_rollup"), count(connection, "team_month_rollup"),
                    count(connection, "response_rollup")));
        }
    }

    /** A 0-10 score around a mean that the engineer and the kind of visit move. */
    private static int score(Random random, double lift) {
        double value = 8.3 + lift + random.nextGaussian() * 1.9;
        return (int) Math.max(0, Math.min(10, Math.round(value)));
    }

    private static void organisation(Connection connection) throws SQLException {
        try (PreparedStatement region = connection.prepareStatement(
                "insert into region (id, code, name) values (?, ?, ?)");
                PreparedStatement team = connection.prepareStatement(
                        "insert into team (id, code, name, region_id) values (?, ?, ?, ?)");
                PreparedStatement engineer = connection.prepareStatement("insert into engineer (id, fsm_id,"
                        + " first_name, last_name, team_id, active) values (?, ?, ?, ?, ?, true)");
                PreparedStatement serviceType = connection.prepareStatement(
                        "insert into service_type (id, code, name) values (?, ?, ?)")) {
            for (int r = 0; r < REGIONS; r++) {
                region.setLong(1, 100 + r);
                region.setString(2, "R" + r);
                region.setString(3, "Region " + r);
                region.addBatch();
            }
            region.executeBatch();
            for (int t = 0; t < REGIONS * TEAMS_PER_REGION; t++) {
                team.setLong(1, 100 + t);
                team.setString(2, "T" + t);
                team.setString(3, "Team " + t);
                team.setLong(4, 100 + t / TEAMS_PER_REGION);
                team.addBatch();
            }
            team.executeBatch();
            for (int e = 0; e < REGIONS * TEAMS_PER_REGION * ENGINEERS_PER_TEAM; e++) {
                engineer.setLong(1, 100 + e);
                engineer.setString(2, "E" + e);
                engineer.setString(3, "First" + e);
                engineer.setString(4, "Last" + e);
                engineer.setLong(5, 100 + e / ENGINEERS_PER_TEAM);
                engineer.addBatch();
            }
            engineer.executeBatch();
            for (int s = 0; s < SERVICE_TYPES; s++) {
                serviceType.setLong(1, 100 + s);
                serviceType.setString(2, "S" + s);
                serviceType.setString(3, "Service " + s);
                serviceType.addBatch();
            }
            serviceType.executeBatch();
        }
    }

    private static void customers(Connection connection) throws SQLException {
        try (PreparedStatement customer = connection.prepareStatement("insert into customer (id, fsm_id, name,"
                + " tier, language, opted_out) values (?, ?, ?, ?, 'en', false)")) {
            for (int c = 0; c < CUSTOMERS; c++) {
                customer.setLong(1, 100 + c);
                customer.setString(2, "C" + c);
                customer.setString(3, "Customer " + c);
                customer.setString(4, TIERS[c % TIERS.length]);
                customer.addBatch();
            }
            customer.executeBatch();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    // ------------------------------------------------------------------ measuring

    private void measure(int runs, String only) {
        FigureFilter days90 = FigureFilter.parse("90d", null, null, null, null, null, null, null, null, clock);
        FigureFilter year = FigureFilter.of(Period.between(LocalDate.now(clock).minusDays(364), LocalDate.now(clock)));
        AccessScope organisation = AccessScope.organisation();
        AccessScope region = AccessScope.region(101);
        AccessScope team = AccessScope.team(107);

        List<Case> cases = List.of(
                new Case("by team x category, 12 months, organisation",
                        () -> keyed(nps(em -> query(em).groupedBy(organisation, year, Grouping.TEAM))),
                        () -> raw("select t.code, s.score, count(*) from survey_response s",
                                " join team t on t.id = s.team_id", year, "", key -> key)),
                new Case("by team x category, 12 months, one region's manager",
                        () -> keyed(nps(em -> query(em).groupedBy(region, year, Grouping.TEAM))),
                        () -> raw("select t.code, s.score, count(*) from survey_response s",
                                " join team t on t.id = s.team_id", year, " and s.region_id = 101", key -> key)),
                new Case("overall NPS, 90 days, organisation",
                        () -> keyed(nps(em -> List.of(query(em).overall(organisation, days90)))),
                        () -> raw("select 'all', s.score, count(*) from survey_response s", "", days90, "",
                                key -> key)),
                new Case("overall NPS, 90 days, one team's manager",
                        () -> keyed(nps(em -> List.of(query(em).overall(team, days90)))),
                        () -> raw("select 'all', s.score, count(*) from survey_response s", "", days90,
                                " and s.team_id = 107", key -> key)),
                new Case("by team, 90 days, organisation",
                        () -> keyed(nps(em -> query(em).groupedBy(organisation, days90, Grouping.TEAM))),
                        () -> raw("select t.code, s.score, count(*) from survey_response s",
                                " join team t on t.id = s.team_id", days90, "", key -> key)),
                new Case("by engineer, 90 days, one region's manager",
                        () -> keyed(nps(em -> query(em).groupedBy(region, days90, Grouping.ENGINEER))),
                        () -> raw("select e.fsm_id, s.score, count(*) from survey_response s",
                                " join engineer e on e.id = s.engineer_id", days90, " and s.region_id = 101",
                                key -> key)),
                new Case("weekly trend, 365 days, organisation",
                        () -> keyed(nps(em -> query(em).groupedBy(organisation, year, Grouping.WEEK))),
                        () -> raw("select cast(s.received_at as date), s.score, count(*) from survey_response s",
                                "", year, "", FiguresBenchmark::monday)),
                new Case("monthly trend, 365 days, organisation",
                        () -> keyed(nps(em -> query(em).groupedBy(organisation, year, Grouping.MONTH))),
                        () -> raw("select cast(s.received_at as date), s.score, count(*) from survey_response s",
                                "", year, "", day -> day.substring(0, 7))),
                new Case("weekly trend of one engineer, 365 days",
                        () -> keyed(nps(em -> leagues(em).engineerTrend(organisation, year, "E5", Grouping.WEEK))),
                        () -> raw("select cast(s.received_at as date), s.score, count(*) from survey_response s",
                                "", year, " and s.engineer_id = 105", FiguresBenchmark::monday)),
                new Case("monthly trend of one engineer, 365 days",
                        () -> keyed(nps(em -> leagues(em).engineerTrend(organisation, year, "E5", Grouping.MONTH))),
                        () -> raw("select cast(s.received_at as date), s.score, count(*) from survey_response s",
                                "", year, " and s.engineer_id = 105", day -> day.substring(0, 7))),
                new Case("overall NPS of one engineer, 90 days",
                        () -> keyed(nps(em -> List.of(query(em).overall(organisation, days90.withEngineer("E5"))))),
                        () -> raw("select 'all', s.score, count(*) from survey_response s", "", days90,
                                " and s.engineer_id = 105", key -> key)),
                new Case("by engineer, 12 months, one team's manager",
                        () -> keyed(nps(em -> query(em).groupedBy(team, year, Grouping.ENGINEER))),
                        () -> raw("select e.fsm_id, s.score, count(*) from survey_response s",
                                " join engineer e on e.id = s.engineer_id", year, " and s.team_id = 107",
                                key -> key)),
                new Case("league of engineers, 90 days, organisation",
                        () -> league(em -> leagues(em).engineers(organisation, days90)),
                        () -> raw("select e.fsm_id, s.score, count(*) from survey_response s",
                                " join engineer e on e.id = s.engineer_id", days90, "", key -> key)),
                new Case("league of engineers, 365 days, organisation",
                        () -> league(em -> leagues(em).engineers(organisation, year)),
                        () -> raw("select e.fsm_id, s.score, count(*) from survey_response s",
                                " join engineer e on e.id = s.engineer_id", year, "", key -> key)),
                new Case("league of teams, 365 days, organisation",
                        () -> league(em -> leagues(em).teams(organisation, year)),
                        () -> raw("select t.code, s.score, count(*) from survey_response s",
                                " join team t on t.id = s.team_id", year, "", key -> key)));

        LOGGER.info(String.format(Locale.ROOT, "%n%-52s %10s %10s %12s %12s %6s  %s", "query (" + runs + " runs)",
                "rollup p50", "rollup p95", "raw SQL p50", "raw SQL p95", "ratio", "same answer"));
        for (Case c : cases) {
            if (!c.name.contains(only)) {
                continue;
            }
            Timing rollup = time(c.rollup, runs);
            Timing raw = time(c.raw, runs);
            boolean same = rollup.answer.equals(raw.answer);
            LOGGER.info(String.format(Locale.ROOT, "%-52s %7.1f ms %7.1f ms %9.1f ms %9.1f ms %6.3f  %s (%d groups)",
                    c.name, rollup.median, rollup.p95, raw.median, raw.p95, rollup.median / raw.median,
                    same ? "yes" : "NO", rollup.answer.size()));
        }
    }

    private Timing time(Supplier<Map<String, List<Long>>> work, int runs) {
        Map<String, List<Long>> answer = null;
        for (int i = 0; i < WARM_UPS; i++) {
            answer = work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            answer = work.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], answer);
    }

    private <T> T nps(Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        try {
            return work.apply(entityManager);
        } finally {
            entityManager.close();
        }
    }

    private Map<String, List<Long>> league(Function<EntityManager, LeagueTable> work) {
        List<Figure> figures = new ArrayList<>();
        for (LeagueRow row : nps(work).rows()) {
            figures.add(row.figure());
        }
        return keyed(figures);
    }

    /** Each group's eleven counts by key, leaving out groups without answers. */
    private static Map<String, List<Long>> keyed(List<Figure> figures) {
        Map<String, List<Long>> keyed = new TreeMap<>();
        for (Figure figure : figures) {
            if (figure.n() > 0) {
                keyed.put(figure.key(), Arrays.stream(figure.scores().toArray()).boxed().toList());
            }
        }
        return keyed;
    }

    /** The same counts straight from survey_response, grouped by the select's first column. */
    private Map<String, List<Long>> raw(String select, String join, FigureFilter filter, String narrowing,
            Function<String, String> keyOf) {
        String first = select.substring("select ".length(), select.indexOf(','));
        String sql = select + join + " where s.received_at >= ? and s.received_at < ?" + narrowing
                + " group by " + (first.startsWith("'") ? "" : first + ", ") + "s.score";
        Map<String, long[]> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.valueOf(filter.from().atStartOfDay()));
            statement.setTimestamp(2, Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    counts.computeIfAbsent(keyOf.apply(result.getString(1)), key -> new long[11])
                            [result.getInt(2)] += result.getLong(3);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, List<Long>> keyed = new TreeMap<>();
        counts.forEach((key, scores) -> keyed.put(key, Arrays.stream(scores).boxed().toList()));
        return keyed;
    }

    private static String monday(String day) {
        return LocalDate.parse(day.substring(0, 10)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toString();
    }

    private NpsQuery query(EntityManager entityManager) {
        return new NpsQuery(entityManager, new Settings(entityManager));
    }

    private LeagueTables leagues(EntityManager entityManager) {
        return new LeagueTables(entityManager, new Settings(entityManager));
    }

    // ------------------------------------------------------------------ plans

    private void explain() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        String from = "date '" + today.minusDays(89) + "'";
        String to = "date '" + today + "'";
        LocalDate yearAgo = today.minusDays(364);
        LocalDate firstMonth = yearAgo.plusMonths(1).withDayOfMonth(1);
        LocalDate afterMonths = today.plusDays(1).withDayOfMonth(1);
        String days = "select utc_day, region_id, team_id, score, responses from team_day_rollup";
        String byTeam = " from (" + days + " where utc_day >= date '" + yearAgo + "' and utc_day < date '"
                + firstMonth + "' union all " + days + " where utc_day >= date '" + afterMonths + "' and utc_day <= "
                + to + " union all select month_start, region_id, team_id, score, responses from team_month_rollup"
                + " where month_start >= date '" + firstMonth + "' and month_start < date '" + afterMonths + "') r";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("by team x category, 12 months, organisation (months + days by team)",
                "select g.code, g.name, c.score, c.responses from (select r.team_id, r.score,"
                        + " sum(r.responses) as responses" + byTeam + " group by r.team_id, r.score) c"
                        + " join team g on g.id = c.team_id");
        queries.put("by team x category, 12 months, region scope (months + days by team)",
                "select g.code, g.name, c.score, c.responses from (select r.team_id, r.score,"
                        + " sum(r.responses) as responses" + byTeam + " where r.region_id = 101"
                        + " group by r.team_id, r.score) c join team g on g.id = c.team_id");
        queries.put("overall, 90 days, team scope (months + days by team)",
                "select r.score, sum(r.responses) from (" + days + " where utc_day >= " + from + " and utc_day < date '"
                        + today.minusDays(89).plusMonths(1).withDayOfMonth(1) + "' union all " + days
                        + " where utc_day >= date '" + afterMonths + "' and utc_day <= " + to
                        + " union all select month_start, region_id, team_id, score, responses from team_month_rollup"
                        + " where month_start >= date '" + today.minusDays(89).plusMonths(1).withDayOfMonth(1)
                        + "' and month_start < date '" + afterMonths + "') r where r.team_id = 107 group by r.score");
        queries.put("weekly trend, 365 days, organisation (days by team)", "select r.utc_day, r.score,"
                + " sum(r.responses) from team_day_rollup r where r.utc_day >= date '" + yearAgo + "' and r.utc_day <= "
                + to + " group by r.utc_day, r.score");
        queries.put("overall, 90 days, organisation", "select r.score, sum(r.responses) from response_rollup r"
                + " where r.utc_day >= " + from + " and r.utc_day <= " + to + " group by r.score");
        queries.put("overall, 90 days, team scope", "select r.score, sum(r.responses) from response_rollup r"
                + " where r.utc_day >= " + from + " and r.utc_day <= " + to + " and r.team_id = 107"
                + " group by r.score");
        LocalDate firstMonth90 = today.minusDays(89).plusMonths(1).withDayOfMonth(1);
        String engineerDays = "select utc_day, region_id, team_id, engineer_id, score, responses"
                + " from engineer_day_rollup";
        String byEngineer90 = " from (" + engineerDays + " where utc_day >= " + from + " and utc_day < date '"
                + firstMonth90 + "' union all " + engineerDays + " where utc_day >= date '" + afterMonths
                + "' and utc_day <= " + to + " union all select month_start, region_id, team_id, engineer_id, score,"
                + " responses from engineer_month_rollup where month_start >= date '" + firstMonth90
                + "' and month_start < date '" + afterMonths + "') r";
        queries.put("by engineer, 90 days, region scope (months + days by engineer)", "select g.fsm_id,"
                + " g.first_name, g.last_name, c.score, c.responses from (select r.engineer_id, r.score,"
                + " sum(r.responses) as responses" + byEngineer90 + " where r.region_id = 101"
                + " group by r.engineer_id, r.score) c join engineer g on g.id = c.engineer_id");
        queries.put("league of engineers, 90 days, organisation (months + days by engineer)", "select e.fsm_id,"
                + " e.first_name, e.last_name, t.code, t.name, c.score, c.responses from (select r.engineer_id,"
                + " r.score, sum(r.responses) as responses" + byEngineer90 + " group by r.engineer_id, r.score) c"
                + " join engineer e on e.id = c.engineer_id join team t on t.id = e.team_id");
        queries.put("one engineer's weekly trend, 365 days (days by engineer)", "select r.utc_day, r.score,"
                + " sum(r.responses) from engineer_day_rollup r where r.utc_day >= date '" + yearAgo
                + "' and r.utc_day <= " + to + " and r.engineer_id = 105 group by r.utc_day, r.score");
        queries.put("one engineer's weekly trend, 365 days (full rollup, as before)", "select r.utc_day, r.score,"
                + " sum(r.responses) from response_rollup r where r.utc_day >= date '" + yearAgo
                + "' and r.utc_day <= " + to + " and r.engineer_id = 105 group by r.utc_day, r.score");
        queries.put("one engineer's weekly trend, 365 days (responses)", "select cast(s.received_at as date),"
                + " s.score, count(*) from survey_response s where s.received_at >= timestamp '" + yearAgo
                + " 00:00' and s.received_at < timestamp '" + today.plusDays(1) + " 00:00' and s.engineer_id = 105"
                + " group by cast(s.received_at as date), s.score");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                StringBuilder text = new StringBuilder("\nEXPLAIN (ANALYZE, BUFFERS) " + query.getKey() + ":");
                try (ResultSet plan = statement.executeQuery("explain (analyze, buffers) " + query.getValue())) {
                    while (plan.next()) {
                        text.append("\n    ").append(plan.getString(1));
                    }
                }
                LOGGER.info(text::toString);
            }
        }
    }

    private record Case(String name, Supplier<Map<String, List<Long>>> rollup, Supplier<Map<String, List<Long>>> raw) {
    }

    private record Timing(double median, double p95, Map<String, List<Long>> answer) {
    }
}
