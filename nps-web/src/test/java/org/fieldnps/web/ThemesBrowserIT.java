package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What customers say, read by Liverpool's team manager in the demo organisation, whose
 * detractors' reasons are drawn from a short list about lateness, missing parts and the like.
 */
@ExtendWith(ArquillianExtension.class)
class ThemesBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.headlessChromium();

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() throws IOException {
        return DeployedWar.asBuilt();
    }

    @Test
    void teamManagerSeesWhatDetractorsSayAndOpensTheResponsesThatSayIt() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "team.manager");

        Browser.clickAndAwaitNextPage(driver, By.id("nav-themes"));

        assertTrue(driver.getCurrentUrl().contains("/themes.xhtml"), driver.getCurrentUrl());
        List<String> detractorTerms = terms(driver, "detractor-terms");
        browser.screenshot("themes-team-manager");
        assertTrue(detractorTerms.stream().anyMatch(term -> term.contains("late")), detractorTerms.toString());
        assertTrue(detractorTerms.stream().anyMatch(term -> term.contains("stock") || term.contains("parts")),
                detractorTerms.toString());
        assertTrue(detractorTerms.stream().noneMatch(term -> term.contains("friendly")), detractorTerms.toString());

        WebElement late = driver.findElements(By.cssSelector("#detractor-terms .themes-link")).stream()
                .filter(link -> link.getText().contains("late"))
                .findFirst()
                .orElseThrow();
        String phrase = late.getText();
        Browser.awaitNextPage(driver, late::click);

        URI landed = URI.create(driver.getCurrentUrl());
        assertEquals("/responses.xhtml", landed.getPath());
        String query = URLDecoder.decode(landed.getRawQuery(), StandardCharsets.UTF_8);
        assertTrue(query.contains("q=" + phrase), query);
        assertTrue(query.contains("period=90d"), query);
    }

    @Test
    void overAYearPromotersPraiseWhatDetractorsMiss() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "team.manager");

        driver.get(page("/themes.xhtml?period=year"));

        List<String> detractorTerms = terms(driver, "detractor-terms");
        List<String> promoterTerms = terms(driver, "promoter-terms");
        assertTrue(promoterTerms.contains("friendly engineer"), promoterTerms.toString());
        assertTrue(detractorTerms.contains("late arrival"), detractorTerms.toString());
        assertTrue(detractorTerms.stream().noneMatch(promoterTerms::contains), "a term is on both sides");
        assertFalse(driver.getPageSource().contains("Glasgow"));
    }

    @Test
    void bothSidesShowEveryColumnInALaptopsWindow() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");

        driver.get(page("/themes.xhtml"));

        String basis = driver.findElement(By.id("basis")).getText();
        for (String side : List.of("detractor", "promoter")) {
            List<WebElement> headings = driver.findElements(By.cssSelector("#" + side + "-terms thead th"));
            String of = headings.get(side.equals("detractor") ? 2 : 3).getText().replaceAll("\\s+", " ");
            assertTrue(of.startsWith("Of ") && basis.contains(of.substring(3) + "’ reasons"),
                    of + " against " + basis);
            assertEquals(0, Browser.sidewaysScroll(driver, "#" + side + "-terms"), side + " terms are cut off");
        }
        browser.screenshot("themes-region-manager");
    }

    @Test
    void themesKeepTheFiltersOfTheAddressInTheirLinks() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "team.manager");

        driver.get(page("/themes.xhtml?period=year&channel=email"));
        browser.screenshot("themes-filtered");

        WebElement first = driver.findElement(By.cssSelector(".themes-link"));
        String href = first.getAttribute("href");
        assertTrue(href.contains("/responses.xhtml?period=year&channel=email&q="), href);
        assertTrue(driver.findElement(By.id("period")).getText().startsWith("This year"));
        assertTrue(driver.findElement(By.className("filter-chip")).getText().startsWith("Channel: email"));
    }

    @Test
    void regionManagerNarrowsToATeamOfTheirsByItsCode() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");

        driver.get(page("/themes.xhtml?period=year&team=LIV"));

        assertTrue(driver.findElement(By.className("filter-chip")).getText().startsWith("Team: Liverpool"));
        String href = driver.findElement(By.cssSelector(".themes-link")).getAttribute("href");
        assertTrue(href.contains("/responses.xhtml?period=year&team=LIV&q="), href);
    }

    @Test
    void anotherRegionIsNotFoundAndShowsNoThemes() throws Exception {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "team.manager");

        driver.get(page("/themes.xhtml?region=SCO"));

        assertTrue(driver.findElements(By.id("detractor-terms")).isEmpty(), "themes shown for another region");
        assertTrue(driver.getPageSource().contains("Not found"));
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        for (String address : List.of("/themes.xhtml?region=SCO", "/themes.xhtml?team=GLA",
                "/themes.xhtml?team=MAN", "/themes.xhtml?region=NOPE")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(page(address)))
                            .header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode(), address);
            assertFalse(answer.body().contains("themes-link"), address);
        }
    }

    private static List<String> terms(WebDriver driver, String table) {
        return driver.findElements(By.cssSelector("#" + table + " .themes-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String page(String path) {
        return URI.create(baseUrl.toString()).resolve(path).toString();
    }
}
