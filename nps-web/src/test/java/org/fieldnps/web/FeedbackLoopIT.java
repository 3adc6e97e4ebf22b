package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole loop as the people in it live it: the field-service system reports a finished job
 * over the API, the customer gets the invitation mail, clicks a score in it, confirms and gives
 * a reason, and the team manager, who has the dashboard open all along, sees the answer arrive
 * without reloading. Mail goes through the GreenMail server this test starts.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackLoopIT {

    private static final String API_KEY = "nps_test_bootstrap_key_for_the_capture_api_it";
    private static final String PUBLIC_BASE_URL = "https://nps.example.org";
    private static final String LIVERPOOL_ENGINEER = "E011";
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(60);
    private static final Logger LOGGER = Logger.getLogger(FeedbackLoopIT.class.getName());
    private static final Duration PUSH_PATIENCE = Duration.ofSeconds(10);
    private static final Pattern SCORE_LINK = Pattern.compile("href=\"([^\"]+\\?score=2)\"");

    @RegisterExtension
    static final Browser manager = Browser.headlessChromium();

    @RegisterExtension
    static final Browser customer = Browser.headlessChromium();

    private static AutoCloseable mailServer;

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-mail")
    static WebArchive builtWar() throws IOException {
        return DeployedWar.asBuilt();
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
    void customerAnswersFromTheMailAndTheOpenDashboardShowsItWithoutAReload() throws Exception {
        WebDriver dashboard = manager.driver();
        Browser.logIn(dashboard, baseUrl, "team.manager");
        new WebDriverWait(dashboard, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("responses")));
        long responsesBefore = figure(dashboard, "responses");
        long detractorsBefore = figure(dashboard, "detractors");

        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "loop-" + run + "@example.org";
        registerJob("LOOP-" + run, email);
        String html = awaitInvitationMail(email);
        String scoreLink = scoreLinkIn(html).replace(PUBLIC_BASE_URL, baseUrl.toString().replaceAll("/$", ""));

        WebDriver phone = customer.driver();
        phone.get(scoreLink);
        assertTrue(phone.findElement(By.id("score-2")).isSelected(), "the clicked score is not chosen");
        assertEquals(responsesBefore, figure(dashboard, "responses"), "opening the mail's link recorded a score");
        submit(phone);
        long answered = System.nanoTime();

        new WebDriverWait(dashboard, PUSH_PATIENCE, Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ignored -> figure(dashboard, "responses") == responsesBefore + 1
                        && figure(dashboard, "detractors") == detractorsBefore + 1);
        long pushMillis = (System.nanoTime() - answered) / 1_000_000;
        LOGGER.info(() -> "The answer reached the open dashboard " + pushMillis
                + " ms after the customer's submit returned");
        manager.screenshot("feedback-loop-dashboard-after-answer");

        phone.findElement(By.id("reason")).sendKeys("Arrived late and left a mess behind.");
        submit(phone);
        assertEquals("Thank you for your feedback", phone.findElement(By.tagName("h1")).getText());
    }

    private void registerJob(String jobId, String email) throws IOException, InterruptedException {
        String body = """
                {"jobId": "%s", "completedAt": "%s", "engineerId": "%s", "serviceType": "repair",
                 "customer": {"id": "C-%s", "name": "Loop Test Ltd", "email": "%s", "tier": "standard",
                              "language": "en"}}
                """.formatted(jobId, Instant.now().minus(Duration.ofMinutes(20)), LIVERPOOL_ENGINEER, jobId, email);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create(baseUrl.toString()).resolve("/api/v1/jobs"))
                        .header("Authorization", "Bearer " + API_KEY)
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(body))
                        .build(),
                BodyHandlers.ofString());

        assertEquals(201, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"invited\":true"), answer.body());
    }

    /** Waits for the mail; GreenMail refuses the login until the first mail to the address. */
    private static String awaitInvitationMail(String address) throws Exception {
        Instant giveUp = Instant.now().plus(MAIL_PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            try (Store store = imapStoreOf(address)) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Message[] mails = inbox.getMessages();
                if (mails.length > 0) {
                    MimeMultipart alternatives = (MimeMultipart) mails[0].getContent();
                    return (String) alternatives.getBodyPart(1).getContent();
                }
            } catch (AuthenticationFailedException noMailboxYet) {
                Thread.sleep(500);
            }
        }
        return fail("No invitation mail reached " + address + " within " + MAIL_PATIENCE);
    }

    private static String scoreLinkIn(String html) {
        Matcher link = SCORE_LINK.matcher(html);
        assertTrue(link.find(), "no link for the score 2 in the mail: " + html);
        return link.group(1).replace("&amp;", "&");
    }

    private static long figure(WebDriver dashboard, String id) {
        return Long.parseLong(dashboard.findElement(By.id(id)).getText().replaceAll("\\D", ""));
    }

    private static void submit(WebDriver phone) {
        Browser.clickAndAwaitNextPage(phone, By.cssSelector("button[type=submit]"));
    }

    private static Store imapStoreOf(String address) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", Integer.getInteger("nps.test.imapPort"), address, address);
        return store;
    }
}
