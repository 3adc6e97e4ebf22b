package org.fieldnps.persistence.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fieldnps.domain.BusinessRuleException;
import org.fieldnps.domain.ConflictException;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.UnknownReferenceException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.InvitationDecision;
import org.fieldnps.domain.scoring.InvalidScoreException;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Registering jobs and recording answers, against the real schema on both databases. */
@Tag("database")
class FeedbackCaptureTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant DONE = NOW.minus(Duration.ofHours(1));

    private static TestDatabase database;
    private static TestOrganisation organisation;
    private static int customers;

    private final RecordingEvent<ResponseRecorded> events = new RecordingEvent<>();

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "cap"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void newJobGetsAPendingInvitationWithAnUnguessableToken() {
        RegisteredJob registered = capture(c -> c.registerJob(job("J-1", newCustomer())));

        assertThat(registered.created()).isTrue();
        assertThat(registered.decision()).isEqualTo(InvitationDecision.INVITE);
        assertThat(registered.invitation().getState()).isEqualTo(InvitationState.PENDING);
        assertThat(registered.invitation().getToken()).hasSize(24).matches("[A-Za-z0-9_-]+");
        assertThat(registered.invitation().getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void sameJobReportedTwiceReturnsTheSameInvitationAndCreatesNothing() {
        CustomerReport customer = newCustomer();
        RegisteredJob first = capture(c -> c.registerJob(job("J-2", customer)));

        RegisteredJob again = capture(c -> c.registerJob(job("J-2", customer)));

        assertThat(again.created()).isFalse();
        assertThat(again.invitation().getId()).isEqualTo(first.invitation().getId());
        assertThat(again.invitation().getToken()).isEqualTo(first.invitation().getToken());
    }

    @Test
    void customerAskedRecentlyIsNotAskedAgain() {
        CustomerReport customer = newCustomer();
        capture(c -> c.registerJob(job("J-3a", customer)));

        RegisteredJob second = capture(c -> c.registerJob(job("J-3b", customer)));

        assertThat(second.decision()).isEqualTo(InvitationDecision.INVITED_RECENTLY);
        assertThat(second.invitation().getState()).isEqualTo(InvitationState.SUPPRESSED);
    }

    @Test
    void customerWhoUnsubscribedIsNeverAskedAgain() {
        CustomerReport customer = newCustomer();
        RegisteredJob first = capture(c -> c.registerJob(job("J-4a", customer)));
        database.execute(em -> capture(em).unsubscribe(first.invitation().getToken()));

        RegisteredJob later = database.inTransaction(em -> new FeedbackCapture(em, new Settings(em), events,
                Clock.fixed(NOW.plus(Duration.ofDays(90)), ZoneOffset.UTC)).registerJob(job("J-4b", customer)));

        assertThat(later.decision()).isEqualTo(InvitationDecision.OPTED_OUT);
    }

    @Test
    void unknownEngineerIsRefusedNamingTheFieldAndNothingIsSaved() {
        JobReport report = new JobReport("J-5", DONE, "nobody", "cap-repair", null, newCustomer());

        assertThatThrownBy(() -> capture(c -> c.registerJob(report)))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("nobody")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("engineerId");
        assertThat(count("select count(j) from Job j where j.fsmJobId = 'J-5'")).isZero();
    }

    @Test
    void badEmailIsRefusedNamingTheField() {
        CustomerReport customer = new CustomerReport("cap-C-bad", "Someone", "not-an-address", null, "key", "en");

        assertThatThrownBy(() -> capture(c -> c.registerJob(job("J-6", customer))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("customer.email");
        assertThat(count("select count(c) from Customer c where c.fsmId = 'cap-C-bad'")).isZero();
    }

    @Test
    void responseIsRecordedOnceAndRepeatsReturnTheFirst() {
        capture(c -> c.registerJob(job("J-7", newCustomer())));
        ResponseReport report = new ResponseReport(null, "J-7", 4, "Late again", "sms", NOW);

        RecordedResponse first = capture(c -> c.recordResponse(report, Optional.empty()));
        RecordedResponse again = capture(c -> c.recordResponse(report, Optional.empty()));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.response().getId()).isEqualTo(first.response().getId());
        assertThat(first.response().getChannel()).isEqualTo(Channel.SMS);
        assertThat(events.fired).hasSize(1);
        assertThat(count("select count(i) from Invitation i where i.job.fsmJobId = 'J-7'"
                + " and i.state = org.fieldnps.persistence.capture.InvitationState.ANSWERED")).isOne();
    }

    @Test
    void aDifferentSecondAnswerIsAConflict() {
        capture(c -> c.registerJob(job("J-8", newCustomer())));
        capture(c -> c.recordResponse(new ResponseReport(null, "J-8", 9, null, "email", NOW), Optional.empty()));

        assertThatThrownBy(() -> capture(c -> c.recordResponse(
                new ResponseReport(null, "J-8", 2, null, "email", NOW), Optional.empty())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void idempotencyKeyReusedForADifferentRequestIsAConflict() {
        capture(c -> c.registerJob(job("J-9a", newCustomer())));
        capture(c -> c.registerJob(job("J-9b", newCustomer())));
        capture(c -> c.recordResponse(new ResponseReport(null, "J-9a", 8, null, "phone", NOW), Optional.of("k-9")));

        RecordedResponse retry = capture(c -> c.recordResponse(
                new ResponseReport(null, "J-9a", 8, null, "phone", NOW), Optional.of("k-9")));

        assertThat(retry.replayed()).isTrue();
        assertThatThrownBy(() -> capture(c -> c.recordResponse(
                new ResponseReport(null, "J-9b", 8, null, "phone", NOW), Optional.of("k-9"))))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("Idempotency-Key");
    }

    @Test
    void outOfRangeScoresAndUnknownJobsAreRefused() {
        capture(c -> c.registerJob(job("J-10", newCustomer())));

        assertThatThrownBy(() -> capture(c -> c.recordResponse(
                new ResponseReport(null, "J-10", 11, null, "email", NOW), Optional.empty())))
                .isInstanceOf(InvalidScoreException.class);
        assertThatThrownBy(() -> capture(c -> c.recordResponse(
                new ResponseReport(null, "J-none", 5, null, "email", NOW), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> capture(c -> c.recordResponse(
                new ResponseReport(null, "J-10", 5, "x".repeat(2001), "email", NOW), Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("reason");
    }

    @Test
    void surveyAnswerCanBeChangedWithinTheWindowOnly() {
        String token = capture(c -> c.registerJob(job("J-11", newCustomer()))).invitation().getToken();
        capture(c -> c.answerSurvey(token, 6, "Slow"));

        SurveyResponse changed = capture(c -> c.answerSurvey(token, 8, "Slow, but fixed"));

        assertThat(changed.getScore().value()).isEqualTo(8);
        assertThat(changed.getChangedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> database.inTransaction(em -> new FeedbackCapture(em, new Settings(em), events,
                Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC)).answerSurvey(token, 2, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This answer can no longer be changed.");
    }

    @Test
    void expiredSurveyTakesNoAnswer() {
        String token = capture(c -> c.registerJob(job("J-12", newCustomer()))).invitation().getToken();

        assertThatThrownBy(() -> database.inTransaction(em -> new FeedbackCapture(em, new Settings(em), events,
                Clock.fixed(NOW.plus(Duration.ofDays(15)), ZoneOffset.UTC)).answerSurvey(token, 9, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This survey has closed.");
    }

    @Test
    void aBatchIsRecordedAllOrNoneNamingEachRefusedAnswerByItsPlace() {
        for (String jobId : List.of("J-13a", "J-13b", "J-13c")) {
            capture(c -> c.registerJob(job(jobId, newCustomer())));
        }
        ResponseReport first = new ResponseReport(null, "J-13a", 9, "Quick", "sms", NOW);
        ResponseReport second = new ResponseReport(null, "J-13b", 9, null, "sms", NOW);
        ResponseReport third = new ResponseReport(null, "J-13c", 3, "Rude", "phone", NOW);

        assertThatThrownBy(() -> capture(c -> c.recordResponses(List.of(first,
                new ResponseReport(null, "J-13b", 11, null, "sms", NOW),
                new ResponseReport(null, "J-none", 5, null, "sms", NOW)))))
                .isInstanceOfSatisfying(BatchRefusedException.class, refused -> {
                    assertThat(refused.refused()).extracting(BatchRefusedException.RefusedAnswer::index)
                            .containsExactly(1, 2);
                    assertThat(refused.refused().get(0).refusal()).isInstanceOf(InvalidScoreException.class);
                    assertThat(refused.refused().get(1).refusal()).isInstanceOf(NotFoundException.class);
                });
        assertThat(count("select count(r) from SurveyResponse r where r.job.fsmJobId like 'J-13%'")).isZero();

        List<RecordedResponse> recorded = capture(c -> c.recordResponses(List.of(first, second, third)));
        List<RecordedResponse> again = capture(c -> c.recordResponses(List.of(third, first)));

        assertThat(recorded).extracting(RecordedResponse::replayed).containsExactly(false, false, false);
        assertThat(again).extracting(RecordedResponse::replayed).containsExactly(true, true);
        assertThat(again.get(1).response().getId()).isEqualTo(recorded.get(0).response().getId());
        assertThat(count("select count(r) from SurveyResponse r where r.job.fsmJobId like 'J-13%'")).isEqualTo(3);
        assertThat(count("select count(i) from Invitation i where i.job.fsmJobId like 'J-13%'"
                + " and i.state = org.fieldnps.persistence.capture.InvitationState.ANSWERED")).isEqualTo(3);
        assertRollupsCountEveryResponse();
    }

    @Test
    void emptyAndOversizedBatchesAreRefused() {
        assertThatThrownBy(() -> capture(c -> c.recordResponses(List.of())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("items");
        List<ResponseReport> tooMany = new ArrayList<>();
        for (int i = 0; i <= FeedbackCapture.MAXIMUM_BATCH; i++) {
            tooMany.add(new ResponseReport(null, "J-none-" + i, 5, null, "sms", NOW));
        }
        assertThatThrownBy(() -> capture(c -> c.recordResponses(tooMany)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(Integer.toString(FeedbackCapture.MAXIMUM_BATCH));
    }

    /** Every rollup holds exactly the counts of the recorded responses, cell by cell. */
    private static void assertRollupsCountEveryResponse() {
        String raw = "select cast(received_at as date) d, region_id, team_id, engineer_id, service_type_id,"
                + " customer_tier, channel, score, count(*) n from survey_response group by cast(received_at as date),"
                + " region_id, team_id, engineer_id, service_type_id, customer_tier, channel, score";
        assertThat(sql("select count(*) from (" + raw + ") raw where not exists (select 1 from response_rollup r"
                + " where r.utc_day = raw.d and r.region_id = raw.region_id and r.team_id = raw.team_id"
                + " and r.engineer_id = raw.engineer_id and r.service_type_id = raw.service_type_id"
                + " and r.customer_tier = raw.customer_tier and r.channel = raw.channel and r.score = raw.score"
                + " and r.responses = raw.n)")).isZero();
        long responses = sql("select count(*) from survey_response");
        assertThat(sql("select coalesce(sum(responses), 0) from response_rollup")).isEqualTo(responses);
        assertThat(sql("select coalesce(sum(responses), 0) from team_day_rollup")).isEqualTo(responses);
        assertThat(sql("select coalesce(sum(responses), 0) from team_month_rollup")).isEqualTo(responses);
    }

    private static long sql(String query) {
        return database.inTransaction(em -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }

    private <T> T capture(Function<FeedbackCapture, T> work) {
        return database.inTransaction(em -> work.apply(capture(em)));
    }

    private FeedbackCapture capture(EntityManager em) {
        return new FeedbackCapture(em, new Settings(em), events, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JobReport job(String jobId, CustomerReport customer) {
        return new JobReport(jobId, DONE, organisation.engineer.getFsmId(), organisation.repair.getCode(), null,
                customer);
    }

    private static CustomerReport newCustomer() {
        customers++;
        return new CustomerReport("cap-C-" + customers, "Customer " + customers,
                "c" + customers + "@example.org", null, "standard", "en");
    }

    private static long count(String jpql) {
        return database.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
