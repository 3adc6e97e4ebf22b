package org.fieldnps.web.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the manager portal's pages under a number of people using it at once, against a
 * running server. Each simulated person logs in through the login form with a session of their
 * own (the demo accounts in turn: an admin, a region manager, a team manager), then opens the
 * portal's pages in random order — the dashboard with several filters, the league tables, the
 * responses table and the themes — pausing between pages as a person reads. A page's time is
 * from the request to the last byte of its HTML; style sheets and scripts, which a browser
 * caches, are not fetched. Uses the JDK alone, so that it runs as a single source file:
 *
 * <pre>
 * java nps-web/src/test/java/org/fieldnps/web/bench/PortalPagesBenchmark.java \
 *     http://localhost:8080 demo 50 60 2000
 * </pre>
 *
 * The arguments are the base URL, the demo accounts' password, the number of people, the seconds
 * to run for, and the pause between pages in milliseconds (each pause is drawn between half and
 * one and a half times that). The first tenth of the run warms the server up and is left out.
 */
public final class PortalPagesBenchmark {

    private static final Logger LOGGER = Logger.getLogger(PortalPagesBenchmark.class.getName());
    private static final List<String> ACCOUNTS = List.of("admin", "region.manager", "team.manager");
    private static final Map<String, String> PAGES = pages();
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final String password;
    private final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

    private PortalPagesBenchmark(URI base, String password) {
        this.base = base;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String password = args[1];
        int people = Integer.parseInt(args[2]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[3]));
        long pauseMillis = Long.parseLong(args[4]);
        PortalPagesBenchmark benchmark = new PortalPagesBenchmark(base, password);

        long started = System.nanoTime();
        long warmedUp = started + duration.toNanos() / 10;
        long ends = started + duration.toNanos();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int person = 0; person < people; person++) {
                String account = ACCOUNTS.get(person % ACCOUNTS.size());
                executor.submit(() -> {
                    benchmark.browse(account, warmedUp, ends, pauseMillis);
                    return null;
                });
            }
        }

        benchmark.report(people, pauseMillis, Duration.ofNanos(ends - warmedUp));
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new TreeMap<>();
        pages.put("dashboard", "/index.xhtml");
        pages.put("dashboard, this year", "/index.xhtml?period=year");
        pages.put("dashboard, repair only", "/index.xhtml?period=30d&serviceType=repair");
        pages.put("league tables", "/league.xhtml");
        pages.put("league tables, quarter", "/league.xhtml?period=quarter");
        pages.put("responses", "/responses.xhtml");
        pages.put("responses, detractors", "/responses.xhtml?category=detractor&period=year");
        pages.put("themes", "/themes.xhtml");
        return pages;
    }

    private void browse(String account, long warmedUp, long ends, long pauseMillis) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        logIn(client, account);
        List<String> names = List.copyOf(PAGES.keySet());
        ThreadLocalRandom random = ThreadLocalRandom.current();

        Thread.sleep(random.nextLong(pauseMillis + 1));
        while (System.nanoTime() < ends) {
            String name = names.get(random.nextInt(names.size()));
            long requested = System.nanoTime();
            HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(base.resolve(PAGES.get(name))).build(),
                    BodyHandlers.ofByteArray());
            long answered = System.nanoTime();
            if (requested >= warmedUp && answered < ends) {
                micros.computeIfAbsent(name, ignored -> new ConcurrentLinkedQueue<>())
                        .add((answered - requested) / 1_000);
                statuses.computeIfAbsent(page.statusCode(), ignored -> new AtomicLong()).incrementAndGet();
            }
            Thread.sleep(pauseMillis / 2 + random.nextLong(pauseMillis + 1));
        }
    }

    private void logIn(HttpClient client, String account) throws Exception {
        URI login = base.resolve("/login.xhtml");
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(login).build(), BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new IllegalStateException("The login page has no view state: " + form.statusCode());
        }
        String body = "login=login&login%3Ausername=" + encode(account) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("Logging in as " + account + " ended at " + answer.uri()
                    + " with " + answer.statusCode());
        }
    }

    private void report(int people, long pauseMillis, Duration measured) {
        List<Long> all = new ArrayList<>();
        StringBuilder report = new StringBuilder(String.format("%d people, pauses of about %d ms, %d s measured;"
                + " statuses %s%n", people, pauseMillis, measured.toSeconds(), new TreeMap<>(statuses)));
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> page : new TreeMap<>(micros).entrySet()) {
            List<Long> sorted = new ArrayList<>(page.getValue());
            Collections.sort(sorted);
            all.addAll(sorted);
            report.append(String.format("  %-26s %6d pages; ms p50 %7.1f, p95 %7.1f%n", page.getKey(),
                    sorted.size(), percentile(sorted, 50), percentile(sorted, 95)));
        }
        Collections.sort(all);
        report.append(String.format("  %-26s %6d pages (%.1f/s); ms p50 %7.1f, p95 %7.1f, p99 %7.1f", "all",
                all.size(), all.size() / (double) measured.toSeconds(), percentile(all, 50), percentile(all, 95),
                percentile(all, 99)));
        LOGGER.info(report.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(List<Long> sortedMicros, int percent) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sortedMicros.size() - 1, (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1);
        return sortedMicros.get(Math.max(0, index)) / 1_000.0;
    }
}
