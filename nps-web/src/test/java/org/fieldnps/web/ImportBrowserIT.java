package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Imports through the portal, as an admin of the demo organisation does it in a browser: a jobs
 * file, a responses file refused for one bad row, the same file fixed, and the same file again.
 * Managers are kept out of the page.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBrowserIT {

    /** Job ids of this run, so that a data directory kept from an earlier run does not know them. */
    private static final String RUN = "IT" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

    private static final Instant COMPLETED = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(20));
    private static final Instant ANSWERED = COMPLETED.plus(Duration.ofDays(1));

    @RegisterExtension
    static final Browser browser = Browser.headlessChromium();

    @TempDir
    static Path files;

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return DeployedWar.asBuilt();
    }

    @Test
    void adminImportsJobsAndAnswersAndAFileWithABadRowImportsNothingUntilFixed() throws IOException {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "admin");
        Browser.clickAndAwaitNextPage(driver, By.id("nav-import"));
        assertEquals("Import history", driver.findElement(By.tagName("h1")).getText());
        Browser.clickAndAwaitNextPage(driver, By.id("import:upload"));
        assertEquals("Choose a CSV file to upload.", driver.findElement(By.id("import:messages")).getText());
        browser.screenshot("import-page");

        upload(driver, "Completed jobs", file("jobs.csv",
                "jobId,completedAt,engineerId,serviceType,siteId,customerId,customerName,customerEmail,"
                        + "customerPhone,customerTier,customerLanguage",
                job(1, "E001", "repair", "\"Babbage & Sons, Engines\""),
                job(2, "E002", "installation", "<b>Bold</b> Ltd"),
                job(3, "E003", "maintenance", "Lovelace Analytics")));
        assertSummary(driver, 3, 3, 0);
        browser.screenshot("import-jobs");

        String header = "jobId,score,reason,channel,receivedAt";
        upload(driver, "Historical responses", file("responses-bad.csv", header,
                answer(1, "9", "\"Quick, tidy and friendly\""),
                answer(2, "<b>11</b>", "<script>alert('x')</script>"),
                answer(3, "4", "\"Came late,\nleft a mess\"")));
        browser.screenshot("import-refused");
        assertTrue(driver.findElements(By.id("summary")).isEmpty(), "a refused file shows no summary");
        assertEquals("Nothing was imported: the file has 1 problem. Fix them and upload it again.",
                driver.findElement(By.id("refusal-message")).getText());
        List<WebElement> cells = driver.findElements(By.cssSelector("#problems-form\\:problems tbody tr td"));
        assertEquals("3", cellText(cells.get(0)));
        assertEquals("score", cellText(cells.get(1)));
        assertEquals("A score is a whole number from 0 to 10; \"<b>11</b>\" is not.", cellText(cells.get(2)));

        Path fixed = file("responses.csv", header,
                answer(1, "9", "\"Quick, tidy and friendly\""),
                answer(2, "10", "<script>alert('x')</script>"),
                answer(3, "4", "\"Came late,\nleft a mess\""));
        upload(driver, "Historical responses", fixed);
        assertSummary(driver, 3, 3, 0);
        assertTrue(driver.findElements(By.id("refusal")).isEmpty());
        browser.screenshot("import-responses");

        upload(driver, "Historical responses", fixed);
        assertSummary(driver, 3, 0, 3);
        assertTrue(driver.findElement(By.id("nothing-new")).isDisplayed());
        browser.screenshot("import-responses-again");
    }

    @Test
    void managerWhoOpensTheImportPageGetsTheForbiddenPage() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");
        assertTrue(driver.findElements(By.id("nav-import")).isEmpty(), "a manager is shown the Import link");

        driver.get(URI.create(baseUrl.toString()).resolve("/admin/import.xhtml").toString());
        browser.screenshot("import-forbidden-to-manager");

        assertEquals("Not yours to see", driver.findElement(By.tagName("h1")).getText());
        assertFalse(driver.getPageSource().contains("Check and import"));
    }

    private void upload(WebDriver driver, String kind, Path file) {
        driver.findElement(By.xpath("//label[normalize-space()='" + kind + "']")).click();
        driver.findElement(By.cssSelector("#import input[type=file]")).sendKeys(file.toString());
        Browser.clickAndAwaitNextPage(driver, By.id("import:upload"));
    }

    private static void assertSummary(WebDriver driver, int rowsRead, int created, int alreadyKnown) {
        assertEquals(List.of(rowsRead, created, alreadyKnown), List.of(
                Integer.parseInt(driver.findElement(By.id("rows-read")).getText()),
                Integer.parseInt(driver.findElement(By.id("created")).getText()),
                Integer.parseInt(driver.findElement(By.id("already-known")).getText())));
    }

    private static String cellText(WebElement cell) {
        // The reflowing table repeats each column's header inside the cell for narrow screens.
        return cell.getText().replaceFirst("^(Line|Column|Problem)\\s*", "").strip();
    }

    private static String job(int number, String engineer, String serviceType, String customerName) {
        return String.join(",", RUN + "-" + number, COMPLETED.toString(), engineer, serviceType, "",
                RUN + "-C" + number, customerName, "customer" + number + "@example.org", "", "standard", "en");
    }

    private static String answer(int number, String score, String reason) {
        return String.join(",", RUN + "-" + number, score, reason, "email", ANSWERED.toString());
    }

    private static Path file(String name, String... lines) throws IOException {
        return Files.writeString(files.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }
}
