package org.fieldnps.reporting.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.capture.Job;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Searching responses against seven answers placed by hand: five in region north (four by the
 * first team's engineer, one by an engineer of the second team) and two in region south, on
 * days chosen to sit either side of the ends of a date range.
 */
@Tag("database")
class ResponseSearchTest {

    private static final String MARKUP = "Quick <b>and</b> tidy & \"polite\"";

    private static TestDatabase database;
    private static TestOrganisation north;
    private static TestOrganisation south;
    private static String lateNovemberJob;
    private static long northDetractorId;
    private static long southResponseId;

    @BeforeAll
    static void recordAnswers() {
        database = TestDatabase.create();
        north = database.inTransaction(em -> TestOrganisation.persistIn(em, "north"));
        south = database.inTransaction(em -> TestOrganisation.persistIn(em, "south"));

        database.execute(em -> {
            answer(em, north, north.engineer, 10, "2026-11-01T09:00:00Z", Channel.EMAIL, MARKUP);
            answer(em, north, north.engineer, 8, "2026-11-15T09:00:00Z", Channel.SMS, null);
            SurveyResponse late = answer(em, north, north.engineer, 3, "2026-11-30T23:30:00Z", Channel.PHONE,
                    "Came late");
            answer(em, north, north.engineer, 6, "2026-12-01T00:30:00Z", Channel.EMAIL, null);
            Engineer secondTeamEngineer = new Engineer("north-E2", "Grace", "Hopper", em.merge(north.secondTeam));
            em.persist(secondTeamEngineer);
            answer(em, north, secondTeamEngineer, 9, "2026-11-20T09:00:00Z", Channel.WEB, null);
            answer(em, south, south.engineer, 0, "2026-11-10T09:00:00Z", Channel.EMAIL, "Never came");
            SurveyResponse southern = answer(em, south, south.engineer, 7, "2026-11-12T09:00:00Z",
                    Channel.KIOSK, null);
            em.flush();
            lateNovemberJob = late.getJob().getFsmJobId();
            northDetractorId = late.getId();
            southResponseId = southern.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void organisationSeesEveryResponseNewestFirst() {
        ResponsePage page = search(AccessScope.organisation(), ResponseFilter.everything(), Paging.first(50));

        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).extracting(ResponseRow::score).containsExactly(6, 3, 9, 8, 7, 0, 10);
    }

    @Test
    void dateRangeIncludesBothEndDaysWholeInUtc() {
        ResponseFilter filter = new ResponseFilter(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-30"),
                null, null, null, null, null);

        ResponsePage page = search(AccessScope.organisation(), filter, Paging.first(50));

        assertThat(page.items()).extracting(ResponseRow::score).containsExactly(3, 9, 8);
    }

    @Test
    void regionScopeHidesOtherRegions() {
        ResponsePage page = search(AccessScope.region(north.region.getId()), ResponseFilter.everything(),
                Paging.first(50));

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(ResponseRow::regionCode).containsOnly("north-R");
    }

    @Test
    void teamScopeKeepsToTheTeamTheAnswerWasAttributedTo() {
        ResponsePage page = search(AccessScope.team(north.firstTeam.getId()), ResponseFilter.everything(),
                Paging.first(50));

        assertThat(page.items()).extracting(ResponseRow::score).containsExactly(6, 3, 8, 10);
    }

    @Test
    void filtersByEngineerTeamRegionAndJob() {
        assertThat(search(filter(null, "north-E2", null, null))).extracting(ResponseRow::score).containsExactly(9);
        assertThat(search(filter(null, null, "north-T1", null)).size()).isEqualTo(4);
        assertThat(search(filter(null, null, null, "south-R"))).extracting(ResponseRow::score)
                .containsExactly(7, 0);
        assertThat(search(filter(lateNovemberJob, null, null, null))).extracting(ResponseRow::score)
                .containsExactly(3);
        assertThat(search(filter(null, "nobody", null, null))).isEmpty();
    }

    @Test
    void categoryFollowsTheStandardCutOffs() {
        assertThat(search(categoryFilter(Category.PROMOTER))).extracting(ResponseRow::score).containsExactly(9, 10);
        assertThat(search(categoryFilter(Category.PASSIVE))).extracting(ResponseRow::score).containsExactly(8, 7);
        assertThat(search(categoryFilter(Category.DETRACTOR))).extracting(ResponseRow::score)
                .containsExactly(6, 3, 0);
    }

    @Test
    void categoryFollowsCutOffsAnAdminHasMoved() {
        ScoringPolicy lenient = new ScoringPolicy(8, 5);

        List<ResponseRow> promoters = database.inTransaction(em -> new ResponseSearch(em, policy(em, lenient))
                .search(AccessScope.organisation(), categoryFilter(Category.PROMOTER), Paging.first(50))).items();
        List<ResponseRow> passives = database.inTransaction(em -> new ResponseSearch(em, policy(em, lenient))
                .search(AccessScope.organisation(), categoryFilter(Category.PASSIVE), Paging.first(50))).items();

        assertThat(promoters).extracting(ResponseRow::score).containsExactly(9, 8, 10);
        assertThat(promoters).extracting(ResponseRow::category).containsOnly(Category.PROMOTER);
        assertThat(passives).extracting(ResponseRow::score).containsExactly(6, 7);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrOverlaps() {
        List<ResponseRow> all = search(AccessScope.organisation(), ResponseFilter.everything(), Paging.first(50))
                .items();

        List<ResponseRow> paged = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            ResponsePage page = search(AccessScope.organisation(), ResponseFilter.everything(),
                    new Paging(3, offset));
            assertThat(page.total()).isEqualTo(7);
            paged.addAll(page.items());
        }

        assertThat(paged).isEqualTo(all);
        assertThat(search(AccessScope.organisation(), ResponseFilter.everything(), new Paging(3, 7)).items())
                .isEmpty();
    }

    @Test
    void rowCarriesTheAttributionAndTheReasonAsTyped() {
        ResponseRow first = search(AccessScope.organisation(), ResponseFilter.everything(), Paging.first(50))
                .items().getLast();

        assertThat(first.reason()).isEqualTo(MARKUP);
        assertThat(first.channel()).isEqualTo(Channel.EMAIL);
        assertThat(first.receivedAt()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
        assertThat(first.engineerId()).isEqualTo("north-E1");
        assertThat(first.teamCode()).isEqualTo("north-T1");
        assertThat(first.regionCode()).isEqualTo("north-R");
        assertThat(first.serviceType()).isEqualTo("north-repair");
        assertThat(first.customerTier()).isEqualTo(CustomerTier.KEY);
        assertThat(first.jobId()).startsWith("north-J");
    }

    @Test
    void findsOneResponseOnlyInsideTheScope() {
        AccessScope northOnly = AccessScope.region(north.region.getId());

        assertThat(find(northOnly, northDetractorId)).get()
                .satisfies(row -> assertThat(row.category()).isEqualTo(Category.DETRACTOR));
        assertThat(find(AccessScope.organisation(), southResponseId)).isPresent();
        assertThat(find(northOnly, southResponseId)).isEmpty();
    }

    @Test
    void describingAResponseInHandGivesTheRowASearchFinds() {
        ResponseRow described = database.inTransaction(em -> new ResponseSearch(em, new Settings(em))
                .describe(em.find(SurveyResponse.class, northDetractorId)));

        assertThat(described).isEqualTo(find(AccessScope.organisation(), northDetractorId).orElseThrow());
    }

    @Test
    void refusesARangeThatEndsBeforeItStartsAndPagesOutOfBounds() {
        assertThatThrownBy(() -> new ResponseFilter(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-01"),
                null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new Paging(0, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> new Paging(Paging.MAXIMUM_LIMIT + 1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> new Paging(10, -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("offset"));
    }

    @Test
    void filtersByChannelScoreTierAndServiceType() {
        assertThat(search(with(f -> f.channel = Channel.EMAIL))).extracting(ResponseRow::score)
                .containsExactly(6, 0, 10);
        assertThat(search(with(f -> f.score = 3))).extracting(ResponseRow::score).containsExactly(3);
        assertThat(search(with(f -> f.tier = CustomerTier.KEY))).hasSize(7);
        assertThat(search(with(f -> f.tier = CustomerTier.BASIC))).isEmpty();
        assertThat(search(with(f -> f.serviceType = "south-repair"))).extracting(ResponseRow::score)
                .containsExactly(7, 0);
    }

    @Test
    void textSearchIgnoresLetterCaseAndTakesWildcardsLiterally() {
        assertThat(search(with(f -> f.text = "CAME"))).extracting(ResponseRow::score).containsExactly(3, 0);
        assertThat(search(with(f -> f.text = "<b>and</b>"))).extracting(ResponseRow::score).containsExactly(10);
        assertThat(search(with(f -> f.text = "%"))).isEmpty();
        assertThat(search(with(f -> f.text = "c_me"))).isEmpty();
    }

    @Test
    void sortsByScoreAndEngineerWithNewestFirstWithinTies() {
        assertThat(sorted(new ResponseOrder(ResponseOrder.Key.SCORE, true))).containsExactly(0, 3, 6, 7, 8, 9, 10);
        assertThat(sorted(new ResponseOrder(ResponseOrder.Key.SCORE, false)))
                .containsExactly(10, 9, 8, 7, 6, 3, 0);
        assertThat(sorted(new ResponseOrder(ResponseOrder.Key.ENGINEER, true)))
                .containsExactly(6, 3, 8, 10, 9, 7, 0);
        assertThat(sorted(new ResponseOrder(ResponseOrder.Key.RECEIVED, true)))
                .containsExactly(10, 0, 7, 8, 9, 3, 6);
    }

    @Test
    void sortedPagesFollowEachOtherWithoutGapsOrOverlaps() {
        ResponseOrder byScore = new ResponseOrder(ResponseOrder.Key.SCORE, true);
        List<Integer> paged = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 2) {
            int from = offset;
            paged.addAll(inSearch(s -> s.page(AccessScope.organisation(), ResponseFilter.everything(), byScore,
                    new Paging(2, from))).stream().map(ResponseRow::score).toList());
        }

        assertThat(paged).containsExactly(0, 3, 6, 7, 8, 9, 10);
    }

    @Test
    void exportReadsEveryRowInScopeInBatchesWithoutRepeats() {
        List<ResponseRow> exported = new ArrayList<>();
        AccessScope northOnly = AccessScope.region(north.region.getId());

        database.execute(em -> new ResponseSearch(em, new Settings(em))
                .forEach(northOnly, ResponseFilter.everything(), 2, exported::add));

        assertThat(exported).extracting(ResponseRow::score).containsExactly(6, 3, 9, 8, 10);
    }

    @Test
    void refusesCodesOutsideTheScopeAsIfTheyDidNotExist() {
        AccessScope northOnly = AccessScope.region(north.region.getId());
        AccessScope firstTeam = AccessScope.team(north.firstTeam.getId());

        assertOutside(northOnly, with(f -> f.region = "south-R"), "region");
        assertOutside(northOnly, with(f -> f.team = "south-T1"), "team");
        assertOutside(northOnly, with(f -> f.engineer = "south-E1"), "engineer");
        assertOutside(northOnly, with(f -> f.region = "nowhere"), "region");
        assertOutside(firstTeam, with(f -> f.team = "north-T2"), "team");
        assertOutside(firstTeam, with(f -> f.engineer = "north-E2"), "engineer");
        inSearch(s -> {
            s.requireInsideScope(northOnly, with(f -> {
                f.region = "north-R";
                f.team = "north-T2";
                f.engineer = "north-E2";
            }));
            s.requireInsideScope(firstTeam, with(f -> f.region = "north-R"));
            s.requireInsideScope(AccessScope.organisation(), with(f -> f.team = "south-T1"));
            s.requireInsideScope(northOnly, with(f -> f.serviceType = "south-repair"));
            return null;
        });
        assertThatThrownBy(() -> inSearch(s -> {
            s.requireInsideScope(northOnly, with(f -> f.serviceType = "teleportation"));
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("serviceType"));
    }

    @Test
    void detailNamesCustomerJobAndAttributionOnlyInsideTheScope() {
        AccessScope northOnly = AccessScope.region(north.region.getId());

        ResponseDetail detail = inSearch(s -> s.detail(northOnly, northDetractorId)).orElseThrow();

        assertThat(detail.response().score()).isEqualTo(3);
        assertThat(detail.customerName()).isEqualTo("Babbage Engines");
        assertThat(detail.customerEmail()).isEqualTo("charles@example.org");
        assertThat(detail.teamName()).isEqualTo("Team one north");
        assertThat(detail.jobCompletedAt()).isEqualTo(Instant.parse("2026-11-30T21:30:00Z"));
        assertThat(detail.invitation()).isNull();
        Optional<ResponseDetail> outside = inSearch(s -> s.detail(northOnly, southResponseId));
        assertThat(outside).isEmpty();
    }

    private static void assertOutside(AccessScope scope, ResponseFilter filter, String field) {
        assertThatThrownBy(() -> inSearch(s -> {
            s.requireInsideScope(scope, filter);
            return null;
        })).isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static List<Integer> sorted(ResponseOrder order) {
        return inSearch(s -> s.search(AccessScope.organisation(), ResponseFilter.everything(), order,
                Paging.first(50))).items().stream().map(ResponseRow::score).toList();
    }

    /** A filter built by naming only the parts a test cares about. */
    private static ResponseFilter with(Consumer<FilterParts> parts) {
        FilterParts f = new FilterParts();
        parts.accept(f);
        return new ResponseFilter(null, null, null, f.engineer, f.team, f.region, null, f.serviceType, f.tier,
                f.channel, f.score, f.text);
    }

    private static final class FilterParts {
        String engineer;
        String team;
        String region;
        String serviceType;
        CustomerTier tier;
        Channel channel;
        Integer score;
        String text;
    }

    private static ResponseFilter filter(String jobId, String engineerId, String teamCode, String regionCode) {
        return new ResponseFilter(null, null, jobId, engineerId, teamCode, regionCode, null);
    }

    private static ResponseFilter categoryFilter(Category category) {
        return new ResponseFilter(null, null, null, null, null, null, category);
    }

    private static List<ResponseRow> search(ResponseFilter filter) {
        return search(AccessScope.organisation(), filter, Paging.first(50)).items();
    }

    private static ResponsePage search(AccessScope scope, ResponseFilter filter, Paging paging) {
        return inSearch(search -> search.search(scope, filter, paging));
    }

    private static Optional<ResponseRow> find(AccessScope scope, long id) {
        return inSearch(search -> search.find(scope, id));
    }

    private static <T> T inSearch(Function<ResponseSearch, T> work) {
        return database.inTransaction(em -> work.apply(new ResponseSearch(em, new Settings(em))));
    }

    /** Settings that report the given cut-offs, as if an admin had just saved them. */
    private static Settings policy(EntityManager em, ScoringPolicy policy) {
        return new Settings(em) {
            @Override
            public ScoringPolicy scoringPolicy() {
                return policy;
            }
        };
    }

    private static SurveyResponse answer(EntityManager em, TestOrganisation organisation, Engineer engineer,
            int score, String receivedAt, Channel channel, String reason) {
        Instant at = Instant.parse(receivedAt);
        Job job = organisation.persistJob(em, engineer, at.minus(2, ChronoUnit.HOURS));
        SurveyResponse response = new SurveyResponse(job, null, Score.of(score), reason, channel, at);
        em.persist(response);
        return response;
    }
}
