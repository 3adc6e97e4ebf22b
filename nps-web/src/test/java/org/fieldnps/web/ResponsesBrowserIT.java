package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The drill-down's destination used as managers use it: the responses table filtered by the
 * address, one response's page and the way back, new answers arriving while the table is open,
 * and what a team manager gets for another team's response, codes and exports.
 */
@ExtendWith(ArquillianExtension.class)
class ResponsesBrowserIT {

    private static final String API_KEY = FieldServiceSystem.API_KEY;
    private static final Set<String> NORTH_WEST_TEAMS = Set.of("MAN", "LIV", "PRE", "CAR");
    private static final By ROWS = By.cssSelector("tbody[id='table-form:responses_data'] tr");

    @RegisterExtension
    static final Browser browser = Browser.headlessChromium();

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return DeployedWar.asBuilt();
    }

    @Test
    void regionManagerSortsAndFiltersTheirDetractorsOpensOneAndComesBackToTheSameTable() throws Exception {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");
        driver.get(url("/responses.xhtml?category=detractor"));
        List<JsonObject> northWest = responsesOf("NW");
        List<JsonObject> detractors = northWest.stream().filter(r -> r.getInt("score") <= 6).toList();

        assertEquals(detractors.size(), total(driver));
        assertEquals(25, driver.findElements(ROWS).size());
        for (WebElement row : driver.findElements(ROWS)) {
            assertEquals(1, row.findElements(By.className("badge-detractor")).size(), row.getText());
            assertTrue(NORTH_WEST_TEAMS.contains(cell(row, 4)), row.getText());
        }
        browser.screenshot("responses-detractors-region-manager");

        sortBy(driver, "score");
        List<Integer> ascending = scores(driver);
        assertEquals(detractors.stream().mapToInt(r -> r.getInt("score")).min().orElseThrow(), ascending.getFirst());
        assertEquals(ascending.stream().sorted().toList(), ascending);
        sortBy(driver, "score");
        List<Integer> descending = scores(driver);
        assertEquals(detractors.stream().mapToInt(r -> r.getInt("score")).max().orElseThrow(), descending.getFirst());
        assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending);
        assertEquals(detractors.size(), total(driver));

        int score = descending.getLast();
        new Select(driver.findElement(By.id("filter-score"))).selectByValue(Integer.toString(score));
        apply(driver, "score=" + score);
        assertEquals(detractors.stream().filter(r -> r.getInt("score") == score).count(), total(driver));
        assertTrue(scores(driver).stream().allMatch(s -> s == score));

        new Select(driver.findElement(By.id("filter-score"))).selectByValue("");
        driver.findElement(By.id("filter-q")).sendKeys("PART");
        apply(driver, "q=PART");
        String filteredUrl = driver.getCurrentUrl();
        assertTrue(filteredUrl.contains("q=PART") && filteredUrl.contains("category=detractor"), filteredUrl);
        List<JsonObject> aboutParts = detractors.stream()
                .filter(r -> r.getString("reason", "").toLowerCase(Locale.ROOT).contains("part")).toList();
        assertFalse(aboutParts.isEmpty());
        assertEquals(aboutParts.size(), total(driver));
        for (WebElement row : driver.findElements(ROWS)) {
            assertTrue(cell(row, 2).toLowerCase(Locale.ROOT).contains("part"), row.getText());
        }

        WebElement first = driver.findElements(ROWS).getFirst();
        String received = first.findElement(By.className("response-link")).getText();
        String engineer = first.findElement(By.cssSelector(".col-engineer .code")).getText();
        String team = cell(first, 4);
        String link = first.findElement(By.className("response-link")).getAttribute("href");
        long id = Long.parseLong(link.replaceFirst(".*[?&]id=(\\d+).*", "$1"));
        JsonObject expected = northWest.stream().filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();

        Browser.awaitNextPage(driver, () -> first.findElement(By.className("response-link")).click());
        assertTrue(driver.getCurrentUrl().contains("response.xhtml?id=" + id), driver.getCurrentUrl());
        assertEquals(Integer.toString(expected.getInt("score")), driver.findElement(By.id("score")).getText());
        assertEquals("Detractor", driver.findElement(By.id("category")).getText());
        assertEquals(expected.getString("reason"), driver.findElement(By.id("reason")).getText());
        assertEquals(received + " UTC", driver.findElement(By.id("received")).getText());
        assertEquals(expected.getString("jobId"), driver.findElement(By.id("job")).getText());
        assertFalse(driver.findElement(By.id("customer-name")).getText().isBlank());
        assertTrue(driver.findElement(By.id("engineer")).getText().endsWith("(" + engineer + ")"));
        assertEquals(expected.getString("engineerId"), engineer);
        assertTrue(driver.findElement(By.id("team")).getText().endsWith("(" + team + ")"));
        assertTrue(driver.findElement(By.id("region")).getText().endsWith("(NW)"));
        String history = driver.findElement(By.id("invitation")).getText();
        assertTrue(history.contains("Created") && history.contains("Answered"), history);
        assertTrue(driver.findElement(By.id("back")).getAttribute("href").contains("q=PART"));
        browser.screenshot("response-detractor-region-manager");

        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(filteredUrl));

        assertEquals(aboutParts.size(), total(driver));
        assertEquals("PART", driver.findElement(By.id("filter-q")).getAttribute("value"));
        assertEquals("detractor", new Select(driver.findElement(By.id("filter-category")))
                .getFirstSelectedOption().getAttribute("value"));
        assertEquals(link, driver.findElements(ROWS).getFirst().findElement(By.className("response-link"))
                .getAttribute("href"));
    }

    @Test
    void anotherRegionsResponseIsNotFoundAndShowsNothingOfIt() throws Exception {
        JsonObject southEast = responsesOf("SE").getFirst();
        String id = southEast.getJsonNumber("id").toString();
        PortalSession regionManager = PortalSession.logIn(baseUri(), "region.manager");

        HttpResponse<String> page = regionManager.get("/response.xhtml?id=" + id);
        HttpResponse<String> own = regionManager.get("/response.xhtml?id="
                + responsesOf("NW").getFirst().getJsonNumber("id"));

        assertTrue(page.statusCode() == 403 || page.statusCode() == 404, "answered " + page.statusCode());
        assertFalse(page.body().contains(southEast.getString("jobId")), page.body());
        assertEquals(200, own.statusCode());
        assertEquals(404, regionManager.get("/responses.xhtml?region=SE").statusCode());
        assertEquals(404, regionManager.get("/responses.xhtml?team=LON").statusCode());
        assertEquals(404, regionManager.download("/export/responses.csv?region=SE").statusCode());
    }

    @Test
    void exportsHoldExactlyTheRowsOfTheFilteredTable() throws Exception {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");
        String filters = "category=detractor&q=part";
        driver.get(url("/responses.xhtml?" + filters));
        long shown = total(driver);
        String csvLink = driver.findElement(By.id("export-csv")).getAttribute("href");
        String excelLink = driver.findElement(By.id("export-xlsx")).getAttribute("href");
        PortalSession regionManager = PortalSession.logIn(baseUri(), "region.manager");
        Set<Long> expected = responsesOf("NW").stream()
                .filter(r -> r.getInt("score") <= 6)
                .filter(r -> r.getString("reason", "").toLowerCase(Locale.ROOT).contains("part"))
                .map(r -> r.getJsonNumber("id").longValue()).collect(Collectors.toSet());

        List<CSVRecord> csv = csv(regionManager.download(URI.create(csvLink).getRawPath() + "?"
                + URI.create(csvLink).getRawQuery()).body());
        List<Long> workbookIds = new ArrayList<>();
        List<String> workbookRegions = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(regionManager.download(
                URI.create(excelLink).getRawPath() + "?" + URI.create(excelLink).getRawQuery()).body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    workbookIds.add(Long.parseLong(new DataFormatter().formatCellValue(
                            row.getCell(headers.indexOf("Response id")))));
                    workbookRegions.add(row.getCell(headers.indexOf("Region")).getStringCellValue());
                }
            }
        }

        assertTrue(csvLink.contains(filters), csvLink);
        assertEquals(expected.size(), shown);
        assertEquals(shown, csv.size());
        assertEquals(expected, csv.stream().map(r -> Long.parseLong(r.get("Response id"))).collect(Collectors.toSet()));
        assertTrue(csv.stream().allMatch(r -> r.get("Region").equals("NW")));
        assertEquals(shown, workbookIds.size());
        assertEquals(expected, Set.copyOf(workbookIds));
        assertTrue(workbookRegions.stream().allMatch("NW"::equals));
    }

    @Test
    void aNewAnswerAppearsOnTheOpenFirstPage() throws Exception {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "region.manager");
        driver.get(url("/responses.xhtml?engineer=E001&category=detractor"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form.connected#live")));
        String reason = "Live check " + UUID.randomUUID().toString().substring(0, 8);

        FieldServiceSystem.recordAnswer(baseUrl, "E001", 2, reason);

        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(ROWS).stream().findFirst().map(row -> row.getText().contains(reason))
                        .orElse(false));
    }

    @Test
    void teamManagerGetsNotFoundForAnotherTeamsResponseAndCodes() throws Exception {
        PortalSession admin = PortalSession.logIn(baseUri(), "admin");
        List<CSVRecord> manchester = csv(admin.download("/export/responses.csv?team=MAN").body());
        String manchesterId = manchester.getFirst().get("Response id");
        PortalSession teamManager = PortalSession.logIn(baseUri(), "team.manager");

        assertEquals(404, teamManager.get("/response.xhtml?id=" + manchesterId).statusCode());
        assertEquals(200, admin.get("/response.xhtml?id=" + manchesterId).statusCode());
        assertEquals(404, teamManager.get("/responses.xhtml?region=SE").statusCode());
        assertEquals(404, teamManager.get("/responses.xhtml?team=MAN").statusCode());
        assertEquals(404, teamManager.download("/export/responses.csv?team=MAN").statusCode());
        HttpResponse<String> own = teamManager.get("/responses.xhtml?team=LIV&region=NW");
        assertEquals(200, own.statusCode());
        assertFalse(own.body().contains(">MAN<"), "another team's row is shown");
    }

    @Test
    void teamManagersExportsHoldOnlyTheirTeamsRows() throws Exception {
        PortalSession teamManager = PortalSession.logIn(baseUri(), "team.manager");

        List<CSVRecord> rows = csv(teamManager.download("/export/responses.csv?period=year").body());
        List<String> workbookTeams = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                teamManager.download("/export/responses.xlsx?period=year").body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    workbookTeams.add(row.getCell(6).getStringCellValue());
                }
            }
        }

        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(row -> row.get("Team").equals("LIV")));
        assertEquals(rows.size(), workbookTeams.size());
        assertTrue(workbookTeams.stream().allMatch("LIV"::equals));
    }

    @Test
    void badDatesAndScoresAreNamedInAMessageWithoutData() throws Exception {
        PortalSession regionManager = PortalSession.logIn(baseUri(), "region.manager");

        HttpResponse<String> badDate = regionManager.get("/responses.xhtml?from=2026-13-01");
        HttpResponse<String> badScore = regionManager.get("/responses.xhtml?score=11");

        assertEquals(200, badDate.statusCode());
        assertTrue(badDate.body().contains("Check from:"), badDate.body());
        assertFalse(badDate.body().contains("table-form:responses"));
        assertTrue(badScore.body().contains("Check score:"));
        HttpResponse<String> badPeriod = regionManager.get("/responses.xhtml?period=fortnight");
        assertEquals(200, badPeriod.statusCode());
        assertTrue(badPeriod.body().contains("Check period:"), badPeriod.body());
        HttpResponse<String> backwards = regionManager.get("/responses.xhtml?from=2026-11-30&to=2026-11-01");
        assertTrue(backwards.body().contains("Check to:"), backwards.body());
        assertTrue(regionManager.get("/responses.xhtml?channel=pigeon").body().contains("Check channel:"));
        assertTrue(regionManager.get("/responses.xhtml?tier=gold").body().contains("Check tier:"));
        assertTrue(regionManager.get("/responses.xhtml?category=fan").body().contains("Check category:"));
        assertTrue(regionManager.get("/responses.xhtml?serviceType=teleportation").body()
                .contains("Check serviceType:"));
        assertTrue(regionManager.get("/responses.xhtml?from=2020-01-01&q=late").body().contains("Check q:"));
        assertEquals(404, regionManager.get("/responses.xhtml?engineer=NOBODY").statusCode());
        HttpResponse<String> linked = regionManager.get("/responses.xhtml?period=LAST-MONTH&groupBy=team"
                + "&serviceType=repair&tier=key&channel=email&category=passive&score=7&team=MAN&engineer=E001");
        assertEquals(200, linked.statusCode());
        assertFalse(linked.body().contains("Check "), linked.body());
    }

    /** A region's responses of the table's default period, read through the capture API. */
    private List<JsonObject> responsesOf(String region) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String query = "region=" + region + "&from=" + today.minusDays(89) + "&to=" + today + "&limit=500";
        List<JsonObject> all = new ArrayList<>();
        long total;
        do {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            baseUri().resolve("/api/v1/responses?" + query + "&offset=" + all.size()))
                    .header("Authorization", "Bearer " + API_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            JsonObject list = Json.createReader(new StringReader(page.body())).readObject();
            total = list.getJsonNumber("total").longValue();
            list.getJsonArray("items").getValuesAs(JsonObject.class).forEach(all::add);
        } while (all.size() < total);
        return all;
    }

    /** The number of matching responses the paginator reports: "1–25 of 412". */
    private static long total(WebDriver driver) {
        String report = driver.findElement(By.cssSelector(".ui-paginator-current")).getText();
        return Long.parseLong(report.replaceFirst(".* of\\s*", "").strip());
    }

    private static List<Integer> scores(WebDriver driver) {
        return driver.findElements(ROWS).stream()
                .map(row -> Integer.parseInt(row.findElement(By.className("badge")).getText())).toList();
    }

    /** Sends the filter form and waits for the table it asks for. */
    private static void apply(WebDriver driver, String expectedInAddress) {
        Browser.clickAndAwaitNextPage(driver, By.id("filter-apply"));
        assertTrue(driver.getCurrentUrl().contains(expectedInAddress), driver.getCurrentUrl());
    }

    /** Clicks a sortable column's header and waits until the table's rows are replaced. */
    private static void sortBy(WebDriver driver, String column) {
        WebElement firstRow = driver.findElements(ROWS).getFirst();
        driver.findElement(By.id("table-form:responses:" + column)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(firstRow));
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            reader.read();
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }

    private static String cell(WebElement row, int column) {
        WebElement td = row.findElements(By.tagName("td")).get(column);
        return td.getText().replaceFirst("^(Received|Score|Reason|Engineer|Team|Service|Channel)\\s*", "").strip();
    }

    private URI baseUri() {
        return URI.create(baseUrl.toString());
    }

    private String url(String path) {
        return baseUri().resolve(path).toString();
    }
}
