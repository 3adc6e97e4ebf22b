package org.fieldnps.persistence.capture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.fieldnps.domain.capture.InvitationDecision;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Jobs registered from history: stored like live ones, but nobody is asked about them. */
@Tag("database")
class HistoricalJobsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant LAST_YEAR = NOW.minus(Duration.ofDays(400));

    private static TestDatabase database;
    private static TestOrganisation organisation;

    private final RecordingEvent<ResponseRecorded> events = new RecordingEvent<>();

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "his"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void historicalJobIsStoredWithASuppressedInvitationThatSaysItWasImported() {
        JobReport report = job("H-1", customer("his-C-1", "a@example.org"));

        RegisteredJob registered = capture(c -> c.registerHistoricalJob(report));

        assertThat(registered.created()).isTrue();
        assertThat(registered.decision()).isEqualTo(InvitationDecision.IMPORTED);
        assertThat(registered.decision().explanation()).isEqualTo("Not invited: imported from history.");
        assertThat(registered.invitation().getState()).isEqualTo(InvitationState.SUPPRESSED);
        assertThat(registered.invitation().isOpen(NOW)).isFalse();
    }

    @Test
    void historicalJobReportedAgainChangesNothing() {
        RegisteredJob first = capture(c -> c.registerHistoricalJob(job("H-2", customer("his-C-2", null))));

        RegisteredJob again = capture(c -> c.registerHistoricalJob(job("H-2", customer("his-C-2", null))));

        assertThat(again.created()).isFalse();
        assertThat(again.invitation().getId()).isEqualTo(first.invitation().getId());
        assertThat(again.decision()).isEqualTo(InvitationDecision.IMPORTED);
    }

    @Test
    void importedHistoryDoesNotCountAsAskingTheCustomerRecently() {
        capture(c -> c.registerHistoricalJob(job("H-3a", customer("his-C-3", "c@example.org"))));

        RegisteredJob live = capture(c -> c.registerJob(new JobReport("H-3b", NOW.minus(Duration.ofHours(1)),
                organisation.engineer.getFsmId(), organisation.repair.getCode(), null,
                customer("his-C-3", "c@example.org"))));

        assertThat(live.decision()).isEqualTo(InvitationDecision.INVITE);
        assertThat(live.invitation().getState()).isEqualTo(InvitationState.PENDING);
    }

    @Test
    void customerKnownBeforeKeepsTheDetailsItHasWhileALiveJobUpdatesThem() {
        capture(c -> c.registerJob(new JobReport("H-4a", NOW.minus(Duration.ofHours(2)),
                organisation.engineer.getFsmId(), organisation.repair.getCode(), null,
                customer("his-C-4", "now@example.org"))));

        capture(c -> c.registerHistoricalJob(job("H-4b", customer("his-C-4", "old@example.org"))));

        assertThat(emailOf("his-C-4")).isEqualTo("now@example.org");
        capture(c -> c.registerJob(new JobReport("H-4c", NOW.minus(Duration.ofHours(1)),
                organisation.engineer.getFsmId(), organisation.repair.getCode(), null,
                customer("his-C-4", "newer@example.org"))));
        assertThat(emailOf("his-C-4")).isEqualTo("newer@example.org");
    }

    private <T> T capture(Function<FeedbackCapture, T> work) {
        return database.inTransaction(em -> work.apply(capture(em)));
    }

    private FeedbackCapture capture(EntityManager em) {
        return new FeedbackCapture(em, new Settings(em), events, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JobReport job(String jobId, CustomerReport customer) {
        return new JobReport(jobId, LAST_YEAR, organisation.engineer.getFsmId(), organisation.repair.getCode(), null,
                customer);
    }

    private static CustomerReport customer(String id, String email) {
        return new CustomerReport(id, "Customer " + id, email, null, "standard", "en");
    }

    private static String emailOf(String customerId) {
        return database.inTransaction(em -> em.createQuery("select c from Customer c where c.fsmId = :id",
                        Customer.class)
                .setParameter("id", customerId)
                .getSingleResult()
                .getEmail());
    }
}
