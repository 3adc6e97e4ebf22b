package org.fieldnps.web;

import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
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
        TestSchema.recreate(SCHEMA);
        return DeployedWar.asBuilt();
    }

    @Deployment(name = "second", order = 2, testable = false)
    @TargetsContainer("payara-micro-cluster-b")
    static WebArchive secondInstance() {
        return DeployedWar.asBuilt();
    }

    @Test
    void anAnswerRecordedOnOneInstanceReachesADashboardOpenOnTheOther() throws Exception {
        WebDriver dashboard = manager.driver();
        Browser.logIn(dashboard, second, "team.manager");
        new WebDriverWait(dashboard, PUSH_PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#live.connected")));
        long responsesBefore = figure(dashboard, "responses");
        long detractorsBefore = figure(dashboard, "detractors");

        FieldServiceSystem.recordAnswer(first, LIVERPOOL_ENGINEER, 3, "Arrived late, nobody rang.");
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

    private static long figure(WebDriver dashboard, String id) {
        return Long.parseLong(dashboard.findElement(By.id(id)).getText().replaceAll("\\D", ""));
    }
}
