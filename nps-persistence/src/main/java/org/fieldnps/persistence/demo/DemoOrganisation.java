package org.fieldnps.persistence.demo;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldnps.persistence.DatabaseMigration;
import org.fieldnps.persistence.SchemaReady;
import org.fieldnps.persistence.access.PasswordHasher;

/**
 * Loads the demo organisation into an empty database when {@code NPS_DEMO_DATA} is true, so that
 * a first look at the product has two years of history to explore. A database that already has
 * an organisation is never touched.
 */
@ApplicationScoped
public class DemoOrganisation {

    private static final Logger LOGGER = Logger.getLogger(DemoOrganisation.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "nps.demo.data", defaultValue = "false")
    private boolean demoData;

    @Inject
    @ConfigProperty(name = "nps.demo.password", defaultValue = "demo")
    private String demoPassword;

    void loadIntoEmptyDatabase(@Observes @Priority(SchemaReady.DEMO_DATA) SchemaReady ready) {
        if (!demoData) {
            return;
        }
        try {
            load(dataSource, LocalDate.now(ZoneOffset.UTC), hasher.hash(demoPassword));
        } catch (SQLException e) {
            LOGGER.log(Level.SEVERE, "Demo organisation not loaded", e);
        }
    }

    /**
     * Writes the demo history for the given day into the database, unless it has an
     * organisation already. Returns whether it wrote anything.
     */
    public static boolean load(DataSource dataSource, LocalDate today, String passwordHash) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (hasOrganisation(connection)) {
                LOGGER.info("Demo organisation not loaded: the database already has one");
                return false;
            }

            long started = System.nanoTime();
            DemoHistory history = new DemoHistory(today);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                new DemoDataWriter().write(connection, history, passwordHash);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }

            LOGGER.log(Level.INFO, "Demo organisation loaded: {0} engineers, {1} jobs, {2} responses in {3} ms",
                    new Object[] {history.engineers().size(), history.jobs().size(), history.responses().size(),
                        (System.nanoTime() - started) / 1_000_000});
            return true;
        }
    }

    private static boolean hasOrganisation(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from region")) {
            result.next();
            return result.getLong(1) > 0;
        }
    }
}
