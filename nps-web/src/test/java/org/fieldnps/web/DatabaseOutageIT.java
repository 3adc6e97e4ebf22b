package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application on PostgreSQL, reached through a link the test can cut (the payara-micro-pg
 * container in arquillian.xml): while the database is unreachable the instance reports itself not
 * ready and the API answers 503 with Retry-After; once the database is back, both recover without
 * a restart. The link opens before the deployment, as the persistence unit logs in when deployed.
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfSystemProperty(named = "nps.test.postgresql.skip", matches = "true")
class DatabaseOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String SCHEMA = "nps_outage_it";
    private static final String API_KEY = "nps_test_bootstrap_key_for_the_capture_api_it";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static DatabaseLink link;

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-pg")
    static WebArchive builtWar() throws SQLException {
        openTheLinkToAnEmptySchema();
        return DeployedWar.asBuilt();
    }

    private static void openTheLinkToAnEmptySchema() throws SQLException {
        TestSchema.recreate(SCHEMA);
        URI database = URI.create(System.getProperty("nps.test.postgresql.url").substring("jdbc:".length()));
        link = DatabaseLink.open(Integer.getInteger("nps.test.databaseLinkPort"), database.getHost(),
                database.getPort());
    }

    @AfterAll
    static void closeTheLink() {
        if (link != null) {
            link.close();
        }
    }

    @Test
    void notReadyAndRefusingWritesWhileTheDatabaseIsAwayThenBackOnItsOwn() throws Exception {
        awaitReadiness(200);
        assertEquals(200, listResponses().statusCode());

        link.cut();

        awaitReadiness(503);
        HttpResponse<String> refused = listResponses();
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow()
                .split(";")[0]);
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After header");

        link.mend();

        awaitReadiness(200);
        HttpResponse<String> served = listResponses();
        assertEquals(200, served.statusCode(), served.body());
        assertTrue(served.body().contains("\"total\""), served.body());
    }

    private void awaitReadiness(int status) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        int last;
        do {
            last = send(HttpRequest.newBuilder(baseUrl.toURI().resolve("/health/ready"))).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(giveUp));
        assertEquals(status, last, "/health/ready after " + PATIENCE.toSeconds() + " s");
    }

    private HttpResponse<String> listResponses() throws Exception {
        return send(HttpRequest.newBuilder(baseUrl.toURI().resolve("/api/v1/responses?limit=1"))
                .header("Authorization", "Bearer " + API_KEY));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), BodyHandlers.ofString());
    }
}
