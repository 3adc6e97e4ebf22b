package org.fieldnps.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the customer's survey page against a running server: how long the server takes to
 * answer {@code GET /s/{token}?score=N}, one request after another as a customer's phone would
 * send it, and how many bytes the page and the assets it loads (style sheets, scripts, images,
 * not its links to other survey pages) weigh. It registers one job through the API for a fresh
 * link, then reads the page. Uses the JDK alone, so that it runs as a single source file:
 *
 * <pre>
 * java nps-web/src/test/java/org/fieldnps/web/bench/SurveyPageBenchmark.java \
 *     http://localhost:8080 $NPS_BOOTSTRAP_API_KEY 500
 * </pre>
 *
 * The arguments are the base URL, the API key, and the number of page reads to time. The first
 * tenth of the reads warm the server up and are left out of the figures.
 */
public final class SurveyPageBenchmark {

    private static final Logger LOGGER = Logger.getLogger(SurveyPageBenchmark.class.getName());
    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/[^\"#]+)\"");

    private SurveyPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String key = args[1];
        int reads = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        URI page = base.resolve(surveyPath(client, base, key) + "?score=8");

        List<Long> micros = new ArrayList<>();
        String html = null;
        for (int read = 0; read < reads; read++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(page).build(), BodyHandlers.ofString());
            long took = (System.nanoTime() - started) / 1_000;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + page + " answered " + answer.statusCode());
            }
            html = answer.body();
            if (read >= reads / 10) {
                micros.add(took);
            }
        }

        long pageBytes = html.getBytes(StandardCharsets.UTF_8).length;
        long linkedBytes = 0;
        Set<String> linked = new LinkedHashSet<>();
        Matcher matcher = LINKED.matcher(html);
        while (matcher.find()) {
            String asset = matcher.group(1).replace("&amp;", "&");
            if (!asset.startsWith("/s/")) {
                linked.add(asset);
            }
        }
        for (String asset : linked) {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(base.resolve(asset)).build(),
                    BodyHandlers.ofByteArray());
            if (answer.statusCode() == 200) {
                linkedBytes += answer.body().length;
            }
        }

        Collections.sort(micros);
        String report = String.format("GET /s/{token}?score=8: %d timed reads; ms p50 %.2f, p95 %.2f, p99 %.2f;"
                + " page %,d bytes, linked assets %,d bytes (%s), together %,d bytes, uncompressed",
                micros.size(), percentile(micros, 50), percentile(micros, 95), percentile(micros, 99), pageBytes,
                linkedBytes, String.join(", ", linked), pageBytes + linkedBytes);
        LOGGER.info(report);
    }

    private static String surveyPath(HttpClient client, URI base, String key) throws Exception {
        String jobId = "BENCH-SURVEY-" + UUID.randomUUID().toString().substring(0, 8);
        String job = """
                {"jobId":"%s","completedAt":"%s","engineerId":"E001","serviceType":"repair","siteId":"%s-S",\
                "customer":{"id":"%s-C","name":"Benchmark customer","email":"bench@example.org",\
                "tier":"standard","language":"en"}}""".formatted(jobId, Instant.now().minusSeconds(3600), jobId,
                jobId);
        HttpResponse<String> registered = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/jobs"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(job)).build(), BodyHandlers.ofString());
        Matcher url = Pattern.compile("\"surveyUrl\"\\s*:\\s*\"[^\"]*?(/s/[^\"?]+)\"").matcher(registered.body());
        if (registered.statusCode() != 201 || !url.find()) {
            throw new IllegalStateException("Registering a job answered " + registered.statusCode() + ": "
                    + registered.body());
        }
        return url.group(1);
    }

    private static double percentile(List<Long> sortedMicros, int percent) {
        int index = Math.min(sortedMicros.size() - 1, (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1);
        return sortedMicros.get(Math.max(0, index)) / 1_000.0;
    }
}
