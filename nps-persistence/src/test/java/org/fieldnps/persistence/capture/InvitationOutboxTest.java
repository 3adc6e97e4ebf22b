package org.fieldnps.persistence.capture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.fieldnps.domain.capture.InvitationDecision;
import org.fieldnps.persistence.SettableClock;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Claiming invitations for their mail and the moves that follow, against the real schema on both
 * databases. Each test makes its own invitations and looks only at those: the database is shared
 * and a test that moves the clock on expires the others' too.
 */
@Tag("database")
class InvitationOutboxTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final int ANY = 10_000;

    private static TestDatabase database;
    private static TestOrganisation organisation;
    private static int jobs;

    private final SettableClock clock = new SettableClock(NOW);

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "out"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void newEmailInvitationIsClaimedOnceWithWhatItsMailSays() {
        Invitation invitation = register("de");

        OutgoingInvitation claimed = claimInvitation(invitation).orElseThrow();

        assertThat(claimed.reminder()).isFalse();
        assertThat(claimed.token()).isEqualTo(invitation.getToken());
        assertThat(claimed.email()).isEqualTo("out-" + jobs + "@example.org");
        assertThat(claimed.language()).isEqualTo("de");
        assertThat(claimed.companyName()).isEqualTo("Field Service");
        assertThat(claimed.engineerFirstName()).isEqualTo("Ada");
        assertThat(claimed.serviceTypeName()).isEqualTo("Repair");
        assertThat(claimed.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(claimed.toString()).doesNotContain("@");
        assertThat(claimInvitation(invitation)).isEmpty();
        assertThat(dueInvitations()).doesNotContain(invitation.getId());
    }

    @Test
    void claimOfASenderThatDiedLapses() {
        Invitation invitation = register("en");
        claimInvitation(invitation).orElseThrow();

        clock.advance(InvitationOutbox.CLAIM.plusSeconds(1));

        assertThat(dueInvitations()).contains(invitation.getId());
        assertThat(claimInvitation(invitation)).isPresent();
    }

    @Test
    void invitationReleasedAfterAFailedSendIsDueAgainAndCountsTheAttempt() {
        Invitation invitation = register("en");
        claimInvitation(invitation).orElseThrow();

        database.execute(em -> outbox(em).releaseAfterFailedSend(invitation.getId()));

        Invitation released = reload(invitation);
        assertThat(released.getState()).isEqualTo(InvitationState.PENDING);
        assertThat(released.getClaimedUntil()).isNull();
        assertThat(released.getSendAttempts()).isOne();
        assertThat(claimInvitation(invitation)).isPresent();
    }

    @Test
    void recipientTheServerRefusedWaitsLongerWithEveryRefusal() {
        Invitation invitation = register("en");

        claimInvitation(invitation).orElseThrow();
        database.execute(em -> outbox(em).holdBackAfterRefusal(invitation.getId()));

        assertThat(reload(invitation).getSendAttempts()).isOne();
        assertThat(reload(invitation).getClaimedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(dueInvitations()).doesNotContain(invitation.getId());
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(claimInvitation(invitation)).isPresent();
        assertThat(InvitationOutbox.backOffAfter(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(InvitationOutbox.backOffAfter(40)).isEqualTo(Duration.ofMinutes(512));
    }

    @Test
    void sentInvitationIsDueOneReminderOnlyAfterTheReminderDays() {
        Invitation invitation = send(register("en"));
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.SENT);
        assertThat(reload(invitation).getSentAt()).isEqualTo(NOW);
        assertThat(reload(invitation).getClaimedUntil()).isNull();

        clock.advance(Duration.ofDays(3).minusMinutes(1));
        assertThat(dueReminders()).doesNotContain(invitation.getId());
        assertThat(claimReminder(invitation)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(dueReminders()).contains(invitation.getId());
        OutgoingInvitation reminder = claimReminder(invitation).orElseThrow();
        database.execute(em -> outbox(em).markReminded(invitation.getId()));

        assertThat(reminder.reminder()).isTrue();
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.REMINDED);
        assertThat(reload(invitation).getRemindedAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(dueReminders()).doesNotContain(invitation.getId());
        assertThat(claimReminder(invitation)).isEmpty();
    }

    @Test
    void customerWithoutEmailIsNotMailed() {
        CustomerReport customer = new CustomerReport("out-C-sms", "Texting Ltd", null, "+44 7700 900123",
                "standard", "en");
        Invitation invitation = capture(c -> c.registerJob(job(customer))).invitation();

        assertThat(invitation.getChannel().name()).isEqualTo("SMS");
        assertThat(dueInvitations()).doesNotContain(invitation.getId());
        assertThat(claimInvitation(invitation)).isEmpty();
    }

    @Test
    void invitationOfACustomerWhoOptedOutSinceIsSuppressedAndNeverClaimed() {
        Invitation invitation = register("en");
        database.execute(em -> capture(em).unsubscribe(invitation.getToken()));

        assertThat(dueInvitations()).doesNotContain(invitation.getId());
        assertThat(claimInvitation(invitation)).isEmpty();

        outbox(InvitationOutbox::suppressOptedOut);

        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.SUPPRESSED);
        assertThat(reload(invitation).getSuppressedBecause()).isEqualTo(InvitationDecision.OPTED_OUT);
    }

    @Test
    void customerWhoOptedOutAfterTheMailGetsNoReminder() {
        Invitation invitation = send(register("en"));
        database.execute(em -> capture(em).unsubscribe(invitation.getToken()));

        clock.advance(Duration.ofDays(4));
        outbox(InvitationOutbox::suppressOptedOut);

        assertThat(dueReminders()).doesNotContain(invitation.getId());
        assertThat(claimReminder(invitation)).isEmpty();
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.SENT);
    }

    @Test
    void unansweredInvitationsExpireAndAnsweredOnesStayAnswered() {
        Invitation neverSent = register("en");
        Invitation sent = send(register("en"));
        Invitation answered = send(register("en"));
        capture(c -> c.answerSurvey(answered.getToken(), 9, null));

        clock.advance(Duration.ofDays(14).minusSeconds(1));
        outbox(InvitationOutbox::expireOverdue);
        assertThat(reload(sent).getState()).isEqualTo(InvitationState.SENT);

        clock.advance(Duration.ofSeconds(1));
        int expired = outbox(InvitationOutbox::expireOverdue);

        assertThat(expired).isGreaterThanOrEqualTo(2);
        assertThat(reload(neverSent).getState()).isEqualTo(InvitationState.EXPIRED);
        assertThat(reload(sent).getState()).isEqualTo(InvitationState.EXPIRED);
        assertThat(reload(answered).getState()).isEqualTo(InvitationState.ANSWERED);
        assertThat(claimInvitation(neverSent)).isEmpty();
    }

    @Test
    void invitationAnsweredWhileItsMailWasGoingOutStaysAnswered() {
        Invitation invitation = register("en");
        claimInvitation(invitation).orElseThrow();
        capture(c -> c.recordResponse(new ResponseReport(invitation.getToken(), null, 7, null, "phone", NOW),
                Optional.empty()));

        database.execute(em -> outbox(em).markSent(invitation.getId()));

        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.ANSWERED);
    }

    @Test
    void twoSendersClaimingTheSameInvitationsAtOnceGetEachOneOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(register("en").getId());
        }
        var claimsById = new ConcurrentHashMap<Long, AtomicInteger>();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> sender = () -> {
            List<Long> order = new ArrayList<>(ids);
            Collections.shuffle(order);
            start.await();
            int claimed = 0;
            for (long id : order) {
                if (outbox(o -> o.claimInvitation(id)).isPresent()) {
                    claimsById.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    claimed++;
                }
            }
            return claimed;
        };

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = threads.submit(sender);
            Future<Integer> second = threads.submit(sender);
            start.countDown();

            assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(ids.size());
            assertThat(claimsById.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(claimsById.values()).allSatisfy(claims -> assertThat(claims.get()).isOne());
        } finally {
            threads.shutdownNow();
        }
    }

    private Invitation register(String language) {
        jobs++;
        CustomerReport customer = new CustomerReport("out-C-" + jobs, "Customer " + jobs,
                "out-" + jobs + "@example.org", null, "standard", language);
        return capture(c -> c.registerJob(job(customer))).invitation();
    }

    private Invitation send(Invitation invitation) {
        claimInvitation(invitation).orElseThrow();
        database.execute(em -> outbox(em).markSent(invitation.getId()));
        return invitation;
    }

    private List<Long> dueInvitations() {
        return outbox(o -> o.findDueInvitations(ANY));
    }

    private List<Long> dueReminders() {
        return outbox(o -> o.findDueReminders(ANY));
    }

    private Optional<OutgoingInvitation> claimInvitation(Invitation invitation) {
        return outbox(o -> o.claimInvitation(invitation.getId()));
    }

    private Optional<OutgoingInvitation> claimReminder(Invitation invitation) {
        return outbox(o -> o.claimReminder(invitation.getId()));
    }

    private static Invitation reload(Invitation invitation) {
        return database.inTransaction(em -> em.find(Invitation.class, invitation.getId()));
    }

    private <T> T outbox(Function<InvitationOutbox, T> work) {
        return database.inTransaction(em -> work.apply(outbox(em)));
    }

    private InvitationOutbox outbox(EntityManager em) {
        return new InvitationOutbox(em, new Settings(em), clock);
    }

    private <T> T capture(Function<FeedbackCapture, T> work) {
        return database.inTransaction(em -> work.apply(capture(em)));
    }

    private FeedbackCapture capture(EntityManager em) {
        return new FeedbackCapture(em, new Settings(em), new RecordingEvent<>(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JobReport job(CustomerReport customer) {
        return new JobReport("out-J-" + customer.id(), NOW.minus(Duration.ofHours(1)),
                organisation.engineer.getFsmId(), organisation.repair.getCode(), null, customer);
    }
}
