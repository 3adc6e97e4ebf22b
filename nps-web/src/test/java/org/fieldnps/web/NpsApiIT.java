package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/nps} over HTTP on the built WAR with the demo organisation: its figures, whole
 * and grouped, equal those counted from the items {@code GET /api/v1/responses} lists for the same
 * filters, and bad parameters are refused by name.
 */
@ExtendWith(ArquillianExtension.class)
class NpsApiIT {

    /** The same key as in arquillian.xml's cmdOptions. */
    private static final String API_KEY = "nps_test_bootstrap_key_for_the_capture_api_it";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return DeployedWar.asBuilt();
    }

    @Test
    void overallFiguresEqualTheCountsOfTheListedResponses() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "from=" + today.minusDays(89) + "&to=" + today;
        for (String filter : List.of("", "&region=NW", "&team=LIV", "&engineer=E007", "&region=NW&team=LIV",
                "&region=SCO", "&serviceType=repair", "&tier=key", "&channel=email",
                "&region=NW&serviceType=installation&tier=standard&channel=email")) {
            List<JsonObject> items = items(period + filter);
            JsonObject overall = nps(period + filter).getJsonObject("overall");

            assertTrue(!items.isEmpty(), filter);
            assertFigure(Tally.of(items), overall, filter);
            assertEquals("all", overall.getString("key"), filter);
        }
    }

    @Test
    void theListNarrowsByServiceTypeTierChannelScoreAndPeriodAsTheFiguresDo() throws Exception {
        List<JsonObject> ninetyDays = items("period=90d");
        List<JsonObject> everyDay = items("");

        assertEquals(items("from=" + LocalDate.now(ZoneOffset.UTC).minusDays(89)).size(), ninetyDays.size());
        assertTrue(everyDay.size() > ninetyDays.size(), "without a period the list runs over every day");
        for (String field : List.of("serviceType", "customerTier", "channel")) {
            String parameter = field.equals("customerTier") ? "tier" : field;
            Map<String, Long> expected = new TreeMap<>();
            ninetyDays.forEach(item -> expected.merge(item.getString(field), 1L, Long::sum));
            assertTrue(expected.size() > 1, field);
            for (Map.Entry<String, Long> value : expected.entrySet()) {
                List<JsonObject> narrowed = items("period=90d&" + parameter + "=" + value.getKey());

                assertEquals(value.getValue(), narrowed.size(), field + "=" + value.getKey());
                assertTrue(narrowed.stream().allMatch(item -> item.getString(field).equals(value.getKey())), field);
            }
        }
        long sevens = ninetyDays.stream().filter(item -> item.getInt("score") == 7).count();
        assertEquals(sevens, items("period=90d&score=7").size());
    }

    @Test
    void everyGroupingEqualsTheListedResponsesGroupedTheSameWay() throws Exception {
        String period = "from=2026-01-01&to=2026-03-31";
        List<JsonObject> all = items(period);
        List<JsonObject> northWest = items(period + "&region=NW");
        Map<String, Function<JsonObject, String>> groupings = new LinkedHashMap<>();
        groupings.put("region", item -> item.getString("regionId"));
        groupings.put("team", item -> item.getString("teamId"));
        groupings.put("engineer", item -> item.getString("engineerId"));
        groupings.put("serviceType", item -> item.getString("serviceType"));
        groupings.put("customerTier", item -> item.getString("customerTier"));
        groupings.put("channel", item -> item.getString("channel"));
        groupings.put("week", item -> day(item).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
        groupings.put("month", item -> day(item).toString().substring(0, 7));

        for (Map.Entry<String, Function<JsonObject, String>> grouping : groupings.entrySet()) {
            for (String filter : List.of("", "&region=NW")) {
                List<JsonObject> items = filter.isEmpty() ? all : northWest;
                JsonObject answer = nps(period + filter + "&groupBy=" + grouping.getKey());
                String what = grouping.getKey() + filter;

                Map<String, Tally> expected = new TreeMap<>();
                for (JsonObject item : items) {
                    expected.computeIfAbsent(grouping.getValue().apply(item), key -> new Tally()).add(item);
                }
                Map<String, JsonObject> groups = new TreeMap<>();
                for (JsonObject group : answer.getJsonArray("groups").getValuesAs(JsonObject.class)) {
                    if (group.getJsonNumber("n").longValue() > 0) {
                        groups.put(group.getString("key"), group);
                    }
                    assertFalse(group.getString("label").isBlank(), what);
                }
                assertEquals(expected.keySet(), groups.keySet(), what);
                expected.forEach((key, tally) -> assertFigure(tally, groups.get(key), what + " " + key));
                assertFigure(Tally.of(items), answer.getJsonObject("overall"), what);
            }
        }

        JsonArray months = nps(period + "&groupBy=month").getJsonArray("groups");
        assertEquals(3, months.size());
        assertEquals("2026-01", months.getJsonObject(0).getString("key"));
        assertEquals("2026-01-01", nps(period).getString("from"));
        assertEquals("2026-03-31", nps(period).getString("to"));
    }

    @Test
    void badParametersAreRefusedNamingTheField() throws Exception {
        assertProblem(get("/api/v1/nps?groupBy=colour"), 400, "groupBy");
        assertProblem(get("/api/v1/nps?from=2026-02-30"), 400, "from");
        assertProblem(get("/api/v1/nps?from=2026-03-01&to=yesterday"), 400, "to");
        assertProblem(get("/api/v1/nps?from=2026-03-02&to=2026-03-01"), 400, "to");
        assertProblem(get("/api/v1/nps?period=fortnight"), 400, "period");
        assertProblem(get("/api/v1/nps?tier=gold"), 400, "tier");
        assertProblem(get("/api/v1/nps?region=%3Cscript%3E"), 404, "region");
        assertProblem(get("/api/v1/nps?engineer=E999"), 404, "engineer");
        assertProblem(get("/api/v1/nps?team=" + "X".repeat(200)), 400, "team");
        assertProblem(get("/api/v1/responses?tier=gold"), 400, "tier");
        assertProblem(get("/api/v1/responses?channel=pigeon"), 400, "channel");
        assertProblem(get("/api/v1/responses?score=11"), 400, "score");
        assertProblem(get("/api/v1/responses?period=fortnight"), 400, "period");
        assertProblem(get("/api/v1/responses?q=late"), 400, "q");
    }

    @Test
    void withoutAKeyNothingIsAnswered() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/nps")).GET());

        assertEquals(401, response.statusCode(), response.body());
        HttpResponse<String> wrongKey = send(HttpRequest.newBuilder(uri("/api/v1/nps"))
                .header("Authorization", "Bearer " + UUID.randomUUID()).GET());
        assertEquals(401, wrongKey.statusCode(), wrongKey.body());
    }

    private static void assertFigure(Tally expected, JsonObject figure, String what) {
        assertEquals(expected.n(), figure.getJsonNumber("n").longValue(), what);
        assertEquals(expected.promoters, figure.getJsonNumber("promoters").longValue(), what);
        assertEquals(expected.passives, figure.getJsonNumber("passives").longValue(), what);
        assertEquals(expected.detractors, figure.getJsonNumber("detractors").longValue(), what);
        assertEquals(expected.nps(), figure.getJsonNumber("nps").doubleValue(), 1e-9, what);
        double low = figure.getJsonNumber("low").doubleValue();
        double high = figure.getJsonNumber("high").doubleValue();
        assertTrue(low <= high && low >= -100 && high <= 100, what + " " + figure);
        assertTrue(figure.getJsonNumber("marginOfError").doubleValue() >= 0, what);
    }

    /** Every response the list gives for the query, page by page. */
    private List<JsonObject> items(String query) throws Exception {
        List<JsonObject> items = new ArrayList<>();
        long total;
        do {
            HttpResponse<String> response = get("/api/v1/responses?limit=500&offset=" + items.size() + "&" + query);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = json(response);
            total = page.getJsonNumber("total").longValue();
            List<JsonObject> pageItems = page.getJsonArray("items").getValuesAs(JsonObject.class);
            if (pageItems.isEmpty()) {
                break;
            }
            items.addAll(pageItems);
        } while (items.size() < total);
        assertEquals(total, items.size(), query);
        return items;
    }

    private static LocalDate day(JsonObject item) {
        return LocalDate.ofInstant(Instant.parse(item.getString("receivedAt")), ZoneOffset.UTC);
    }

    /** Promoters, passives and detractors counted from the listed responses' categories. */
    private static final class Tally {
        private long promoters;
        private long passives;
        private long detractors;

        static Tally of(List<JsonObject> items) {
            Tally tally = new Tally();
            items.forEach(tally::add);
            return tally;
        }

        void add(JsonObject item) {
            switch (item.getString("category")) {
                case "promoter" -> promoters++;
                case "passive" -> passives++;
                case "detractor" -> detractors++;
                default -> throw new AssertionError("category " + item);
            }
        }

        long n() {
            return promoters + passives + detractors;
        }

        double nps() {
            return n() == 0 ? 0 : 100.0 * (promoters - detractors) / n();
        }
    }

    private JsonObject nps(String query) throws Exception {
        HttpResponse<String> response = get("/api/v1/nps?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(PROBLEM_JSON),
                response.headers().toString());
        JsonObject problem = json(response);
        assertEquals(field, problem.getString("field"), problem.toString());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), "internals leak: " + response.body());
        assertFalse(response.body().contains("<script>"), "markup echoed: " + response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + API_KEY)
                .timeout(Duration.ofSeconds(30)).GET());
    }

    private URI uri(String path) {
        return URI.create(baseUrl.toString()).resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
