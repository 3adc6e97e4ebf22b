package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.InvitationState;
import org.fieldnps.persistence.capture.JobReport;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the built WAR on a Payara Micro whose outgoing mail goes to a GreenMail server this
 * test starts (see the payara-micro-mail container in arquillian.xml): a job registered on the
 * server gets its invitation mail from the server's own schedule, once, and the mail reads back
 * over IMAP as the customer's mail program would get it.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String BASE_URL = "https://nps.example.org";

    /** Started outside the server only: JUnit skips lifecycle methods like these inside it. */
    private static AutoCloseable mailServer;

    @Inject
    private FeedbackCapture capture;

    @Deployment
    @TargetsContainer("payara-micro-mail")
    static WebArchive builtWar() throws IOException {
        return DeployedWar.withTestRunnerOpen();
    }

    @BeforeAll
    static void startMailServer() {
        mailServer = TestMailServer.start();
    }

    @AfterAll
    static void stopMailServer() throws Exception {
        if (mailServer != null) {
            mailServer.close();
        }
    }

    @Test
    void registeredJobGetsItsInvitationMailFromTheServerOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "it-" + run + "@example.org";
        CustomerReport customer = new CustomerReport("IT-MAIL-C-" + run, "Mailtest GmbH", email, null,
                "standard", "de");
        JobReport job = new JobReport("IT-MAIL-" + run, Instant.now().minus(Duration.ofHours(1)), "E001",
                "repair", null, customer);

        String token = capture.registerJob(job).invitation().getToken();

        awaitSent(token);
        Thread.sleep(Duration.ofSeconds(3));
        try (Store store = imapStoreOf(email)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] mails = inbox.getMessages();

            assertEquals(1, mails.length, "mails to the customer after three more runs");
            assertTrue(mails[0].getSubject().startsWith("Brightwater Field Services: Wie war unser Besuch am"),
                    mails[0].getSubject());
            assertEquals("<" + BASE_URL + "/s/" + token + "/unsubscribe>", mails[0].getHeader("List-Unsubscribe")[0]);
            MimeMultipart alternatives = (MimeMultipart) mails[0].getContent();
            assertTrue(alternatives.getContentType().startsWith("multipart/alternative"));
            String html = (String) alternatives.getBodyPart(1).getContent();
            assertTrue(html.contains("href=\"" + BASE_URL + "/s/" + token + "?score=10\""), html);
            assertTrue(html.contains("Reparatur"), html);
            inbox.close(false);
        }
    }

    private void awaitSent(String token) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            InvitationState state = capture.findInvitationByToken(token).orElseThrow().getState();
            if (state == InvitationState.SENT) {
                return;
            }
            Thread.sleep(200);
        }
        fail("The invitation was not sent within " + PATIENCE);
    }

    private static Store imapStoreOf(String address) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", Integer.getInteger("nps.test.imapPort"), address, address);
        return store;
    }
}
