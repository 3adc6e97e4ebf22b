package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;

/**
 * The customer's survey page, used as a customer would on a phone-sized window in headless
 * Chromium: answering, the score link from an email, changing an answer, no JavaScript, the
 * keyboard alone, German, bad and used links, markup in the reason, and unsubscribing.
 *
 * <p>Fresh survey links come from {@link SurveyLinksForTests}, a servlet added to the built WAR
 * for this class only: it registers a job through the same service the REST API will use, from
 * inside the server, where the database is. That keeps this test independent of the REST API
 * (built elsewhere) and costs no second server, which an in-server test class would.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyPageIT {

    private static final String UNKNOWN_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAA";
    private static final String MARKUP = "<script>alert('x')</script> & <b>bold</b>";

    @RegisterExtension
    static final Browser browser = Browser.headlessChromium();

    @ArquillianResource
    private URL baseUrl;

    private WebDriver driver;

    @Deployment(testable = false)
    static WebArchive builtWarWithTestLinks() throws IOException {
        WebArchive war = DeployedWar.asBuilt().addClass(SurveyLinksForTests.class);
        String webXml;
        try (InputStream original = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(original.readAllBytes(), StandardCharsets.UTF_8);
        }
        return war.setWebXML(new StringAsset(webXml.replace("</web-app>", """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>Test links</web-resource-name>
                            <url-pattern>/it/*</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-app>""")));
    }

    @BeforeAll
    static void holdThePhone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    @BeforeEach
    void useThePhone() {
        driver = browser.driver();
    }

    @Test
    void customerAnswersScoreThenReasonAndIsThanked() {
        String token = newLink("en");

        open("/s/" + token);
        browser.screenshot("survey-1-score-phone");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Brightwater Field Services", text(".company"));
        assertTrue(text(".question").startsWith("How likely are you to recommend Brightwater Field Services"));
        assertEquals("0 = not at all likely", driver.findElements(By.cssSelector("#scale-anchors span")).get(0)
                .getText());
        chooseScore(8);
        submit();

        assertEquals("We have your score of 8.", text(".status"));
        browser.screenshot("survey-2-reason-phone");
        assertEquals("Optional, up to 2,000 characters.", text("#reason-hint"));
        driver.findElement(By.id("reason")).sendKeys(MARKUP);
        submit();

        assertEquals("Thank you for your feedback", text("h1"));
        browser.screenshot("survey-3-thanks-phone");
        assertEquals("Your score: 8 out of 10", text(".given-score"));
        assertEquals(MARKUP, text("#given-reason"));
        assertTrue(driver.getPageSource().contains("&lt;script&gt;"), "the reason is escaped");
        assertFalse(driver.getPageSource().contains(MARKUP), "the reason is shown as markup");
    }

    @Test
    void scoreLinkFromTheEmailChoosesTheScoreButOnlyTheCustomersSubmitRecordsIt() throws Exception {
        String token = newLink("en");

        HttpResponse<String> scanned = get("/s/" + token + "?score=9");
        open("/s/" + token + "?score=9");

        assertEquals(200, scanned.statusCode());
        assertTrue(driver.findElement(By.id("score-9")).isSelected());
        assertTrue(get("/s/" + token).body().contains("class=\"question\""), "opening the link recorded a score");
        submit();
        assertEquals("We have your score of 9.", text(".status"));
    }

    @Test
    void customerChangesTheAnswerWithinTheChangeWindow() {
        String token = newLink("en");
        open("/s/" + token);
        chooseScore(4);
        submit();
        driver.findElement(By.id("reason")).sendKeys("Late");
        submit();

        Browser.clickAndAwaitNextPage(driver, By.id("change"));
        assertEquals("Change your answer", text("h1"));
        assertTrue(driver.findElement(By.id("score-4")).isSelected());
        browser.screenshot("survey-4-change-phone");
        chooseScore(9);
        WebElement reason = driver.findElement(By.id("reason"));
        assertEquals("Late", reason.getAttribute("value"));
        reason.clear();
        reason.sendKeys("Late, but the fix was perfect");
        submit();

        assertEquals("Your score: 9 out of 10", text(".given-score"));
        assertEquals("Late, but the fix was perfect", text("#given-reason"));
        assertTrue(text(".aside").startsWith("You can change your answer for "));
    }

    @Test
    void scoreFormSentAgainWithTheBackButtonKeepsTheReason() throws Exception {
        String token = newLink("en");
        post("/s/" + token, "score=6&reason=Friendly+but+slow");

        HttpResponse<String> again = post("/s/" + token, "score=7");

        assertEquals(302, again.statusCode());
        String thanks = get("/s/" + token + "?thanks").body();
        assertTrue(thanks.contains("Your score: 7 out of 10"), thanks);
        assertTrue(thanks.contains("Friendly but slow"), thanks);
    }

    @Test
    void surveyWorksWithJavaScriptSwitchedOff() {
        String token = newLink("en");
        HasCdp devTools = (HasCdp) driver;
        devTools.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
            assertEquals("off", driver.getTitle(), "JavaScript is still running");

            open("/s/" + token + "?score=3");
            submit();
            driver.findElement(By.id("reason")).sendKeys("Nobody called back");
            submit();

            assertEquals("Your score: 3 out of 10", text(".given-score"));
            assertEquals("Nobody called back", text("#given-reason"));
        } finally {
            devTools.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void surveyCanBeAnsweredWithTheKeyboardAlone() {
        String token = newLink("en");
        open("/s/" + token);

        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("score-0", driver.switchTo().activeElement().getAttribute("id"));
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        assertEquals("score-7", driver.switchTo().activeElement().getAttribute("id"));
        browser.screenshot("survey-5-keyboard-focus-phone");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("button", driver.switchTo().activeElement().getTagName());
        Browser.awaitNextPage(driver, () -> new Actions(driver).sendKeys(Keys.ENTER).perform());

        assertEquals("We have your score of 7.", text(".status"));
    }

    @Test
    void germanCustomerReadsTheSurveyInGerman() {
        String token = newLink("de");

        open("/s/" + token);
        browser.screenshot("survey-6-german-phone");

        assertEquals("de", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Wie wahrscheinlich ist es, dass Sie Brightwater Field Services einem Freund oder Kollegen"
                + " weiterempfehlen?", text(".question"));
        assertTrue(text(".visit").matches("Ihr Termin am \\d{1,2}\\. \\p{L}+ \\d{4}: Reparatur durch \\p{L}+"),
                text(".visit"));
        assertEquals("Bewertung senden", text("button.send"));
        assertEquals("10 = äußerst wahrscheinlich", driver.findElements(By.cssSelector("#scale-anchors span"))
                .get(1).getText());
    }

    @Test
    void unknownOrMalformedLinkGetsAFriendlyNotFoundThatRevealsNothing() throws Exception {
        for (String path : List.of("/s/" + UNKNOWN_TOKEN, "/s/%3Cscript%3E", "/s/" + UNKNOWN_TOKEN + "/unsubscribe",
                "/s/" + UNKNOWN_TOKEN + "/anything/else")) {
            HttpResponse<String> page = get(path);

            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("We can’t find this survey"), path);
            assertFalse(page.body().contains("Exception") || page.body().contains("<script>"), path);
            assertFalse(page.body().contains("class=\"visit\""), path);
        }
        open("/s/" + UNKNOWN_TOKEN);
        browser.screenshot("survey-7-not-found-phone");
    }

    @Test
    void linkAnsweredLongAgoSaysWeAlreadyHaveTheAnswerAndExpiredSaysClosed() throws Exception {
        String answered = testLink("kind=answered");
        String expired = testLink("kind=expired");

        open("/s/" + answered + "?score=2");
        browser.screenshot("survey-8-already-answered-phone");

        assertEquals("Thanks, we already have your answer", text("h1"));
        assertTrue(driver.findElements(By.tagName("form")).isEmpty(), "a used link offers a form");
        HttpResponse<String> late = post("/s/" + answered, "score=2");
        assertEquals(200, late.statusCode());
        assertTrue(late.body().contains("Thanks, we already have your answer"));
        open("/s/" + expired);
        assertEquals("This survey has closed", text("h1"));
    }

    @Test
    void unsubscribingIsAButtonThatIsRememberedForTheNextJob() throws Exception {
        String token = newLink("en");

        open("/s/" + token);
        Browser.clickAndAwaitNextPage(driver, By.linkText("Stop these surveys"));
        assertEquals("Stop surveys from Brightwater Field Services?", text("h1"));
        browser.screenshot("survey-9-unsubscribe-phone");
        submit();

        assertEquals("You will not be asked again", text("h1"));
        browser.screenshot("survey-10-unsubscribed-phone");
        open("/s/" + token + "/unsubscribe");
        assertNotNull(driver.findElement(By.id("opted-out")));
        assertEquals("OPTED_OUT", testLink("nextJobOf=" + token));
    }

    @Test
    void openingTheUnsubscribePageChangesNothingButAOneClickPostDoes() throws Exception {
        String token = newLink("en");

        get("/s/" + token + "/unsubscribe");
        assertEquals("INVITED_RECENTLY", testLink("nextJobOf=" + token));
        HttpResponse<String> oneClick = post("/s/" + token + "/unsubscribe", "List-Unsubscribe=One-Click");

        assertEquals(200, oneClick.statusCode());
        assertTrue(oneClick.body().contains("You will not be asked again"));
        assertEquals("OPTED_OUT", testLink("nextJobOf=" + token));
        assertNull(oneClick.headers().firstValue("Set-Cookie").orElse(null), "the page opened a session");
    }

    private String newLink(String language) {
        try {
            return testLink("language=" + language);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String testLink(String query) throws IOException, InterruptedException {
        HttpResponse<String> answer = post("/it/survey-links?" + query, "");
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private void open(String path) {
        driver.get(address(path).toString());
    }

    private void chooseScore(int score) {
        driver.findElement(By.cssSelector("label[for=score-" + score + "]")).click();
    }

    /** Sends the page's form and waits for the next page, so that nothing is read from the old one. */
    private void submit() {
        Browser.clickAndAwaitNextPage(driver, By.cssSelector("button[type=submit]"));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(address(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(address(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI address(String path) {
        return URI.create(baseUrl.toString()).resolve(path);
    }
}
