package org.fieldnps.reporting.delivery.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.fieldnps.persistence.SettableClock;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.InvitationState;
import org.fieldnps.persistence.capture.JobReport;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.settings.Settings;
import org.fieldnps.reporting.DroppedEvents;
import org.fieldnps.reporting.delivery.MailSettings;
import org.fieldnps.reporting.delivery.Mailer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The invitation sender end to end, outside the server: jobs registered as the API registers them,
 * runs as the schedule makes them, a database of each kind, and GreenMail as the SMTP server.
 * Every test starts without jobs, so that a run mails only what the test made.
 */
@Tag("database")
class InvitationDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String BASE = "https://nps.example.org";
    private static final Pattern SCORE_LINK =
            Pattern.compile("href=\"(" + Pattern.quote(BASE) + "/s/[^\"]*score=[^\"]*)\"");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static TestDatabase database;
    private static TestOrganisation organisation;

    private final SettableClock clock = new SettableClock(NOW);
    private int customers;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "mail"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void forgetEarlierJobs() {
        database.execute(em -> {
            for (String entity : List.of("IdempotencyKey", "SurveyResponse", "Invitation", "Job", "Site", "Customer")) {
                em.createQuery("delete from " + entity).executeUpdate();
            }
        });
    }

    @Test
    void invitationMailArrivesOnceWithBothPartsAndElevenScoreLinks() throws Exception {
        Invitation invitation = register("ada@example.org", "en");

        DeliveryRun first = sender().deliverDue();
        DeliveryRun second = sender().deliverDue();

        assertThat(first.sent()).isOne();
        assertThat(second.sent()).isZero();
        MimeMessage mail = onlyMailTo("ada@example.org");
        assertThat(mail.getSubject()).isEqualTo("Field Service: how was our visit on 3 December 2026?");
        assertThat(mail.getHeader("List-Unsubscribe"))
                .containsExactly("<" + BASE + "/s/" + invitation.getToken() + "/unsubscribe>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(text(mail)).contains("Engineer: Ada", BASE + "/s/" + invitation.getToken());
        assertThat(SCORE_LINK.matcher(html(mail)).results().map(link -> link.group(1)).toList())
                .hasSize(11)
                .allSatisfy(link -> assertThat(link).startsWith(BASE + "/s/" + invitation.getToken() + "?score="))
                .last().isEqualTo(BASE + "/s/" + invitation.getToken() + "?score=10");
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.SENT);
        assertThat(reload(invitation).getSentAt()).isEqualTo(NOW);
    }

    @Test
    void germanCustomerGetsTheMailInGerman() throws Exception {
        register("grete@example.org", "de");

        sender().deliverDue();

        MimeMessage mail = onlyMailTo("grete@example.org");
        assertThat(mail.getSubject()).isEqualTo("Field Service: Wie war unser Besuch am 3. Dezember 2026?");
        assertThat(text(mail)).contains("Guten Tag,", "Wie wahrscheinlich ist es, dass Sie Field Service");
        assertThat(html(mail)).contains("<html lang=\"de\">", "Keine Umfragen mehr erhalten");
    }

    @Test
    void oneReminderGoesOutAfterTheReminderDaysWithoutAnAnswer() throws Exception {
        Invitation invitation = register("ada@example.org", "en");
        sender().deliverDue();

        clock.advance(Duration.ofDays(3).minusMinutes(1));
        DeliveryRun early = sender().deliverDue();
        clock.advance(Duration.ofMinutes(1));
        DeliveryRun due = sender().deliverDue();
        clock.advance(Duration.ofDays(1));
        DeliveryRun later = sender().deliverDue();

        assertThat(early.reminded()).isZero();
        assertThat(due.reminded()).isOne();
        assertThat(later.reminded()).isZero();
        List<MimeMessage> mails = mailsTo("ada@example.org");
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject())
                .isEqualTo("Reminder from Field Service: how was our visit on 3 December 2026?");
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.REMINDED);
    }

    @Test
    void answeredInvitationGetsNoReminder() {
        Invitation invitation = register("ada@example.org", "en");
        sender().deliverDue();
        capture(c -> c.answerSurvey(invitation.getToken(), 9, "Quick and tidy"));

        clock.advance(Duration.ofDays(4));
        DeliveryRun run = sender().deliverDue();

        assertThat(run.reminded()).isZero();
        assertThat(mailsTo("ada@example.org")).hasSize(1);
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.ANSWERED);
    }

    @Test
    void unansweredInvitationExpiresAndIsMailedNoMore() {
        Invitation invitation = register("ada@example.org", "en");
        sender().deliverDue();

        clock.advance(Duration.ofDays(14));
        DeliveryRun run = sender().deliverDue();

        assertThat(run.expired()).isOne();
        assertThat(run.reminded()).isZero();
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.EXPIRED);
        assertThat(mailsTo("ada@example.org")).hasSize(1);
    }

    @Test
    void customerWhoOptedOutBeforeTheMailWentOutGetsNothing() {
        Invitation invitation = register("ada@example.org", "en");
        database.execute(em -> capture(em).unsubscribe(invitation.getToken()));

        DeliveryRun run = sender().deliverDue();
        clock.advance(Duration.ofDays(4));
        sender().deliverDue();

        assertThat(run.suppressed()).isOne();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.SUPPRESSED);
    }

    @Test
    void customerWhoOptedOutAfterTheMailGetsNoReminder() {
        Invitation invitation = register("ada@example.org", "en");
        sender().deliverDue();
        database.execute(em -> capture(em).unsubscribe(invitation.getToken()));

        clock.advance(Duration.ofDays(4));
        DeliveryRun run = sender().deliverDue();

        assertThat(run.reminded()).isZero();
        assertThat(mailsTo("ada@example.org")).hasSize(1);
    }

    @Test
    void unreachableServerLeavesTheInvitationPendingAndALaterRunSendsItOnce() throws IOException {
        Invitation invitation = register("ada@example.org", "en");

        DeliveryRun failed = sender(unreachable()).deliverDue();

        assertThat(failed.failed()).isOne();
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.PENDING);
        assertThat(reload(invitation).getClaimedUntil()).isNull();
        assertThat(reload(invitation).getSendAttempts()).isOne();

        clock.advance(Duration.ofSeconds(15));
        DeliveryRun retried = sender().deliverDue();
        sender().deliverDue();

        assertThat(retried.sent()).isOne();
        assertThat(mailsTo("ada@example.org")).hasSize(1);
        assertThat(reload(invitation).getState()).isEqualTo(InvitationState.SENT);
    }

    @Test
    void twoSendersRunningAtOnceSendEachMailOnce() throws Exception {
        List<Invitation> invitations = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            invitations.add(register("customer" + i + "@example.org", "en"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<DeliveryRun>> runs = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                InvitationDelivery sender = sender();
                runs.add(instances.submit(() -> {
                    start.await();
                    return sender.deliverDue();
                }));
            }
            start.countDown();

            int sent = 0;
            for (Future<DeliveryRun> run : runs) {
                sent += run.get(2, TimeUnit.MINUTES).sent();
            }
            assertThat(sent).isEqualTo(invitations.size());
        } finally {
            instances.shutdownNow();
        }

        assertThat(SMTP.getReceivedMessages()).hasSize(invitations.size());
        for (int i = 1; i <= invitations.size(); i++) {
            assertThat(mailsTo("customer" + i + "@example.org")).hasSize(1);
        }
        assertThat(invitations).allSatisfy(
                invitation -> assertThat(reload(invitation).getState()).isEqualTo(InvitationState.SENT));
    }

    @Test
    void withoutAMailServerNothingIsSentAndTheLogSaysSoOnce() {
        Invitation first = register("ada@example.org", "en");
        register("grete@example.org", "de");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = recordingInto(records);
        Logger logger = Logger.getLogger(InvitationDelivery.class.getName());
        logger.addHandler(handler);
        try {
            InvitationDelivery sender = sender(new Mailer(MailSettings.notConfigured()));
            sender.deliverDue();
            sender.deliverDue();
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(records).filteredOn(r -> r.getMessage().contains("not configured")).hasSize(1);
        assertThat(reload(first).getState()).isEqualTo(InvitationState.PENDING);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private InvitationDelivery sender() {
        return sender(new Mailer(new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), null, null,
                "survey@nps.example.org", false)));
    }

    private InvitationDelivery sender(Mailer mailer) {
        return new InvitationDelivery(new TransactionalOutbox(database, clock), mailer,
                new InvitationMails(BASE, ZoneOffset.UTC));
    }

    private static Mailer unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return new Mailer(new MailSettings("127.0.0.1", closedPort, null, null, "survey@nps.example.org", false));
    }

    private Invitation register(String email, String language) {
        customers++;
        CustomerReport customer = new CustomerReport("mail-C-" + customers, "Customer " + customers, email, null,
                "standard", language);
        JobReport job = new JobReport("mail-J-" + customers, NOW.minus(Duration.ofHours(2)),
                organisation.engineer.getFsmId(), organisation.repair.getCode(), null, customer);
        return capture(c -> c.registerJob(job)).invitation();
    }

    private <T> T capture(Function<FeedbackCapture, T> work) {
        return database.inTransaction(em -> work.apply(capture(em)));
    }

    private static FeedbackCapture capture(EntityManager em) {
        return new FeedbackCapture(em, new Settings(em), new DroppedEvents<>(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Invitation reload(Invitation invitation) {
        return database.inTransaction(em -> em.find(Invitation.class, invitation.getId()));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
    }

    private static MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws MessagingException, IOException {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage mail) throws MessagingException, IOException {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
    }

    private static Handler recordingInto(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                records.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
