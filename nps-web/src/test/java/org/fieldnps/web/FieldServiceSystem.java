package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The field-service system as the tests play it: it reports a job finished an hour ago and the
 * customer's answer to it over the capture API, with the key the test containers bootstrap.
 */
final class FieldServiceSystem {

    static final String API_KEY = "nps_test_bootstrap_key_for_the_capture_api_it";

    private FieldServiceSystem() {
    }

    /** Registers a repair by the engineer for a new customer and records that customer's answer. */
    static void recordAnswer(URL instance, String engineerId, int score, String reason)
            throws IOException, InterruptedException {
        String jobId = "J-test-" + UUID.randomUUID().toString().substring(0, 8);
        String job = Json.createObjectBuilder()
                .add("jobId", jobId)
                .add("completedAt", Instant.now().minus(Duration.ofHours(1)).toString())
                .add("engineerId", engineerId)
                .add("serviceType", "repair")
                .add("customer", Json.createObjectBuilder().add("id", "C-" + jobId).add("name", "Test customer")
                        .add("email", "customer@example.org").add("tier", "standard").add("language", "en"))
                .build().toString();
        String answer = Json.createObjectBuilder().add("jobId", jobId).add("score", score).add("reason", reason)
                .build().toString();

        HttpResponse<String> registered = post(instance, "/api/v1/jobs", job);
        assertEquals(201, registered.statusCode(), registered.body());
        HttpResponse<String> recorded = post(instance, "/api/v1/responses", answer);
        assertEquals(201, recorded.statusCode(), recorded.body());
    }

    private static HttpResponse<String> post(URL instance, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.toString()).resolve(path))
                .header("Authorization", "Bearer " + API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
