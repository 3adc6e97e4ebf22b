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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's table of parts and the league tables downloaded as the demo region manager,
 * against the figures the figures API gives for the same filters and grouping: the files hold
 * the rows the pages show, with numbers a spreadsheet can add up, and nothing of another region.
 */
@ExtendWith(ArquillianExtension.class)
class FigureExportsIT {

    private static final String API_KEY = "nps_test_bootstrap_key_for_the_capture_api_it";
    /** The CSV files give decimals to one place. */
    private static final double CSV_ROUNDING = 0.05 + 1e-9;
    private static final double EXACT = 1e-9;

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return DeployedWar.asBuilt();
    }

    @Test
    void regionsTeamsExportWithTheApisFiguresForTheTeams() throws Exception {
        assertPartsExportEqualsApi("period=90d", "period=90d&region=NW&groupBy=team", "Team");
    }

    @Test
    void teamsEngineersUnderFiltersExportWithTheApisFiguresForTheEngineers() throws Exception {
        assertPartsExportEqualsApi("period=year&team=LIV&channel=email",
                "period=year&team=LIV&channel=email&groupBy=engineer", "Engineer");
    }

    @Test
    void engineersLeagueHoldsEveryEngineerOfTheRegionRankedWithTheApisCounts() throws Exception {
        PortalSession manager = logIn();
        Map<String, JsonObject> expected = groups("period=90d&region=NW&groupBy=engineer");

        List<CSVRecord> csv = csv(download(manager, "/export/league-engineers.csv?period=90d", ".csv"));
        List<Map<String, Object>> workbook = workbook(download(manager, "/export/league-engineers.xlsx?period=90d",
                ".xlsx"));

        assertEquals(expected.keySet(), keys(csv, "Engineer id"));
        assertEquals(csv.size(), workbook.size());
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < csv.size(); i++) {
            CSVRecord row = csv.get(i);
            JsonObject api = expected.get(row.get("Engineer id"));
            assertEquals(i + 1, Integer.parseInt(row.get("Rank")), "ranks run from 1");
            assertEquals(api.getJsonNumber("n").longValue(), Long.parseLong(row.get("Responses")));
            assertEquals(api.getJsonNumber("detractors").longValue(), Long.parseLong(row.get("Detractors")));
            assertEquals(api.getJsonNumber("nps").doubleValue(), Double.parseDouble(row.get("Raw NPS")),
                    CSV_ROUNDING);
            double estimate = Double.parseDouble(row.get("Estimate"));
            assertTrue(estimate <= previous + 0.1, "ranked out of order at " + row.get("Engineer id"));
            previous = estimate;

            Map<String, Object> cells = workbook.get(i);
            assertEquals(row.get("Engineer id"), cells.get("Engineer id"));
            assertEquals((double) api.getJsonNumber("n").longValue(), cells.get("Responses"));
            assertEquals(api.getJsonNumber("nps").doubleValue(), (double) cells.get("Raw NPS"), EXACT);
            assertEquals(estimate, (double) cells.get("Estimate"), CSV_ROUNDING);
            assertTrue((double) cells.get("Low (95% credible)") <= (double) cells.get("Estimate"));
            assertTrue((double) cells.get("Estimate") <= (double) cells.get("High (95% credible)"));
        }
    }

    @Test
    void teamsLeagueHoldsTheRegionsTeamsWithTheApisCounts() throws Exception {
        PortalSession manager = logIn();
        Map<String, JsonObject> expected = groups("period=quarter&region=NW&groupBy=team");

        List<CSVRecord> csv = csv(download(manager, "/export/league-teams.csv?period=quarter", ".csv"));
        List<Map<String, Object>> workbook = workbook(download(manager, "/export/league-teams.xlsx?period=quarter",
                ".xlsx"));

        assertEquals(expected.keySet(), keys(csv, "Code"));
        assertEquals(csv.size(), workbook.size());
        for (int i = 0; i < csv.size(); i++) {
            JsonObject api = expected.get(csv.get(i).get("Code"));
            assertEquals(api.getJsonNumber("n").longValue(), Long.parseLong(csv.get(i).get("Responses")));
            assertEquals("North West", csv.get(i).get("Region"));
            assertEquals((double) api.getJsonNumber("n").longValue(), workbook.get(i).get("Responses"));
            assertEquals(api.getJsonNumber("nps").doubleValue(), (double) workbook.get(i).get("Raw NPS"), EXACT);
        }
    }

    @Test
    void anotherRegionsIdsAreNotFoundAndBadFiltersAreNamedWithoutData() throws Exception {
        PortalSession manager = logIn();
        List<String> exports = List.of("/export/parts.csv", "/export/parts.xlsx", "/export/league-teams.csv",
                "/export/league-engineers.xlsx");

        for (String export : exports) {
            for (String query : List.of("region=SCO", "team=GLA", "engineer=E113", "region=NW&team=GLA")) {
                HttpResponse<String> answer = manager.get(export + "?" + query);

                assertEquals(404, answer.statusCode(), export + "?" + query);
                assertFalse(answer.body().contains("Glasgow"), export + "?" + query + " names another region's team");
                assertFalse(answer.headers().firstValue("Content-Disposition").isPresent(), export + "?" + query);
            }
            HttpResponse<String> badPeriod = manager.get(export + "?period=fortnight");
            assertEquals(400, badPeriod.statusCode(), export);
            assertTrue(badPeriod.body().contains("Check period"), badPeriod.body());
            assertEquals(400, manager.get(export + "?period=custom&from=2026-13-01").statusCode(), export);
        }
        assertEquals(404, manager.get("/export/league-teams.csv?team=LIV").statusCode(),
                "the league page shows no table of teams for one team");
        assertEquals(200, manager.get("/export/league-engineers.csv?team=LIV").statusCode());
    }

    @Test
    void aTeamManagersExportsHoldOnlyTheirTeam() throws Exception {
        PortalSession teamManager = PortalSession.logIn(baseUri(), "team.manager");

        List<CSVRecord> engineers = csv(download(teamManager, "/export/parts.csv?period=year", ".csv"));
        Map<String, JsonObject> expected = groups("period=year&team=LIV&groupBy=engineer");

        assertEquals(expected.keySet(), keys(engineers, "Code"));
        assertEquals(404, teamManager.get("/export/parts.csv?team=MAN").statusCode());
        assertEquals(404, teamManager.get("/export/league-teams.xlsx").statusCode());
    }

    private void assertPartsExportEqualsApi(String query, String apiQuery, String partLabel) throws Exception {
        PortalSession manager = logIn();
        Map<String, JsonObject> expected = groups(apiQuery);
        assertFalse(expected.isEmpty(), "the demo data has no answers for " + apiQuery);

        List<CSVRecord> csv = csv(download(manager, "/export/parts.csv?" + query, ".csv"));
        List<Map<String, Object>> workbook = workbook(download(manager, "/export/parts.xlsx?" + query, ".xlsx"));

        assertEquals(partLabel, csv.getFirst().getParser().getHeaderNames().getFirst());
        assertEquals(expected.keySet(), keys(csv, "Code"));
        assertEquals(csv.size(), workbook.size());
        for (int i = 0; i < csv.size(); i++) {
            CSVRecord row = csv.get(i);
            JsonObject api = expected.get(row.get("Code"));
            Map<String, Object> cells = workbook.get(i);
            assertEquals(api.getString("label"), row.get(partLabel));
            assertEquals(row.get("Code"), cells.get("Code"));
            for (String[] count : new String[][] {{"n", "Responses"}, {"promoters", "Promoters"},
                {"passives", "Passives"}, {"detractors", "Detractors"}}) {
                long value = api.getJsonNumber(count[0]).longValue();
                assertEquals(value, Long.parseLong(row.get(count[1])), count[1] + " of " + row.get("Code"));
                assertEquals((double) value, cells.get(count[1]), count[1] + " in the workbook");
            }
            for (String[] figure : new String[][] {{"nps", "NPS"}, {"marginOfError", "Margin of error"},
                {"low", "Low (95%)"}, {"high", "High (95%)"}}) {
                double value = api.getJsonNumber(figure[0]).doubleValue();
                assertEquals(value, Double.parseDouble(row.get(figure[1])), CSV_ROUNDING, figure[1]);
                assertEquals(value, (double) cells.get(figure[1]), EXACT, figure[1] + " in the workbook");
            }
        }
    }

    private PortalSession logIn() throws IOException, InterruptedException {
        return PortalSession.logIn(baseUri(), "region.manager");
    }

    /** Downloads a file, checking that it comes as an attachment named for what it holds. */
    private static byte[] download(PortalSession session, String path, String extension) throws Exception {
        HttpResponse<byte[]> answer = session.download(path);
        assertEquals(200, answer.statusCode(), path);
        String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"") && disposition.endsWith(extension + "\""),
                disposition);
        return answer.body();
    }

    /** The groups of GET /api/v1/nps by their key, in the API's order. */
    private Map<String, JsonObject> groups(String query) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        baseUri().resolve("/api/v1/nps?" + query)).header("Authorization", "Bearer " + API_KEY)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, JsonObject> groups = new LinkedHashMap<>();
        Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("groups")
                .getValuesAs(JsonObject.class).forEach(group -> groups.put(group.getString("key"), group));
        return groups;
    }

    private static Set<String> keys(List<CSVRecord> rows, String column) {
        Set<String> keys = new HashSet<>();
        for (CSVRecord row : rows) {
            assertTrue(keys.add(row.get(column)), "twice: " + row.get(column));
        }
        return keys;
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', reader.read(), "a byte order mark for Excel");
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }

    /**
     * The first sheet's rows below the header as the header's names to the cells' values: a
     * Double for a numeric cell, a String for a text cell, so that a number kept as text fails.
     */
    private static List<Map<String, Object>> workbook(byte[] body) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Map<String, Object> cells = new LinkedHashMap<>();
                for (Cell cell : row) {
                    cells.put(headers.get(cell.getColumnIndex()), cell.getCellType() == CellType.NUMERIC
                            ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private URI baseUri() {
        return URI.create(baseUrl.toString());
    }
}
