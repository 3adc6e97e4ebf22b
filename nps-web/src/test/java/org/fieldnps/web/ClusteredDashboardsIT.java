package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two instances of one cluster behind an imagined load balancer, sharing PostgreSQL: the field
 * service system's answer lands on the first, while the team manager's dashboard is open on the
 * second, and the dashboard still counts the answer without a reload.
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfSystemProperty(named = "nps.test.postgresql.skip", matches = "true")
class ClusteredDashboardsIT {

    private static final String SCHEMA = "nps_cluster_it";
    private static final String API_KEY = "nps_test_bootstrap_key_for_the_capture_api_it";
    private static final String LIVERPOOL_ENGINEER = "E011";
    private static final Duration PUSH_PATIENCE = Duration.ofSeconds(10);
    private static final Logger LOGGER = Logger.getLogger(ClusteredDashboardsIT.class.getName());

    @RegisterExtension
    static final Browser manager = Browser.headlessChromium();

    @ArquillianResource
    @OperateOnDeployment("first")
    private URL first;

    @ArquillianResource
    @OperateOnDeployment("second")
    private URL second;

    @Deployment(name = "first", order = 1, testable = false)
    @TargetsContainer("payara-micro-cluster-a")
    static WebArchive firstInstance() throws SQLException {
        emptySchema();
        return DeployedWar.asBuilt();
    }

    @Deployment(name = "second", order = 2, testable = false)
    @TargetsContainer("payara-micro-cluster-b")
    static WebArchive secondInstance() {
        return DeployedWar.asBuilt();
    }

    private static void emptySchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("nps.test.postgresql.url"),
                System.getProperty("nps.test.postgresql.user"), System.getProperty("nps.test.postgresql.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
    }

    @Test
    void anAnswerRecordedOnOneInstanceReachesADashboardOpenOnTheOther() throws Exception {
        WebDriver dashboard = manager.driver();
        Browser.logIn(dashboard, second, "team.manager");
        new WebDriverWait(dashboard, PUSH_PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#live.connected")));
        long responsesBefore = figure(dashboard, "responses");
        long detractorsBefore = figure(dashboard, "detractors");

        recordDetractorOn(first);
        long recorded = System.nanoTime();

        new WebDriverWait(dashboard, PUSH_PATIENCE, Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ignored -> figure(dashboard, "responses") == responsesBefore + 1
                        && figure(dashboard, "detractors") == detractorsBefore + 1);
        long millis = (System.nanoTime() - recorded) / 1_000_000;
        LOGGER.info(() -> "An answer recorded on one instance reached a dashboard open on the other in "
                + millis + " ms");
        manager.screenshot("cluster-dashboard-after-answer");
    }

    private static void recordDetractorOn(URL instance) throws Exception {
        String jobId = "J-cluster-" + UUID.randomUUID().toString().substring(0, 8);
        String job = Json.createObjectBuilder()
                .add("jobId", jobId)
                .add("completedAt", Instant.now().minus(Duration.ofHours(1)).toString())
                .add("engineerId", LIVERPOOL_ENGINEER)
                .add("serviceType", "repair")
                .add("customer", Json.createObjectBuilder().add("id", "C-" + jobId).add("name", "Cluster customer")
                        .add("email", "cluster@example.org").add("tier", "standard").add("language", "en"))
                .build().toString();
        String answer = Json.createObjectBuilder().add("jobId", jobId).add("score", 3)
                .add("reason", "Arrived late, nobody rang.").build().toString();

        HttpResponse<String> registered = post(instance, "/api/v1/jobs", job);
        assertEquals(201, registered.statusCode(), registered.body());
        HttpResponse<String> recorded = post(instance, "/api/v1/responses", answer);
        assertEquals(201, recorded.statusCode(), recorded.body());
    }

    private static HttpResponse<String> post(URL instance, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance.toString()).resolve(path))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long figure(WebDriver dashboard, String id) {
        return Long.parseLong(dashboard.findElement(By.id(id)).getText().replaceAll("\\D", ""));
    }
}
