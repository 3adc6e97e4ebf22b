package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The capture API used from outside, as a field-service system would: over HTTP with the API key
 * that {@code nps.bootstrap.api.key} (set in arquillian.xml) makes sure of. The data directory
 * outlives a test run, so every job and customer here gets an id of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CaptureApiIT {

    /** The same key as in arquillian.xml's cmdOptions. */
    private static final String API_KEY = "nps_test_bootstrap_key_for_the_capture_api_it";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String MARKUP = "<script>alert(\"hi\")</script> & <b>bold</b> 'quoted'";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() throws IOException {
        return DeployedWar.asBuilt();
    }

    @Test
    void newJobIsAnsweredWithItsInvitationAndASurveyLink() throws Exception {
        String jobId = newId("J");

        HttpResponse<String> response = post("/api/v1/jobs", job(jobId, "E001", newId("C")).build());

        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(JSON));
        JsonObject invitation = json(response);
        assertTrue(invitation.getJsonNumber("id").longValue() > 0);
        assertEquals(jobId, invitation.getString("jobId"));
        assertEquals("pending", invitation.getString("state"));
        assertTrue(invitation.getBoolean("invited"));
        assertTrue(invitation.getString("surveyUrl").matches("http://localhost:8080/s/[A-Za-z0-9_-]{24}"),
                invitation.getString("surveyUrl"));
        Instant expiresAt = Instant.parse(invitation.getString("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofDays(14).minusHours(1)))
                && expiresAt.isBefore(Instant.now().plus(Duration.ofDays(14))), expiresAt.toString());
    }

    @Test
    void sameJobSentAgainGetsTheSameInvitation() throws Exception {
        JsonObject job = job(newId("J"), "E002", newId("C")).build();
        JsonObject first = json(post("/api/v1/jobs", job));

        HttpResponse<String> again = post("/api/v1/jobs", job);

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first, json(again));
    }

    @Test
    void customerAskedRecentlyIsNotAskedAgainAndTheAnswerSaysWhy() throws Exception {
        String customerId = newId("C");
        post("/api/v1/jobs", job(newId("J"), "E003", customerId).build());

        HttpResponse<String> second = post("/api/v1/jobs", job(newId("J"), "E003", customerId).build());

        assertEquals(201, second.statusCode(), second.body());
        JsonObject invitation = json(second);
        assertFalse(invitation.getBoolean("invited"));
        assertEquals("suppressed", invitation.getString("state"));
        assertTrue(invitation.getString("reason").contains("asked recently"), invitation.getString("reason"));
        assertFalse(invitation.containsKey("surveyUrl"));
    }

    @Test
    void missingFieldsAreRefusedByName() throws Exception {
        assertProblem(post("/api/v1/jobs", job(newId("J"), "E004", newId("C")).remove("engineerId").build()),
                400, "engineerId");
        assertProblem(post("/api/v1/jobs", job(newId("J"), "E004", newId("C")).remove("customer").build()),
                400, "customer");
        assertProblem(post("/api/v1/jobs", job(newId("J"), "E004", newId("C")).remove("completedAt").build()),
                400, "completedAt");
        assertProblem(post("/api/v1/responses", Json.createObjectBuilder().add("score", 9).build()), 400, "jobId");
        assertProblem(post("/api/v1/responses", Json.createObjectBuilder().add("jobId", registeredJob("E004"))
                .build()), 400, "score");
    }

    @Test
    void unknownEngineerAndServiceTypeAreRefusedByNameAndNothingIsStored() throws Exception {
        String jobId = newId("J");

        assertProblem(post("/api/v1/jobs", job(jobId, "E999", newId("C")).build()), 422, "engineerId");
        assertProblem(post("/api/v1/jobs", job(jobId, "E005", newId("C")).add("serviceType", "plumbing").build()),
                422, "serviceType");

        HttpResponse<String> registered = post("/api/v1/jobs", job(jobId, "E005", newId("C")).build());
        assertEquals(201, registered.statusCode(), "the refused attempts left the job behind: " + registered.body());
    }

    @Test
    void scoresThatAreNotJsonWholeNumbersFromZeroToTenAreRefused() throws Exception {
        String jobId = registeredJob("E006");

        for (String score : List.of("11", "-1", "\"7\"", "7.5", "99999999999", "true")) {
            HttpResponse<String> refused = postRaw("/api/v1/responses",
                    "{\"jobId\":\"" + jobId + "\",\"score\":" + score + "}");
            assertProblem(refused, 400, "score");
        }

        assertEquals(0, list("jobId=" + jobId).getInt("total"), "a refused score was stored");
    }

    @Test
    void answerByJobIdIsRecordedWithItsAttributionAndCanBeReadBack() throws Exception {
        String jobId = registeredJob("E007");

        HttpResponse<String> recorded = post("/api/v1/responses", answer(jobId, 9).add("channel", "phone").build());

        assertEquals(201, recorded.statusCode(), recorded.body());
        JsonObject item = json(recorded);
        assertEquals(jobId, item.getString("jobId"));
        assertEquals(9, item.getInt("score"));
        assertEquals("promoter", item.getString("category"));
        assertEquals("phone", item.getString("channel"));
        assertEquals("E007", item.getString("engineerId"));
        assertEquals("repair", item.getString("serviceType"));
        assertEquals("standard", item.getString("customerTier"));
        assertFalse(item.getString("teamId").isBlank());
        assertFalse(item.getString("regionId").isBlank());
        URI location = URI.create(recorded.headers().firstValue("Location").orElseThrow());
        assertEquals(item, json(get(location.getPath())));
        assertEquals(item, list("jobId=" + jobId).getJsonArray("items").getJsonObject(0));
    }

    @Test
    void answerByInvitationTokenTakesTheInvitationsChannel() throws Exception {
        JsonObject invitation = json(post("/api/v1/jobs", job(newId("J"), "E008", newId("C")).build()));
        String surveyUrl = invitation.getString("surveyUrl");
        String token = surveyUrl.substring(surveyUrl.lastIndexOf('/') + 1);

        HttpResponse<String> recorded = post("/api/v1/responses",
                Json.createObjectBuilder().add("token", token).add("score", 4).build());

        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals(invitation.getString("jobId"), json(recorded).getString("jobId"));
        assertEquals("email", json(recorded).getString("channel"));
        assertEquals("detractor", json(recorded).getString("category"));
    }

    @Test
    void markupInTheReasonIsKeptAsTypedAndSentAsAJsonString() throws Exception {
        String jobId = registeredJob("E009");

        HttpResponse<String> recorded = post("/api/v1/responses", answer(jobId, 6).add("reason", MARKUP).build());

        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals(MARKUP, json(recorded).getString("reason"));
        assertTrue(recorded.body().contains("alert(\\\"hi\\\")"), recorded.body());
        assertEquals("nosniff", recorded.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(MARKUP, list("jobId=" + jobId).getJsonArray("items").getJsonObject(0).getString("reason"));
    }

    @Test
    void reasonOverTwoThousandCharactersIsRefused() throws Exception {
        String jobId = registeredJob("E010");

        HttpResponse<String> refused = post("/api/v1/responses", answer(jobId, 5).add("reason", "x".repeat(2001))
                .build());

        assertProblem(refused, 400, "reason");
        assertEquals(0, list("jobId=" + jobId).getInt("total"));
    }

    @Test
    void bodyOverSixtyFourKilobytesIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        String huge = answer(newId("J"), 5).add("reason", "x".repeat(70_000)).build().toString();
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = sendOnNewConnection(request("/api/v1/responses")
                .header("Content-Type", JSON).POST(BodyPublishers.ofByteArray(bytes)));
        HttpResponse<String> chunked = sendOnNewConnection(request("/api/v1/responses").header("Content-Type", JSON)
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));

        assertProblem(declared, 413, null);
        assertProblem(chunked, 413, null);
    }

    @Test
    void retryUnderTheSameIdempotencyKeyGetsTheFirstAnswerAndADifferentBodyIsAConflict() throws Exception {
        String jobId = registeredJob("E011");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post("/api/v1/responses", answer(jobId, 8).build(), "Idempotency-Key", key);
        HttpResponse<String> retry = post("/api/v1/responses", answer(jobId, 8).build(), "Idempotency-Key", key);
        HttpResponse<String> changed = post("/api/v1/responses", answer(jobId, 3).build(), "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(json(first), json(retry));
        assertProblem(changed, 409, "Idempotency-Key");
        assertEquals(1, list("jobId=" + jobId).getInt("total"));
    }

    @Test
    void sameAnswerSentAgainIsRecordedOnceAndADifferentOneIsAConflict() throws Exception {
        String jobId = registeredJob("E012");
        JsonObject first = json(post("/api/v1/responses", answer(jobId, 10).build()));

        HttpResponse<String> again = post("/api/v1/responses", answer(jobId, 10).build());
        HttpResponse<String> different = post("/api/v1/responses", answer(jobId, 2).build());

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.getJsonNumber("id"), json(again).getJsonNumber("id"));
        assertProblem(different, 409, "jobId");
    }

    @Test
    void aBatchIsRecordedAllOrNoneAndSendingItAgainRecordsNothingTwice() throws Exception {
        String promoter = registeredJob("E013");
        String detractor = registeredJob("E014");
        String late = registeredJob("E015");
        JsonObject good = Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(answer(promoter, 10).add("channel", "sms"))
                .add(answer(detractor, 2).add("reason", MARKUP).add("channel", "phone"))
                .add(answer(late, 7))).build();

        HttpResponse<String> refused = post("/api/v1/responses/batch", Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder()
                        .add(answer(promoter, 10))
                        .add(answer(detractor, 11))
                        .add(answer(newId("J"), 5))
                        .add(answer(late, 7).add("channel", "pigeon"))).build());

        assertProblem(refused, 422, "items");
        List<JsonObject> errors = json(refused).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("items[1].score", "items[2].jobId", "items[3].channel"),
                errors.stream().map(error -> error.getString("field")).toList());
        assertEquals(List.of(400, 404, 400), errors.stream().map(error -> error.getInt("status")).toList());
        for (String jobId : List.of(promoter, detractor, late)) {
            assertEquals(0, list("jobId=" + jobId).getInt("total"), "a refused batch recorded " + jobId);
        }

        HttpResponse<String> recorded = post("/api/v1/responses/batch", good);
        HttpResponse<String> again = post("/api/v1/responses/batch", good);

        assertEquals(200, recorded.statusCode(), recorded.body());
        JsonObject answer = json(recorded);
        assertEquals(3, answer.getInt("recorded"));
        assertEquals(0, answer.getInt("alreadyRecorded"));
        List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(promoter, detractor, late), items.stream().map(item -> item.getString("jobId")).toList());
        assertEquals(List.of("promoter", "detractor", "passive"),
                items.stream().map(item -> item.getString("category")).toList());
        assertEquals(MARKUP, items.get(1).getString("reason"));
        assertEquals("E014", items.get(1).getString("engineerId"));
        for (JsonObject item : items) {
            assertEquals(item, list("jobId=" + item.getString("jobId")).getJsonArray("items").getJsonObject(0));
        }
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, json(again).getInt("recorded"));
        assertEquals(3, json(again).getInt("alreadyRecorded"));
        assertEquals(answer.getJsonArray("items"), json(again).getJsonArray("items"));
    }

    @Test
    void emptyOversizedAndMisshapenBatchesAreRefused() throws Exception {
        assertProblem(postRaw("/api/v1/responses/batch", "{\"items\":[]}"), 400, "items");
        assertProblem(postRaw("/api/v1/responses/batch", "{}"), 400, "items");
        assertProblem(postRaw("/api/v1/responses/batch", "{\"items\":[null]}"), 422, "items");
        assertProblem(postRaw("/api/v1/responses/batch", "{\"items\":{\"jobId\":\"J-1\"}}"), 400, null);

        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i <= 500; i++) {
            tooMany.add(answer("J-missing-" + i, 5));
        }
        HttpResponse<String> refused = post("/api/v1/responses/batch",
                Json.createObjectBuilder().add("items", tooMany).build());
        assertProblem(refused, 400, "items");
        assertTrue(json(refused).getString("detail").contains("500"), refused.body());
    }

    @Test
    void missingOrWrongKeyIsRefusedWithABearerChallenge() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/api/v1/responses")).GET());
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/v1/responses"))
                .header("Authorization", "Bearer nps_" + "x".repeat(43)).GET());
        HttpResponse<String> basic = send(HttpRequest.newBuilder(uri("/api/v1/jobs"))
                .header("Authorization", "Basic YWRtaW46ZGVtbw==").header("Content-Type", JSON)
                .POST(BodyPublishers.ofString(job(newId("J"), "E013", newId("C")).build().toString())));

        for (HttpResponse<String> refused : List.of(missing, wrong, basic)) {
            assertProblem(refused, 401, "Authorization");
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        }
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));
    }

    @Test
    void malformedJsonWrongShapesAndWrongContentTypeAreProblems() throws Exception {
        HttpResponse<String> malformed = postRaw("/api/v1/jobs", "{\"jobId\": \"J-1\",");
        HttpResponse<String> array = postRaw("/api/v1/jobs", "[1, 2]");
        HttpResponse<String> wrongType = postRaw("/api/v1/jobs", "{\"jobId\":\"J-1\",\"customer\":\"C-1\"}");
        HttpResponse<String> badTime = postRaw("/api/v1/jobs", "{\"jobId\":\"J-1\",\"completedAt\":\"yesterday\"}");
        HttpResponse<String> text = send(request("/api/v1/jobs").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("jobId=J-1")));
        HttpResponse<String> empty = postRaw("/api/v1/responses", "");

        assertProblem(malformed, 400, null);
        assertTrue(json(malformed).getString("detail").startsWith("The body is not valid JSON"));
        assertProblem(array, 400, null);
        assertProblem(wrongType, 400, "customer");
        assertProblem(badTime, 400, "completedAt");
        assertProblem(text, 415, null);
        assertProblem(empty, 400, null);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        assertProblem(get("/api/v1/no-such-thing"), 404, null);
        assertProblem(get("/api/v2/jobs"), 404, null);
        assertProblem(send(request("/api/v1/jobs").DELETE()), 405, null);
        assertProblem(get("/api/v1/responses/999999999"), 404, "id");
    }

    @Test
    void listFiltersAndPagesAgreeWithWhatWasPosted() throws Exception {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(new Random().nextInt(7000));
        String engineer = "E118";
        List<String> jobs = new ArrayList<>();
        int[] scores = {10, 9, 8, 7, 3, 0};
        for (int i = 0; i < scores.length; i++) {
            Instant completed = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
            String jobId = newId("J");
            post("/api/v1/jobs", job(jobId, engineer, newId("C")).add("completedAt", completed.toString()).build());
            post("/api/v1/responses", answer(jobId, scores[i])
                    .add("receivedAt", completed.plus(Duration.ofMinutes(10L * (i + 1))).toString()).build());
            jobs.add(jobId);
        }
        String onThatDay = "engineer=" + engineer + "&from=" + day + "&to=" + day;

        JsonObject all = list(onThatDay);
        JsonObject detractors = list(onThatDay + "&category=detractor");
        JsonObject promoters = list(onThatDay + "&category=promoter");
        JsonObject passives = list(onThatDay + "&category=passive");
        JsonObject dayBefore = list("engineer=" + engineer + "&from=" + day.minusDays(1) + "&to=" + day.minusDays(1));

        assertEquals(6, all.getInt("total"));
        assertEquals(List.of(0, 3, 7, 8, 9, 10), scoresOf(all.getJsonArray("items")));
        assertEquals(jobs.reversed(), all.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("jobId")).toList());
        assertEquals(List.of(0, 3), scoresOf(detractors.getJsonArray("items")));
        assertEquals(List.of(9, 10), scoresOf(promoters.getJsonArray("items")));
        assertEquals(List.of(7, 8), scoresOf(passives.getJsonArray("items")));
        assertEquals(0, dayBefore.getInt("total"));

        JsonObject firstItem = all.getJsonArray("items").getJsonObject(0);
        String team = firstItem.getString("teamId");
        String region = firstItem.getString("regionId");
        assertEquals(6, list(onThatDay + "&team=" + team + "&region=" + region).getInt("total"));
        assertEquals(0, list(onThatDay + "&region=NO-SUCH-REGION").getInt("total"));

        List<JsonValue> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 4) {
            JsonObject page = list(onThatDay + "&limit=4&offset=" + offset);
            assertEquals(6, page.getInt("total"));
            paged.addAll(page.getJsonArray("items"));
        }
        assertEquals(all.getJsonArray("items"), Json.createArrayBuilder(paged).build());

        assertProblem(get("/api/v1/responses?limit=501"), 400, "limit");
        assertProblem(get("/api/v1/responses?limit=0"), 400, "limit");
        assertProblem(get("/api/v1/responses?offset=-1"), 400, "offset");
        assertProblem(get("/api/v1/responses?from=yesterday"), 400, "from");
        assertProblem(get("/api/v1/responses?category=fan"), 400, "category");
        assertProblem(get("/api/v1/responses?from=" + day + "&to=" + day.minusDays(1)), 400, "to");
    }

    @Test
    void listDefaultsToFiftyNewestFirst() throws Exception {
        JsonObject page = list("");

        assertEquals(50, page.getInt("limit"));
        assertEquals(50, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") > 14_000);
        List<Instant> received = page.getJsonArray("items").stream()
                .map(item -> Instant.parse(item.asJsonObject().getString("receivedAt"))).toList();
        assertEquals(received.stream().sorted((a, b) -> b.compareTo(a)).toList(), received);
    }

    @Test
    void openApiDescribesTheApiWithoutALogin() throws Exception {
        HttpResponse<String> openApi = send(HttpRequest.newBuilder(uri("/openapi"))
                .header("Accept", JSON).GET());

        assertEquals(200, openApi.statusCode(), openApi.body());
        JsonObject document = Json.createReader(new StringReader(openApi.body())).readObject();
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/jobs"), paths.keySet().toString());
        assertTrue(paths.getJsonObject("/api/v1/responses").containsKey("get"));
        assertTrue(paths.getJsonObject("/api/v1/responses").containsKey("post"));
        assertTrue(paths.getJsonObject("/api/v1/responses/batch").getJsonObject("post").getJsonObject("responses")
                .containsKey("422"), paths.getJsonObject("/api/v1/responses/batch").toString());
        assertNotNull(paths.getJsonObject("/api/v1/jobs").getJsonObject("post").getString("summary"));
        JsonObject components = document.getJsonObject("components");
        assertEquals("bearer", components.getJsonObject("securitySchemes").getJsonObject("apiKey")
                .getString("scheme"));
        assertTrue(components.getJsonObject("schemas").keySet().containsAll(
                List.of("Job", "Invitation", "NewResponse", "Response", "ResponseList", "Problem",
                        "NewResponseBatch", "ResponseBatch")));
        for (JsonValue schema : components.getJsonObject("schemas").values()) {
            assertFalse(schema.asJsonObject().containsKey("maxProperties"), "a schema forbids properties: " + schema);
        }
    }

    @Test
    void portalStillSendsVisitorsToItsLoginForm() throws Exception {
        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(uri("/index.xhtml")).GET());

        assertEquals(302, dashboard.statusCode());
        assertTrue(dashboard.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    private static JsonObjectBuilder job(String jobId, String engineerId, String customerId) {
        return Json.createObjectBuilder()
                .add("jobId", jobId)
                .add("completedAt", Instant.now().minus(Duration.ofHours(1)).toString())
                .add("engineerId", engineerId)
                .add("serviceType", "repair")
                .add("siteId", "S-" + customerId)
                .add("customer", Json.createObjectBuilder()
                        .add("id", customerId)
                        .add("name", "Test customer")
                        .add("email", "customer@example.org")
                        .add("phone", "+44 20 7946 0000")
                        .add("tier", "standard")
                        .add("language", "en"));
    }

    private static JsonObjectBuilder answer(String jobId, int score) {
        return Json.createObjectBuilder().add("jobId", jobId).add("score", score);
    }

    private String registeredJob(String engineerId) throws Exception {
        String jobId = newId("J");
        HttpResponse<String> registered = post("/api/v1/jobs", job(jobId, engineerId, newId("C")).build());
        assertEquals(201, registered.statusCode(), registered.body());
        return jobId;
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static List<Integer> scoresOf(JsonArray items) {
        return items.stream().map(item -> item.asJsonObject().getInt("score")).sorted().toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(PROBLEM_JSON),
                response.headers().toString());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:fieldnps:problem:"), problem.toString());
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        if (field != null) {
            assertEquals(field, problem.getString("field"), problem.toString());
        }
        assertFalse(response.body().contains("Exception"), "internals leak: " + response.body());
    }

    private JsonObject list(String query) throws Exception {
        HttpResponse<String> response = get("/api/v1/responses?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private HttpResponse<String> post(String path, JsonObject body, String... headers) throws Exception {
        return postRaw(path, body.toString(), headers);
    }

    private HttpResponse<String> postRaw(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", JSON);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(body.isEmpty() ? BodyPublishers.noBody() : publisher(body)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + API_KEY)
                .timeout(Duration.ofSeconds(30));
    }

    private URI uri(String path) {
        return URI.create(baseUrl.toString()).resolve(path);
    }

    private static BodyPublisher publisher(String body) {
        return BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The server refuses a body that is too large before reading all of it and closes the
     * connection; the JDK's client notices that only on a connection of its own, and on a pooled
     * one waits out its timeout instead.
     */
    private static HttpResponse<String> sendOnNewConnection(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
