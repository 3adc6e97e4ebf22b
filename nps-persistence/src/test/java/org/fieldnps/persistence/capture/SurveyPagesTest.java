package org.fieldnps.persistence.capture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the customer's survey page may show for a link, in each state a link can be in, on both databases. */
@Tag("database")
class SurveyPagesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant DONE = NOW.minus(Duration.ofHours(2));

    private static TestDatabase database;
    private static TestOrganisation organisation;
    private static int jobs;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "page"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void openLinkShowsCompanyVisitAndTheEngineersFirstNameOnly() {
        String token = invite(newCustomer("de"));

        SurveyView page = showAt(token, NOW);

        assertThat(page.state()).isEqualTo(SurveyState.OPEN);
        assertThat(page.companyName()).isEqualTo("Field Service");
        assertThat(page.engineerFirstName()).isEqualTo("Ada");
        assertThat(page.serviceTypeCode()).isEqualTo("page-repair");
        assertThat(page.serviceTypeName()).isEqualTo("Repair");
        assertThat(page.visitedAt()).isEqualTo(DONE);
        assertThat(page.language()).isEqualTo("de");
        assertThat(page.score()).isNull();
        assertThat(page.changeableUntil()).isNull();
        assertThat(page.optedOut()).isFalse();
    }

    @Test
    void answerWithinTheChangeWindowIsShownAndChangeable() {
        String token = invite(newCustomer("en"));
        answerAt(token, NOW, 6, "Slow <b>but</b> friendly");

        SurveyView page = showAt(token, NOW.plus(Duration.ofMinutes(29)));

        assertThat(page.state()).isEqualTo(SurveyState.ANSWERED_CHANGEABLE);
        assertThat(page.score()).isEqualTo(6);
        assertThat(page.reason()).isEqualTo("Slow <b>but</b> friendly");
        assertThat(page.changeableUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void answerPastTheChangeWindowIsFinal() {
        String token = invite(newCustomer("en"));
        answerAt(token, NOW, 9, null);

        SurveyView page = showAt(token, NOW.plus(Duration.ofMinutes(30)));

        assertThat(page.state()).isEqualTo(SurveyState.ANSWERED_FINAL);
        assertThat(page.score()).isEqualTo(9);
        assertThat(page.changeableUntil()).isNull();
    }

    @Test
    void unansweredLinkPastItsExpiryIsClosed() {
        String token = invite(newCustomer("en"));

        SurveyView page = showAt(token, NOW.plus(Duration.ofDays(14)));

        assertThat(page.state()).isEqualTo(SurveyState.CLOSED);
        assertThat(page.state().takesAnswers()).isFalse();
    }

    @Test
    void invitationNeverSentBecauseTheCustomerWasAskedRecentlyIsClosed() {
        CustomerReport customer = newCustomer("en");
        invite(customer);
        String suppressed = invite(customer);

        SurveyView page = showAt(suppressed, NOW);

        assertThat(page.state()).isEqualTo(SurveyState.CLOSED);
    }

    @Test
    void unknownOrMalformedLinkShowsTheCompanyAndNothingElse() {
        for (String token : new String[] {null, "", "not a token", "../../etc/passwd", SurveyTokens.next()}) {
            SurveyView page = showAt(token, NOW);

            assertThat(page).isEqualTo(SurveyView.unknown("Field Service"));
            assertThat(page.isKnown()).isFalse();
        }
    }

    @Test
    void customerWhoUnsubscribedIsShownAsOptedOut() {
        String token = invite(newCustomer("en"));
        database.execute(em -> capture(em, NOW).unsubscribe(token));

        SurveyView page = showAt(token, NOW);

        assertThat(page.optedOut()).isTrue();
        assertThat(page.state()).isEqualTo(SurveyState.OPEN);
    }

    private static String invite(CustomerReport customer) {
        jobs++;
        JobReport job = new JobReport("page-J-" + jobs, DONE, organisation.engineer.getFsmId(),
                organisation.repair.getCode(), null, customer);
        return database.inTransaction(em -> capture(em, NOW).registerJob(job)).invitation().getToken();
    }

    private static void answerAt(String token, Instant at, int score, String reason) {
        database.execute(em -> capture(em, at).answerSurvey(token, score, reason));
    }

    private static SurveyView showAt(String token, Instant at) {
        return database.inTransaction(em -> new SurveyPages(em, new Settings(em), Clock.fixed(at, ZoneOffset.UTC))
                .show(token));
    }

    private static FeedbackCapture capture(EntityManager em, Instant at) {
        return new FeedbackCapture(em, new Settings(em), new RecordingEvent<>(), Clock.fixed(at, ZoneOffset.UTC));
    }

    private static CustomerReport newCustomer(String language) {
        jobs++;
        return new CustomerReport("page-C-" + jobs, "Customer " + jobs, "c" + jobs + "@example.org", null,
                "standard", language);
    }
}
