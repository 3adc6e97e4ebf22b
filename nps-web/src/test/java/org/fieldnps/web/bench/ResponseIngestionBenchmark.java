package org.fieldnps.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Measures how many answers per second {@code POST /api/v1/responses} takes in, against a
 * running server, with a fixed number of clients each sending one request after another. Each
 * answer needs a job of its own, so the jobs are registered first, in a phase that is reported
 * apart. Uses the JDK alone, so that it runs as a single source file:
 *
 * <pre>
 * java nps-web/src/test/java/org/fieldnps/web/bench/ResponseIngestionBenchmark.java \
 *     http://localhost:18080 $NPS_BOOTSTRAP_API_KEY 8 20 24000
 * </pre>
 *
 * The arguments are the base URL, the API key, the number of clients, the seconds to send
 * answers for, the number of jobs to register for them (more than can be answered in time), and
 * optionally the answers per request: with more than one, they go to
 * {@code POST /api/v1/responses/batch} in batches of that many.
 */
public final class ResponseIngestionBenchmark {

    private static final Logger LOGGER = Logger.getLogger(ResponseIngestionBenchmark.class.getName());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String key;
    private final int clients;

    private ResponseIngestionBenchmark(URI base, String key, int clients) {
        this.base = base;
        this.key = key;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String key = args[1];
        int clients = Integer.parseInt(args[2]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[3]));
        int jobs = Integer.parseInt(args[4]);
        int perRequest = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        ResponseIngestionBenchmark benchmark = new ResponseIngestionBenchmark(base, key, clients);

        String run = UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<String> jobIds = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        Result registered = benchmark.run("POST /api/v1/jobs", Duration.ofHours(1), () -> {
            int number = next.getAndIncrement();
            if (number >= jobs) {
                return null;
            }
            String jobId = "BENCH-" + run + "-" + number;
            jobIds.add(jobId);
            return benchmark.post("/api/v1/jobs", jobJson(jobId, number), null);
        });
        LOGGER.info(registered.toString());

        if (perRequest == 1) {
            Result answered = benchmark.run("POST /api/v1/responses", duration, () -> {
                String jobId = jobIds.poll();
                if (jobId == null) {
                    return null;
                }
                return benchmark.post("/api/v1/responses", answerJson(jobId), UUID.randomUUID().toString());
            });
            LOGGER.info(answered.toString());
            return;
        }
        Result answered = benchmark.run("POST /api/v1/responses/batch of " + perRequest, duration, () -> {
            List<String> items = new ArrayList<>();
            String jobId = jobIds.poll();
            while (jobId != null) {
                items.add(answerJson(jobId));
                jobId = items.size() < perRequest ? jobIds.poll() : null;
            }
            if (items.isEmpty()) {
                return null;
            }
            return benchmark.post("/api/v1/responses/batch", "{\"items\":[" + String.join(",", items) + "]}", null);
        });
        LOGGER.info(answered + String.format("; %.0f answers/s", answered.perSecond() * perRequest));
    }

    /** Sends requests from every client until the time is up or the work runs out. */
    private Result run(String name, Duration duration, Request work) throws InterruptedException {
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Thread.ofPlatform().name("client-" + i).start(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        HttpResponse<String> response = work.send();
                        if (response == null) {
                            return;
                        }
                        latencies.add(System.nanoTime() - sent);
                        statuses.computeIfAbsent(response.statusCode(), status -> new LongAdder()).increment();
                    }
                } catch (Exception e) {
                    LOGGER.severe("A client stopped: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new Result(name, Duration.ofNanos(System.nanoTime() - started), statuses, latencies);
    }

    private HttpResponse<String> post(String path, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static String jobJson(String jobId, int number) {
        String engineer = String.format("E%03d", number % 120 + 1);
        String[] services = {"installation", "repair", "maintenance", "inspection", "emergency"};
        return """
                {"jobId":"%s","completedAt":"%s","engineerId":"%s","serviceType":"%s","siteId":"%s-S",\
                "customer":{"id":"%s-C","name":"Benchmark customer","email":"bench@example.org",\
                "tier":"standard","language":"en"}}""".formatted(jobId, Instant.now().minusSeconds(3600),
                engineer, services[number % services.length], jobId, jobId);
    }

    private static String answerJson(String jobId) {
        int score = Math.floorMod(jobId.hashCode(), 11);
        return """
                {"jobId":"%s","score":%d,"reason":"Arrived on time and fixed it first go.","channel":"sms"}"""
                .formatted(jobId, score);
    }

    /** One request of a phase, or {@code null} when there is no more work. */
    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /** What a phase achieved. */
    private record Result(String name, Duration elapsed, Map<Integer, LongAdder> statuses, List<Long> latencies) {

        double perSecond() {
            return latencies.size() / (elapsed.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            List<Long> sorted = latencies.stream().sorted().toList();
            double seconds = elapsed.toNanos() / 1e9;
            return String.format("%s: %d requests in %.1f s = %.0f/s; statuses %s; latency ms p50 %.1f, p95 %.1f,"
                    + " p99 %.1f", name, sorted.size(), seconds, sorted.size() / seconds, statuses,
                    percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
        }

        private static double percentile(List<Long> sorted, double fraction) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size()))) / 1e6;
        }
    }
}
