package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application started as the README starts it, with the WAR deployed at boot rather than by
 * a test container, on the embedded database with the demo organisation: it becomes ready, takes
 * answers, and its log stays free of the application's warnings and of dying managed threads
 * while the live dashboards' task runs.
 */
class RunCommandIT {

    private static final Duration START_PATIENCE = Duration.ofSeconds(180);
    private static final Duration SEVERAL_LIVE_RUNS = Duration.ofSeconds(3);
    private static final Path TARGET = Path.of(System.getProperty("nps.war")).getParent();
    private static final Path DATA = TARGET.resolve("run-command-data");
    /** Emptied before each start: Payara deploys again at boot what a kept root directory holds. */
    private static final Path ROOT = TARGET.resolve("run-command-root");
    private static final Path LOG = TARGET.resolve("run-command.log");
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");
    /** A warning or error of the application's own, or a managed thread that died. */
    private static final Pattern TROUBLE = Pattern.compile(
            "\\[(WARNING|SEVERE)\\] \\[[^\\]]*\\] \\[(org\\.fieldnps\\.|org\\.glassfish\\.concurro)");

    private static Process server;
    private static URL baseUrl;

    @BeforeAll
    static void startAsTheReadmeSays() throws Exception {
        deleteRecursively(DATA);
        deleteRecursively(ROOT);
        int port = freePort();
        baseUrl = URI.create("http://127.0.0.1:" + port + "/").toURL();

        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("nps.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster",
                "--rootdir", ROOT.toString());
        command.environment().put("NPS_DATA_DIR", DATA.toString());
        command.environment().put("NPS_DEMO_DATA", "true");
        command.environment().put("NPS_BOOTSTRAP_API_KEY", FieldServiceSystem.API_KEY);
        command.redirectErrorStream(true).redirectOutput(LOG.toFile());
        server = command.start();

        awaitStatus(HttpRequest.newBuilder(baseUrl.toURI().resolve("/health/ready")), 200);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void takesAnswersAndLogsNoTroubleWhileTheLiveTaskRuns() throws Exception {
        FieldServiceSystem.recordAnswer(baseUrl, "E011", 3, "Late again, nobody rang.");
        FieldServiceSystem.recordAnswer(baseUrl, "E042", 10, "Fixed first time.");

        awaitLogged(" recorded for job ", 2);
        Thread.sleep(SEVERAL_LIVE_RUNS.toMillis());

        List<String> trouble = serverLog().stream()
                .map(line -> COLOUR.matcher(line).replaceAll(""))
                .filter(line -> TROUBLE.matcher(line).find())
                .toList();
        assertEquals(List.of(), trouble, "the server logged trouble");
    }

    /** Waits until the request is answered with the status. */
    private static void awaitStatus(HttpRequest.Builder request, int expected) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest probe = request.timeout(Duration.ofSeconds(5)).build();
        Instant giveUp = Instant.now().plus(START_PATIENCE);
        int status = 0;
        while (Instant.now().isBefore(giveUp) && server.isAlive()) {
            try {
                status = client.send(probe, BodyHandlers.discarding()).statusCode();
                if (status == expected) {
                    return;
                }
            } catch (IOException notListeningYet) {
                status = 0;
            }
            Thread.sleep(500);
        }
        assertEquals(expected, status, probe.uri() + " within " + START_PATIENCE.toSeconds() + " s; see " + LOG);
    }

    /**
     * Waits until the log shows the given number of lines with the text: Payara writes its log
     * from a queue of its own, a little after the events.
     */
    private static void awaitLogged(String text, long lines) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        long seen = 0;
        while (Instant.now().isBefore(giveUp)) {
            seen = serverLog().stream().filter(line -> line.contains(text)).count();
            if (seen >= lines) {
                return;
            }
            Thread.sleep(200);
        }
        assertEquals(lines, seen, "lines with '" + text + "' in " + LOG);
    }

    /** What the server wrote to its console, where it logs. */
    private static List<String> serverLog() throws IOException {
        return Files.readAllLines(LOG);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
