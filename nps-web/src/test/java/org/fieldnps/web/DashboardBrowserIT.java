package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a browser, as the demo region manager uses it: its figures against counts of
 * the responses read through the capture API, the drill-down from region to team to the
 * detractors' answers and back, a URL that names another region, the exports of the tables and
 * the league tables counting a new answer while they are open.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

    private static final String API_KEY = FieldServiceSystem.API_KEY;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final System.Logger LOGGER = System.getLogger(DashboardBrowserIT.class.getName());

    @RegisterExtension
    static final Browser browser = Browser.headlessChromium();

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() throws IOException {
        return DeployedWar.asBuilt();
    }

    @BeforeEach
    void logInAsRegionManager() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("responses")));
    }

    @Test
    void regionFiguresOverTheQuarterEqualCountsOfItsResponses() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate quarterStart = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
        WebDriver driver = browser.driver();

        driver.get(url("/index.xhtml?period=quarter"));

        assertFiguresEqual(driver, counts("region=NW&from=" + quarterStart + "&to=" + today));
        browser.screenshot("dashboard-region-quarter");
    }

    @Test
    void teamFiguresOverCustomDaysEqualCountsOfItsResponses() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(200);
        LocalDate to = today.minusDays(20);
        WebDriver driver = browser.driver();

        driver.get(url("/index.xhtml?period=custom&from=" + from + "&to=" + to + "&team=LIV"));

        assertEquals("Liverpool", driver.findElement(By.id("scope-name")).getText());
        assertFiguresEqual(driver, counts("team=LIV&from=" + from + "&to=" + to));
        browser.screenshot("dashboard-team-custom");
    }

    @Test
    void drillsFromRegionToTeamToItsDetractorsAndBackOneStepAtATime() {
        WebDriver driver = browser.driver();
        driver.get(url("/index.xhtml?period=year"));
        String regionView = driver.getCurrentUrl();
        assertEquals("North West", driver.findElement(By.id("scope-name")).getText());

        Browser.clickAndAwaitNextPage(driver, By.cssSelector("#parts tr[data-key='LIV'] a.part-name"));

        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBe(By.id("scope-name"), "Liverpool"));
        String teamView = driver.getCurrentUrl();
        assertTrue(teamView.contains("period=year") && teamView.contains("team=LIV"), teamView);
        assertEquals("engineer", driver.findElement(By.cssSelector("#parts thead th")).getText()
                .toLowerCase(Locale.ROOT));

        Browser.clickAndAwaitNextPage(driver, By.id("detractors-link"));

        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains("/responses.xhtml"));
        String detractorsView = driver.getCurrentUrl();
        assertTrue(detractorsView.contains("category=detractor"), detractorsView);
        assertTrue(detractorsView.contains("team=LIV"), detractorsView);
        assertTrue(detractorsView.contains("period=year"), detractorsView);

        driver.navigate().back();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlToBe(teamView));
        assertEquals("Liverpool", driver.findElement(By.id("scope-name")).getText());

        driver.navigate().back();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlToBe(regionView));
        assertEquals("North West", driver.findElement(By.id("scope-name")).getText());
    }

    @Test
    void anotherRegionsPartsInTheUrlAreNotFoundAndShowNoFigures() throws Exception {
        for (String query : new String[] {"region=SCO", "team=GLA", "engineer=E113", "region=NW&team=GLA"}) {
            HttpResponse<String> page = asLoggedInUser("/index.xhtml?" + query);

            assertEquals(404, page.statusCode(), query);
            assertFalse(page.body().contains("id=\"responses\""), query + " shows figures");
            assertFalse(page.body().contains("Glasgow"), query + " names another region's team");
        }
        assertEquals(200, asLoggedInUser("/index.xhtml?region=NW&team=LIV").statusCode());
    }

    @Test
    void leagueTablesRankTheRegionsTeamsAndEngineersWithTheirOwnCounts() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(89);
        WebDriver driver = browser.driver();

        driver.get(url("/league.xhtml?period=90d"));

        List<WebElement> teams = driver.findElements(By.cssSelector("#team-league tbody tr"));
        assertEquals(Set.of("MAN", "LIV", "PRE", "CAR"),
                teams.stream().map(row -> row.getAttribute("data-key")).collect(Collectors.toSet()));
        for (WebElement team : teams) {
            long[] counts = counts("team=" + team.getAttribute("data-key") + "&from=" + from + "&to=" + today);
            assertEquals(counts[0] + counts[1] + counts[2],
                    Long.parseLong(team.findElement(By.className("part-responses")).getText()), "team's n");
            assertEquals(counts[2], Long.parseLong(team.findElement(By.className("detractor-count")).getText()));
        }
        List<WebElement> engineers = driver.findElements(By.cssSelector("#engineer-league tbody tr"));
        long[] region = counts("region=NW&from=" + from + "&to=" + today);
        assertEquals(region[0] + region[1] + region[2], engineers.stream()
                .mapToLong(row -> Long.parseLong(row.findElement(By.className("part-responses")).getText()))
                .sum(), "the engineers' answers add up to the region's");
        List<Double> estimates = new ArrayList<>();
        for (WebElement row : engineers) {
            estimates.add(Double.parseDouble(row.findElement(By.className("estimate")).getText()));
        }
        for (int i = 1; i < estimates.size(); i++) {
            assertTrue(estimates.get(i - 1) >= estimates.get(i), "ranked out of order: " + estimates);
        }
        assertFalse(driver.getPageSource().contains("Glasgow"), "another region's team is ranked");
        assertEquals(engineers.size(), driver.findElements(By.cssSelector("#engineer-league svg.sparkline")).size(),
                "an engineer's trend is not drawn");
        assertEquals(0, Browser.sidewaysScroll(driver, "#engineer-league"),
                "the league of engineers, trends included, is wider than a laptop's window");
        browser.screenshot("league-region-manager");

        WebElement first = engineers.getFirst();
        String engineer = first.getAttribute("data-key");
        Browser.awaitNextPage(driver, () -> first.findElement(By.className("detractors-link")).click());

        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains("/responses.xhtml"));
        assertTrue(driver.getCurrentUrl().contains("engineer=" + engineer), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().contains("category=detractor"), driver.getCurrentUrl());
    }

    @Test
    void exportLinksOnTheCardsCarryThePagesFiltersAndHoldItsRows() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(url("/index.xhtml?period=year&tier=key"));
        Map<String, Long> shownParts = countsShown(driver, "#parts");

        String partsCsv = driver.findElement(By.id("parts-export-csv")).getAttribute("href");
        List<CSVRecord> parts = csv(download(partsCsv));

        assertTrue(partsCsv.contains("period=year") && partsCsv.contains("tier=key"), partsCsv);
        assertEquals(shownParts, parts.stream().collect(Collectors.toMap(row -> row.get("Code"),
                row -> Long.parseLong(row.get("Responses")))));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('parts-heading').scrollIntoView()");
        browser.screenshot("dashboard-export-links");

        driver.get(url("/league.xhtml?period=year&tier=key"));
        Map<String, Long> shownEngineers = countsShown(driver, "#engineer-league");
        String engineersExcel = driver.findElement(By.id("engineer-league-export-xlsx")).getAttribute("href");
        String teamsCsv = driver.findElement(By.id("team-league-export-csv")).getAttribute("href");
        Map<String, Long> exportedEngineers = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(engineersExcel)))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    exportedEngineers.put(row.getCell(headers.indexOf("Engineer id")).getStringCellValue(),
                            (long) row.getCell(headers.indexOf("Responses")).getNumericCellValue());
                }
            }
        }

        assertTrue(engineersExcel.contains("period=year") && engineersExcel.contains("tier=key"), engineersExcel);
        assertEquals(shownEngineers, exportedEngineers);
        assertEquals(countsShown(driver, "#team-league").keySet(), csv(download(teamsCsv)).stream()
                .map(row -> row.get("Code")).collect(Collectors.toSet()));
        browser.screenshot("league-export-links");
    }

    @Test
    void leagueTablesCountANewAnswerWithoutAReloadAndKeepTheScroll() throws Exception {
        WebDriver driver = browser.driver();
        JavascriptExecutor page = (JavascriptExecutor) driver;
        driver.get(url("/league.xhtml?period=30d"));
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#live.connected")));
        long before = countsShown(driver, "#engineer-league").getOrDefault("E001", 0L);
        page.executeScript("window.scrollTo(0, 400); window.notReloaded = 'still here';");
        long scrolled = ((Number) page.executeScript("return window.scrollY")).longValue();

        page.executeScript("""
                var cell = '#engineer-league tr[data-key="E001"] .part-responses';
                var watch = setInterval(function () {
                    var count = document.querySelector(cell);
                    if (count && Number(count.textContent) === arguments[0]) {
                        window.countedAt = Date.now();
                        clearInterval(watch);
                    }
                }, 20);""".replace("arguments[0]", Long.toString(before + 1)));
        FieldServiceSystem.recordAnswer(baseUrl, "E001", 9, "Live league check");
        long recorded = System.currentTimeMillis();

        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> countsShown(d, "#engineer-league").getOrDefault("E001", 0L) == before + 1);
        long millis = ((Number) page.executeScript("return window.countedAt")).longValue() - recorded;
        assertEquals("still here", page.executeScript("return window.notReloaded"), "the page was reloaded");
        assertEquals(scrolled, ((Number) page.executeScript("return window.scrollY")).longValue(),
                "the refresh moved the page");
        assertTrue(millis < 2000, "the league tables took " + millis + " ms to count the answer");
        LOGGER.log(System.Logger.Level.INFO, "League tables counted a new answer {0} ms after it was recorded",
                millis);
        browser.screenshot("league-live");
    }

    private void assertFiguresEqual(WebDriver driver, long[] counts) {
        long promoters = counts[0];
        long passives = counts[1];
        long detractors = counts[2];
        long total = promoters + passives + detractors;
        assertTrue(total > 0, "the demo data has no responses for this view");

        assertEquals(total, number(driver, "responses"), "responses");
        assertEquals(detractors, number(driver, "detractors"), "detractors");
        double nps = 100.0 * (promoters - detractors) / total;
        String shown = driver.findElement(By.id("nps")).getText();
        assertTrue(shown.matches("[+-]?\\d+(\\.\\d)?") && Math.abs(Double.parseDouble(shown) - nps) <= 0.5,
                "NPS " + shown + " for " + nps);
        assertEquals(promoters, number(driver, "split-promoter"), "promoters");
        assertEquals(passives, number(driver, "split-passive"), "passives");
    }

    /** Promoters, passives and detractors the capture API counts for the given query. */
    private long[] counts(String query) throws IOException, InterruptedException {
        long[] counts = new long[3];
        String[] categories = {"promoter", "passive", "detractor"};
        for (int i = 0; i < categories.length; i++) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                            .uri(URI.create(url("/api/v1/responses?limit=1&category=" + categories[i] + "&" + query)))
                            .header("Authorization", "Bearer " + API_KEY)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            Matcher total = TOTAL.matcher(answer.body());
            assertTrue(total.find(), answer.body());
            counts[i] = Long.parseLong(total.group(1));
        }
        return counts;
    }

    /** Each row's key and the count of answers it shows, in the table the selector names. */
    private static Map<String, Long> countsShown(WebDriver driver, String table) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector(table + " tbody tr"))) {
            counts.put(row.getAttribute("data-key"),
                    Long.parseLong(row.findElement(By.className("part-responses")).getText()));
        }
        return counts;
    }

    /** Downloads an export link of the page with the browser's session, as a click on it would. */
    private byte[] download(String link) throws IOException, InterruptedException {
        URI address = URI.create(link);
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address)
                        .header("Cookie", browserCookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), link);
        return answer.body();
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            reader.read();
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }

    /** Records a finished job and its customer's answer through the capture API, as the FSM would. */
    /** A GET with the browser's session, to see the status code a browser does not show. */
    private HttpResponse<String> asLoggedInUser(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Cookie", browserCookies()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String browserCookies() {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(cookie.getName()).append('=')
                    .append(cookie.getValue());
        }
        return cookies.toString();
    }

    private static long number(WebDriver driver, String id) {
        return Long.parseLong(driver.findElement(By.id(id)).getText().replaceAll("\\D", ""));
    }

    private String url(String path) {
        return URI.create(baseUrl.toString()).resolve(path).toString();
    }
}
