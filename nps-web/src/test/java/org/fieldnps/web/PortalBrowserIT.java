package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal used from outside, as a person would: over HTTP, and through headless Chromium as
 * a region manager of the demo organisation.
 */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    private static final Set<String> NORTH_WEST_TEAMS = Set.of("Carlisle", "Liverpool", "Manchester", "Preston");

    @RegisterExtension
    static final Browser browser = Browser.headlessChromium();

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() throws IOException {
        return DeployedWar.asBuilt();
    }

    @Test
    void readinessIsUpWithoutALogin() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(baseUrl.toURI().resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void portalPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> dashboard = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(baseUrl.toURI().resolve("/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, dashboard.statusCode());
        assertTrue(dashboard.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    @Test
    void wrongPasswordIsRefusedWithAPlainMessage() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager", "not-the-password");

        assertTrue(driver.getCurrentUrl().contains("login.xhtml"));
        assertTrue(driver.findElement(By.id("login:messages")).getText()
                .contains("Unknown user name or wrong password."));
    }

    @Test
    void regionManagerSeesOnlyTheirRegionOnTheDashboardAndLogsOut() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");

        assertEquals("Rosa Regional", driver.findElement(By.id("current-user")).getText());
        assertEquals("North West region", driver.findElement(By.id("current-scope")).getText());
        assertEquals("North West", driver.findElement(By.id("scope-name")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("#parts tbody tr"));
        Set<String> teams = rows.stream()
                .map(row -> row.findElement(By.className("part-name")).getText())
                .collect(Collectors.toSet());
        assertEquals(NORTH_WEST_TEAMS, teams);
        long responsesInTable = rows.stream()
                .mapToLong(row -> Long.parseLong(row.findElements(By.tagName("td")).get(1).getText()
                        .replaceAll("\\D", "")))
                .sum();
        assertEquals(Long.parseLong(driver.findElement(By.id("responses")).getText()), responsesInTable);
        assertFalse(driver.getPageSource().contains("Glasgow"), "another region's team is shown");
        browser.screenshot("dashboard-region-manager");

        Browser.clickAndAwaitNextPage(driver, By.id("logout-form:logout"));

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(driver.findElement(By.id("logged-out")).isDisplayed());
        driver.get(baseUrl.toString());
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"), "the dashboard is still open after logout");
    }
}
