package org.fieldnps.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.scoring.ScoreDistribution;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.JobReport;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.capture.RegisteredJob;
import org.fieldnps.persistence.capture.ResponseReport;
import org.fieldnps.persistence.capture.imports.CsvImport;
import org.fieldnps.persistence.capture.imports.ImportKind;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.ServiceType;
import org.fieldnps.persistence.settings.Settings;
import org.fieldnps.reporting.DroppedEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures summed from the rollups against the same figures counted directly from the rows
 * of survey_response, for several scopes, filters, periods and groupings, after answers were
 * recorded over the API, given and changed on the survey page, and imported from a file.
 */
@Tag("database")
class FiguresFromRollupTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String[] TIERS = {"key", "standard", "basic"};
    private static final String[] CHANNELS = {"email", "sms", "web", "phone", "kiosk"};

    private static TestDatabase database;
    private static TestOrganisation north;
    private static TestOrganisation south;
    private static int changedAnswers;
    private static int importedAnswers;
    private static int movedAnswers;

    @BeforeAll
    static void recordHistory() {
        database = TestDatabase.create();
        north = database.inTransaction(em -> TestOrganisation.persistIn(em, "north"));
        south = database.inTransaction(em -> TestOrganisation.persistIn(em, "south"));
        database.execute(em -> {
            em.persist(new Engineer("north-E2", "Grace", "Hopper", em.merge(north.secondTeam)));
            em.persist(new Engineer("south-E2", "Alan", "Turing", em.merge(south.firstTeam)));
            em.persist(new ServiceType("install", "Installation"));
        });

        Random random = new Random(20261203);
        String[] engineers = {"north-E1", "north-E2", "south-E1", "south-E2"};
        String[] serviceTypes = {"north-repair", "south-repair", "install"};
        List<String> tokens = new ArrayList<>();
        for (int job = 0; job < 400; job++) {
            Instant completed = NOW.minus(Duration.ofHours(1 + random.nextInt(24 * 200)));
            Instant received = completed.plus(Duration.ofMinutes(5 + random.nextInt(600)));
            String jobId = "J" + job;
            JobReport report = new JobReport(jobId, completed, engineers[random.nextInt(4)],
                    serviceTypes[random.nextInt(3)], null, new CustomerReport("C" + job, "Customer " + job,
                    "c" + job + "@example.org", null, TIERS[random.nextInt(3)], "en"));
            RegisteredJob registered = database.inTransaction(em -> capture(em).registerJob(report));
            if (random.nextInt(10) < 7 && received.isBefore(NOW)) {
                int score = skewedScore(random);
                database.execute(em -> capture(em).recordResponse(new ResponseReport(null, jobId, score, null,
                        CHANNELS[random.nextInt(5)], received), Optional.empty()));
            } else if (random.nextInt(3) == 0) {
                tokens.add(registered.invitation().getToken());
            }
        }

        // Answers on the survey page, half of them changed within the change window.
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            database.execute(em -> capture(em).answerSurvey(token, 3, null));
            if (i % 2 == 0) {
                database.execute(em -> capture(em).answerSurvey(token, 10, null));
                changedAnswers++;
            }
        }

        moveAndRecord(random);
        importHistory(random);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    static Stream<Arguments> scopesFiltersAndGroupings() {
        List<Arguments> cases = new ArrayList<>();
        List<Function<TestOrganisation, AccessScope>> scopes = List.of(
                organisation -> AccessScope.organisation(),
                organisation -> AccessScope.region(north.region.getId()),
                organisation -> AccessScope.team(north.firstTeam.getId()),
                organisation -> AccessScope.team(south.firstTeam.getId()));
        String[][] filters = {
            {"30d", null, null, null, null, null, null},
            {"90d", null, null, null, null, null, null},
            {"year", null, null, null, null, "key", null},
            {"custom", "2026-06-01", "2026-10-31", null, null, null, "sms"},
            {"quarter", null, null, null, "install", null, null},
            {"last-month", null, null, null, null, "standard", null},
            {"year", null, null, null, null, null, null},
            {"custom", "2026-02-15", "2026-11-20", null, null, null, null},
            {"custom", "2026-03-01", "2026-05-31", null, null, null, null},
            {"custom", "2026-06-10", "2026-06-20", null, null, null, null},
        };
        for (int s = 0; s < scopes.size(); s++) {
            for (String[] filter : filters) {
                for (Grouping grouping : Grouping.values()) {
                    cases.add(Arguments.of(s, filter, grouping));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "scope {0}, {1}, by {2}")
    @MethodSource("scopesFiltersAndGroupings")
    void groupedFiguresEqualThoseCountedFromTheResponses(int scopeIndex, String[] parameters, Grouping grouping) {
        AccessScope scope = scopeNumber(scopeIndex);
        FigureFilter filter = FigureFilter.parse(parameters[0], parameters[1], parameters[2], null, null,
                parameters[3], parameters[4], parameters[5], parameters[6], CLOCK);

        assertGroupedAsCountedFromTheResponses(scope, filter, grouping);
    }

    static Stream<Arguments> figuresNeedingTheEngineer() {
        String[] acrossMonths = {"custom", "2026-02-15", "2026-11-20"};
        String[] withinMonth = {"custom", "2026-06-10", "2026-06-20"};
        String[] ninetyDays = {"90d", null, null};
        String[] year = {"year", null, null};
        return Stream.of(
                engineerCase(0, acrossMonths, null, Grouping.ENGINEER, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(1, acrossMonths, null, Grouping.ENGINEER, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(2, year, null, Grouping.ENGINEER, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(3, ninetyDays, null, Grouping.ENGINEER, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(1, withinMonth, null, Grouping.ENGINEER, RollupRead.Source.ENGINEER_DAY),
                engineerCase(0, acrossMonths, "north-E1", Grouping.MONTH, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(0, acrossMonths, "north-E2", Grouping.TEAM, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(1, year, "north-E2", Grouping.REGION, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(2, acrossMonths, "north-E2", Grouping.ENGINEER, RollupRead.Source.ENGINEER_DAY_AND_MONTH),
                engineerCase(0, acrossMonths, "south-E2", Grouping.WEEK, RollupRead.Source.ENGINEER_DAY),
                engineerCase(2, ninetyDays, "north-E2", Grouping.WEEK, RollupRead.Source.ENGINEER_DAY),
                engineerCase(1, withinMonth, "north-E1", Grouping.MONTH, RollupRead.Source.ENGINEER_DAY),
                engineerCase(0, year, "south-E2", Grouping.CHANNEL, RollupRead.Source.RESPONSE),
                engineerCase(3, acrossMonths, null, Grouping.SERVICE_TYPE, RollupRead.Source.RESPONSE));
    }

    private static Arguments engineerCase(int scope, String[] period, String engineer, Grouping grouping,
            RollupRead.Source source) {
        return Arguments.of(scope, new String[] {period[0], period[1], period[2], engineer}, grouping, source);
    }

    @ParameterizedTest(name = "scope {0}, {1}, by {2}, from {3}")
    @MethodSource("figuresNeedingTheEngineer")
    void figuresNeedingTheEngineerEqualThoseCountedFromTheResponses(int scopeIndex, String[] parameters,
            Grouping grouping, RollupRead.Source source) {
        AccessScope scope = scopeNumber(scopeIndex);
        FigureFilter filter = FigureFilter.parse(parameters[0], parameters[1], parameters[2], null, null,
                parameters[3], null, null, null, CLOCK);

        assertThat(sourceOf(scope, filter, grouping)).isEqualTo(source);
        assertGroupedAsCountedFromTheResponses(scope, filter, grouping);
    }

    @Test
    void leagueOfEngineersOverPartMonthsAtBothEndsCountsWhatTheResponsesHold() {
        FigureFilter period = FigureFilter.parse("custom", "2026-02-15", "2026-11-20", null, null, null, null, null,
                null, CLOCK);

        for (AccessScope scope : List.of(AccessScope.organisation(), AccessScope.team(north.firstTeam.getId()))) {
            Map<String, ScoreDistribution> expected = new LinkedHashMap<>();
            for (Row row : rowsIn(scope, period)) {
                expected.merge(row.engineer(), distributionOf(row.score()), ScoreDistribution::plus);
            }

            LeagueTable table = database.inTransaction(em -> new LeagueTables(em, new Settings(em))
                    .engineers(scope, period));

            Map<String, ScoreDistribution> actual = new LinkedHashMap<>();
            table.rows().forEach(row -> actual.put(row.key(), row.figure().scores()));
            assertThat(actual).as(scope.toString()).isEqualTo(expected);
            assertThat(sourceOf(scope, period, Grouping.ENGINEER)).isEqualTo(RollupRead.Source.ENGINEER_DAY_AND_MONTH);
        }
    }

    @Test
    void weeklyTrendOfAnEngineerWhoMovedCountsEveryWeekFromTheDaysByEngineer() {
        FigureFilter period = FigureFilter.parse("custom", "2026-05-20", "2026-11-20", null, null, null, null, null,
                null, CLOCK);
        AccessScope northOnly = AccessScope.region(north.region.getId());
        Map<String, ScoreDistribution> expected = new LinkedHashMap<>();
        for (Row row : rowsIn(northOnly, period.withEngineer("north-E2"))) {
            expected.merge(row.keyFor(Grouping.WEEK), distributionOf(row.score()), ScoreDistribution::plus);
        }

        List<Figure> weeks = database.inTransaction(em -> new LeagueTables(em, new Settings(em))
                .engineerTrend(northOnly, period, "north-E2", Grouping.WEEK));

        Map<String, ScoreDistribution> actual = new LinkedHashMap<>();
        weeks.stream().filter(week -> week.n() > 0).forEach(week -> actual.put(week.key(), week.scores()));
        assertThat(actual).isEqualTo(expected);
        assertThat(weeks).hasSize(27);
        assertThat(sourceOf(northOnly, period.withEngineer("north-E2"), Grouping.WEEK))
                .isEqualTo(RollupRead.Source.ENGINEER_DAY);
    }

    @Test
    void trendsOfTheWholeLeagueEqualEachEngineersTrendAndTheResponsesByWeekAndByMonth() {
        FigureFilter period = FigureFilter.parse("custom", "2026-02-15", "2026-11-20", null, null, null, null, null,
                null, CLOCK);

        for (AccessScope scope : List.of(AccessScope.organisation(), AccessScope.region(north.region.getId()))) {
            for (Grouping step : List.of(Grouping.WEEK, Grouping.MONTH)) {
                Map<String, List<Figure>> trends = database.inTransaction(em -> new LeagueTables(em, new Settings(em))
                        .engineerTrends(scope, period, step));

                Map<String, Map<String, ScoreDistribution>> expected = new LinkedHashMap<>();
                for (Row row : rowsIn(scope, period)) {
                    expected.computeIfAbsent(row.engineer(), engineer -> new LinkedHashMap<>())
                            .merge(row.keyFor(step), distributionOf(row.score()), ScoreDistribution::plus);
                }
                assertThat(trends.keySet()).as("%s by %s", scope, step)
                        .containsExactlyInAnyOrderElementsOf(expected.keySet());
                for (var trend : trends.entrySet()) {
                    Map<String, ScoreDistribution> actual = new LinkedHashMap<>();
                    trend.getValue().stream().filter(figure -> figure.n() > 0)
                            .forEach(figure -> actual.put(figure.key(), figure.scores()));
                    assertThat(actual).as("%s by %s", trend.getKey(), step).isEqualTo(expected.get(trend.getKey()));
                    assertThat(trend.getValue()).as("%s by %s", trend.getKey(), step).isEqualTo(database.inTransaction(
                            em -> new LeagueTables(em, new Settings(em))
                                    .engineerTrend(scope, period, trend.getKey(), step)));
                }
            }
        }
        Function<EntityManager, RollupRead.Source> monthly = em -> RollupRead.of(AccessScope.organisation(),
                query(em).resolve(AccessScope.organisation(), period), Grouping.ENGINEER, Grouping.MONTH).source();
        assertThat(database.inTransaction(monthly)).isEqualTo(RollupRead.Source.ENGINEER_DAY_AND_MONTH);
        Function<EntityManager, RollupRead.Source> weekly = em -> RollupRead.of(AccessScope.organisation(),
                query(em).resolve(AccessScope.organisation(), period), Grouping.ENGINEER, Grouping.WEEK).source();
        assertThat(database.inTransaction(weekly)).isEqualTo(RollupRead.Source.ENGINEER_DAY);
    }

    /** Which rollup the figures of this filter, grouped so, are read from. */
    private static RollupRead.Source sourceOf(AccessScope scope, FigureFilter filter, Grouping grouping) {
        Function<EntityManager, RollupRead.Source> work = em -> RollupRead.of(scope,
                query(em).resolve(scope, filter), grouping).source();
        return database.inTransaction(work);
    }

    /** Asserts that the figures of each group, and of all of them, are those of the responses. */
    private static void assertGroupedAsCountedFromTheResponses(AccessScope scope, FigureFilter filter,
            Grouping grouping) {
        Map<String, ScoreDistribution> expected = new LinkedHashMap<>();
        for (Row row : rowsIn(scope, filter)) {
            expected.merge(row.keyFor(grouping), distributionOf(row.score()), ScoreDistribution::plus);
        }
        List<Figure> figures = database.inTransaction(em -> query(em).groupedBy(scope, filter, grouping));

        Map<String, ScoreDistribution> actual = new LinkedHashMap<>();
        figures.stream().filter(figure -> figure.n() > 0).forEach(figure -> actual.put(figure.key(), figure.scores()));
        assertThat(actual).isEqualTo(expected);
        Figure overall = database.inTransaction(em -> query(em).overall(scope, filter));
        assertThat(overall.scores()).isEqualTo(expected.values().stream()
                .reduce(ScoreDistribution.empty(), ScoreDistribution::plus));
    }

    @Test
    void rollupsByEngineerAndByTeamHoldTheCountsOfTheResponsesAfterChangesMovesAndImports() {
        Map<String, Long> teamDays = new LinkedHashMap<>();
        Map<String, Long> teamMonths = new LinkedHashMap<>();
        Map<String, Long> engineerDays = new LinkedHashMap<>();
        Map<String, Long> engineerMonths = new LinkedHashMap<>();
        for (Row row : rowsIn(AccessScope.organisation(), FigureFilter.parse("custom", "2020-01-01", "2026-12-03",
                null, null, null, null, null, null, CLOCK))) {
            String team = row.regionId() + "/" + row.teamId();
            String engineer = team + "/" + row.engineerDbId();
            LocalDate month = row.day().withDayOfMonth(1);
            teamDays.merge(row.day() + "/" + team + "/" + row.score(), 1L, Long::sum);
            teamMonths.merge(month + "/" + team + "/" + row.score(), 1L, Long::sum);
            engineerDays.merge(row.day() + "/" + engineer + "/" + row.score(), 1L, Long::sum);
            engineerMonths.merge(month + "/" + engineer + "/" + row.score(), 1L, Long::sum);
        }

        assertThat(stored("select utc_day, region_id, team_id, score, responses from team_day_rollup"))
                .isEqualTo(teamDays);
        assertThat(stored("select month_start, region_id, team_id, score, responses from team_month_rollup"))
                .isEqualTo(teamMonths);
        assertThat(stored("select utc_day, region_id, team_id, engineer_id, score, responses"
                + " from engineer_day_rollup")).isEqualTo(engineerDays);
        assertThat(stored("select month_start, region_id, team_id, engineer_id, score, responses"
                + " from engineer_month_rollup")).isEqualTo(engineerMonths);
        assertThat(changedAnswers).isPositive();
        assertThat(importedAnswers).isPositive();
        assertThat(movedAnswers).isPositive();
    }

    @Test
    void figuresNeedingNoFinerDimensionAreReadFromTheRollupsByTeam() {
        ResolvedFilter year = new ResolvedFilter(Period.between(LocalDate.of(2025, 12, 4), LocalDate.of(2026, 12, 3)),
                null, null, null, null, null, null);
        ResolvedFilter days = new ResolvedFilter(Period.between(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 3)),
                null, null, null, null, null, null);
        AccessScope region = AccessScope.region(north.region.getId());

        for (Grouping grouping : new Grouping[] {null, Grouping.REGION, Grouping.TEAM, Grouping.MONTH}) {
            assertThat(RollupRead.of(region, year, grouping).source())
                    .isEqualTo(RollupRead.Source.TEAM_DAY_AND_MONTH);
        }
        assertThat(RollupRead.of(region, year, Grouping.WEEK).source()).isEqualTo(RollupRead.Source.TEAM_DAY);
        assertThat(RollupRead.of(region, days, Grouping.REGION).source()).isEqualTo(RollupRead.Source.TEAM_DAY);
        assertThat(RollupRead.of(region, year, Grouping.ENGINEER).source())
                .isEqualTo(RollupRead.Source.ENGINEER_DAY_AND_MONTH);
        assertThat(RollupRead.of(region, year, Grouping.CHANNEL).source()).isEqualTo(RollupRead.Source.RESPONSE);
        assertThat(RollupRead.of(region, new ResolvedFilter(year.period(), null, null, null, null, CustomerTier.KEY,
                null), Grouping.TEAM).source()).isEqualTo(RollupRead.Source.RESPONSE);
    }

    @Test
    void figuresNeedingTheEngineerButNothingFinerAreReadFromTheRollupsByEngineer() {
        Period year = Period.between(LocalDate.of(2025, 12, 4), LocalDate.of(2026, 12, 3));
        Period days = Period.between(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 30));
        Long engineer = north.engineer.getId();
        ResolvedFilter oneEngineer = new ResolvedFilter(year, null, null, engineer, null, null, null);
        AccessScope team = AccessScope.team(north.firstTeam.getId());

        for (Grouping grouping : new Grouping[] {null, Grouping.REGION, Grouping.TEAM, Grouping.ENGINEER,
            Grouping.MONTH}) {
            assertThat(RollupRead.of(team, oneEngineer, grouping).source())
                    .isEqualTo(RollupRead.Source.ENGINEER_DAY_AND_MONTH);
        }
        assertThat(RollupRead.of(team, oneEngineer, Grouping.WEEK).source()).isEqualTo(RollupRead.Source.ENGINEER_DAY);
        assertThat(RollupRead.of(team, new ResolvedFilter(days, null, null, engineer, null, null, null), null)
                .source()).isEqualTo(RollupRead.Source.ENGINEER_DAY);
        assertThat(RollupRead.of(team, new ResolvedFilter(year, null, null, null, null, null, null), Grouping.ENGINEER)
                .source()).isEqualTo(RollupRead.Source.ENGINEER_DAY_AND_MONTH);
        assertThat(RollupRead.of(team, oneEngineer, Grouping.SERVICE_TYPE).source())
                .isEqualTo(RollupRead.Source.RESPONSE);
        assertThat(RollupRead.of(team, new ResolvedFilter(year, null, null, engineer, null, null, Channel.SMS),
                Grouping.MONTH).source()).isEqualTo(RollupRead.Source.RESPONSE);
        assertThat(RollupRead.of(team, new ResolvedFilter(year, null, null, null, 1L, null, null), Grouping.ENGINEER)
                .source()).isEqualTo(RollupRead.Source.RESPONSE);
    }

    @Test
    void filtersByHierarchyNarrowTheOrganisationToWhatTheyName() {
        AccessScope organisation = AccessScope.organisation();
        for (String[] hierarchy : new String[][] {
            {"north-R", null, null}, {null, "north-T2", null}, {null, null, "south-E2"},
            {"south-R", "south-T1", null}}) {
            FigureFilter filter = FigureFilter.parse("year", null, null, hierarchy[0], hierarchy[1], hierarchy[2],
                    null, null, null, CLOCK);

            ScoreDistribution expected = rowsIn(organisation, filter).stream()
                    .map(row -> distributionOf(row.score()))
                    .reduce(ScoreDistribution.empty(), ScoreDistribution::plus);
            assertThat(database.inTransaction(em -> query(em).overall(organisation, filter)).scores())
                    .as(String.join("/", Stream.of(hierarchy).map(String::valueOf).toList()))
                    .isEqualTo(expected);
            assertThat(expected.total()).isPositive();
        }
    }

    @Test
    void weeksAndMonthsCoverThePeriodWithoutHoles() {
        FigureFilter filter = FigureFilter.parse("custom", "2026-09-01", "2026-11-30", null, null, null, null, null,
                null, CLOCK);

        List<Figure> weeks = database.inTransaction(em -> query(em).groupedBy(AccessScope.organisation(), filter,
                Grouping.WEEK));
        List<Figure> months = database.inTransaction(em -> query(em).groupedBy(AccessScope.organisation(), filter,
                Grouping.MONTH));

        assertThat(weeks).hasSize(14).first().extracting(Figure::key).isEqualTo("2026-08-31");
        assertThat(months).extracting(Figure::key).containsExactly("2026-09", "2026-10", "2026-11");
    }

    @Test
    void responseRateCountsInvitationsSentInThePeriodAndTheirAnswers() {
        FigureFilter filter = FigureFilter.parse("year", null, null, null, null, null, null, null, null, CLOCK);
        AccessScope scope = AccessScope.region(north.region.getId());

        ResponseRate rate = database.inTransaction(em -> query(em).responseRate(scope, filter));

        Object[] expected = database.inTransaction(em -> (Object[]) em.createQuery(
                        "select count(i), sum(case when i.answeredAt is null then 0 else 1 end) from Invitation i"
                                + " where i.suppressedBecause is null"
                                + " and i.job.engineer.team.region.id = :region and i.createdAt >= :from")
                .setParameter("region", north.region.getId())
                .setParameter("from", LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .getSingleResult());
        assertThat(rate.invitations()).isEqualTo(((Number) expected[0]).longValue()).isPositive();
        assertThat(rate.answered()).isEqualTo(((Number) expected[1]).longValue()).isPositive();
    }

    @Test
    void previousPeriodIsTheSameFilterJustBefore() {
        FigureFilter filter = FigureFilter.parse("30d", null, null, null, null, null, null, null, null, CLOCK);

        PeriodComparison comparison = database.inTransaction(em -> query(em).previousPeriod(
                AccessScope.organisation(), filter));

        assertThat(comparison.previousPeriod()).isEqualTo(Period.between(LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 11, 3)).withCode("30d"));
        assertThat(comparison.previous().n()).isEqualTo(rowsIn(AccessScope.organisation(),
                filter.over(comparison.previousPeriod())).size());
        assertThat(comparison.comparison().difference())
                .isEqualTo(comparison.current().nps() - comparison.previous().nps());
    }

    @Test
    void anotherRegionsCodesAreNotFound() {
        AccessScope northOnly = AccessScope.region(north.region.getId());
        for (String[] hierarchy : new String[][] {{"south-R", null, null}, {null, "south-T1", null},
            {null, null, "south-E1"}, {"nowhere", null, null}}) {
            FigureFilter filter = FigureFilter.parse("year", null, null, hierarchy[0], hierarchy[1], hierarchy[2],
                    null, null, null, CLOCK);

            assertThatThrownBy(() -> database.inTransaction(em -> query(em).overall(northOnly, filter)))
                    .isInstanceOf(NotFoundException.class);
        }
        FigureFilter otherTeam = FigureFilter.parse("year", null, null, null, "north-T2", null, null, null, null,
                CLOCK);
        assertThatThrownBy(() -> database.inTransaction(em -> query(em).overall(
                AccessScope.team(north.firstTeam.getId()), otherTeam)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void targetIsTheNarrowestSetAndTheOrganisationsOtherwise() {
        FigureFilter year = FigureFilter.parse("year", null, null, null, null, null, null, null, null, CLOCK);
        AccessScope team = AccessScope.team(south.secondTeam.getId());
        assertThat(targetOf(team, year)).isEqualTo(new Target(40,
                "organisation"));

        database.execute(em -> em.createNativeQuery("update region set target_nps = 25 where id = ?")
                .setParameter(1, south.region.getId()).executeUpdate());
        assertThat(targetOf(team, year)).isEqualTo(new Target(25, "region"));

        database.execute(em -> em.createNativeQuery("update team set target_nps = 55 where id = ?")
                .setParameter(1, south.secondTeam.getId()).executeUpdate());
        assertThat(targetOf(team, year)).isEqualTo(new Target(55, "team"));
        assertThat(targetOf(AccessScope.organisation(), year.withTeam("south-T1"))).isEqualTo(new Target(25, "region"));
    }

    @Test
    void leagueOfEngineersRanksByTheShrunkEstimateAndCountsEveryAnswerOnce() {
        FigureFilter year = FigureFilter.parse("year", null, null, null, null, null, null, null, null, CLOCK);
        Function<EntityManager, LeagueTable> work = em -> new LeagueTables(em, new Settings(em))
                .engineers(AccessScope.organisation(), year);

        LeagueTable table = database.inTransaction(work);

        assertThat(table.rows()).extracting(LeagueRow::key)
                .containsExactlyInAnyOrder("north-E1", "north-E2", "south-E1", "south-E2");
        assertThat(table.rows()).extracting(LeagueRow::rank).containsExactly(1, 2, 3, 4);
        assertThat(table.rows()).extracting(row -> row.shrunk().nps())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (LeagueRow row : table.rows()) {
            List<Row> answers = rowsIn(AccessScope.organisation(), year.withEngineer(row.key()));
            assertThat(row.figure().n()).isEqualTo(answers.size());
            assertThat(row.shrunk().respondents()).isEqualTo(answers.size());
            assertThat(row.shrunk().rawNps()).isCloseTo(row.figure().nps(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row.belowTarget()).isEqualTo(row.shrunk().nps() < row.target().nps());
        }
        assertThat(table.rows().stream().mapToLong(row -> row.figure().n()).sum())
                .isEqualTo(rowsIn(AccessScope.organisation(), year).size());
    }

    @Test
    void leagueOfTeamsStaysInsideTheScopeAndTrendsAddUpToTheEngineer() {
        FigureFilter year = FigureFilter.parse("year", null, null, null, null, null, null, null, null, CLOCK);
        AccessScope northOnly = AccessScope.region(north.region.getId());
        Function<EntityManager, LeagueTable> teams = em -> new LeagueTables(em, new Settings(em))
                .teams(northOnly, year);
        Function<EntityManager, List<Figure>> trend = em -> new LeagueTables(em, new Settings(em))
                .engineerTrend(northOnly, year, "north-E1", Grouping.MONTH);

        assertThat(database.inTransaction(teams).rows()).extracting(LeagueRow::key)
                .containsExactlyInAnyOrder("north-T1", "north-T2");
        List<Figure> months = database.inTransaction(trend);
        assertThat(months).hasSize(12);
        assertThat(months.stream().mapToLong(Figure::n).sum())
                .isEqualTo(rowsIn(northOnly, year.withEngineer("north-E1")).size());
    }

    private static Map<String, Long> stored(String sql) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery(sql).getResultList());
        Map<String, Long> cells = new LinkedHashMap<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            LocalDate day = row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0];
            long responses = ((Number) row[row.length - 1]).longValue();
            StringBuilder cell = new StringBuilder(day.toString());
            for (int i = 1; i < row.length - 1; i++) {
                cell.append('/').append(row[i]);
            }
            if (responses != 0) {
                cells.put(cell.toString(), responses);
            }
        }
        return cells;
    }

    private static Target targetOf(AccessScope scope, FigureFilter filter) {
        Function<EntityManager, Target> work = em -> query(em).target(scope, filter);
        return database.inTransaction(work);
    }

    /**
     * Moves north-E2 into north's first team and records more of their answers, so that an
     * engineer's answers lie in two teams, each counted in the team it was given in.
     */
    private static void moveAndRecord(Random random) {
        database.execute(em -> em.createQuery("select e from Engineer e where e.fsmId = 'north-E2'", Engineer.class)
                .getSingleResult().moveTo(em.merge(north.firstTeam)));
        for (int job = 0; job < 60; job++) {
            Instant completed = NOW.minus(Duration.ofHours(2 + random.nextInt(24 * 200)));
            String jobId = "M" + job;
            JobReport report = new JobReport(jobId, completed, "north-E2", "install", null,
                    new CustomerReport("MC" + job, "Customer M" + job, "m" + job + "@example.org", null,
                            TIERS[random.nextInt(3)], "en"));
            database.execute(em -> capture(em).registerJob(report));
            int score = skewedScore(random);
            database.execute(em -> capture(em).recordResponse(new ResponseReport(null, jobId, score, null,
                    CHANNELS[random.nextInt(5)], completed.plus(Duration.ofMinutes(30))), Optional.empty()));
            movedAnswers++;
        }
    }

    private static void importHistory(Random random) {
        StringBuilder jobs = new StringBuilder("jobId,completedAt,engineerId,serviceType,customerId,customerName,"
                + "customerTier\n");
        StringBuilder responses = new StringBuilder("jobId,score,channel,receivedAt\n");
        for (int job = 0; job < 60; job++) {
            Instant completed = NOW.minus(Duration.ofDays(20 + random.nextInt(300)));
            jobs.append(String.join(",", "H" + job, completed.toString(), job % 2 == 0 ? "north-E1" : "south-E2",
                    "install", "HC" + job, "Historic " + job, TIERS[job % 3])).append('\n');
            responses.append(String.join(",", "H" + job, Integer.toString(skewedScore(random)), CHANNELS[job % 5],
                    completed.plus(Duration.ofHours(3)).toString())).append('\n');
        }
        database.execute(em -> importing(em, ImportKind.JOBS, jobs.toString()));
        database.execute(em -> importing(em, ImportKind.RESPONSES, responses.toString()));
        importedAnswers = database.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from survey_response r join job j on j.id = r.job_id where j.fsm_job_id like 'H%'")
                .getSingleResult()).intValue());
    }

    private static void importing(EntityManager em, ImportKind kind, String file) {
        try {
            new CsvImport(em, capture(em), CLOCK).importFile(kind,
                    new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int skewedScore(Random random) {
        return Math.min(10, random.nextInt(6) + random.nextInt(6));
    }

    private static AccessScope scopeNumber(int index) {
        return switch (index) {
            case 0 -> AccessScope.organisation();
            case 1 -> AccessScope.region(north.region.getId());
            case 2 -> AccessScope.team(north.firstTeam.getId());
            default -> AccessScope.team(south.firstTeam.getId());
        };
    }

    /** Every response in the scope that the filter selects, read row by row. */
    private static List<Row> rowsIn(AccessScope scope, FigureFilter filter) {
        List<Object[]> rows = database.inTransaction(em -> em.createQuery(
                "select r.score, r.receivedAt, e.fsmId, e.firstName, e.lastName, t.code, t.name, g.code, g.name,"
                        + " s.code, s.name, r.customerTier, r.channel, g.id, t.id, e.id from SurveyResponse r"
                        + " join r.engineer e join r.team t join r.region g join r.serviceType s", Object[].class)
                .getResultList());
        return rows.stream()
                .map(Row::of)
                .filter(row -> switch (scope.level()) {
                    case ORGANISATION -> true;
                    case REGION -> row.regionId() == scope.id();
                    case TEAM -> row.teamId() == scope.id();
                })
                .filter(row -> !row.day().isBefore(filter.from()) && !row.day().isAfter(filter.to()))
                .filter(row -> filter.regionCode() == null || filter.regionCode().equals(row.region()))
                .filter(row -> filter.teamCode() == null || filter.teamCode().equals(row.team()))
                .filter(row -> filter.engineerId() == null || filter.engineerId().equals(row.engineer()))
                .filter(row -> filter.serviceTypeCode() == null || filter.serviceTypeCode().equals(row.serviceType()))
                .filter(row -> filter.tier() == null || filter.tier() == row.tier())
                .filter(row -> filter.channel() == null || filter.channel() == row.channel())
                .toList();
    }

    private static ScoreDistribution distributionOf(int score) {
        return ScoreDistribution.empty().withResponse(Score.of(score));
    }

    private static FeedbackCapture capture(EntityManager em) {
        return new FeedbackCapture(em, new Settings(em), new DroppedEvents<>(), CLOCK);
    }

    private static NpsQuery query(EntityManager em) {
        return new NpsQuery(em, new Settings(em));
    }

    private record Row(int score, LocalDate day, String engineer, String region, String team, String serviceType,
            CustomerTier tier, Channel channel, long regionId, long teamId, long engineerDbId) {

        static Row of(Object[] columns) {
            return new Row(((Number) columns[0]).intValue(),
                    LocalDate.ofInstant((Instant) columns[1], ZoneOffset.UTC), (String) columns[2],
                    (String) columns[7], (String) columns[5], (String) columns[9], (CustomerTier) columns[11],
                    (Channel) columns[12], ((Number) columns[13]).longValue(), ((Number) columns[14]).longValue(),
                    ((Number) columns[15]).longValue());
        }

        String keyFor(Grouping grouping) {
            return switch (grouping) {
                case REGION -> region;
                case TEAM -> team;
                case ENGINEER -> engineer;
                case SERVICE_TYPE -> serviceType;
                case CUSTOMER_TIER -> tier.name().toLowerCase(Locale.ROOT);
                case CHANNEL -> channel.name().toLowerCase(Locale.ROOT);
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
                case MONTH -> day.withDayOfMonth(1).toString().substring(0, 7);
            };
        }
    }
}
