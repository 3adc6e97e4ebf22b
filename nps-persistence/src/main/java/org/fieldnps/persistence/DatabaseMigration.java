package org.fieldnps.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up with the Flyway migrations in {@code db/migration}.
 *
 * <p>A migration that fails because the database went away after the deployment began does not
 * stop the application: it comes up not ready (see {@link DatabaseReadiness}) and tries again
 * every few seconds. The database must be reachable when an instance starts, though: the server
 * logs the persistence unit in while deploying, and a failed login fails the deployment. Starting
 * without a database would need that login deferred (EclipseLink's lazy session login behind a
 * configured target database), which is not done yet. Once running, an instance rides out
 * outages on its own; DatabaseOutageIT cuts and mends the link to prove it.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=nps.db.datasource-class}",
        url = "${MPCONFIG=nps.db.url}",
        user = "${MPCONFIG=nps.db.user}",
        password = "${MPCONFIG=nps.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/nps";

    private static final Logger LOGGER = Logger.getLogger(DatabaseMigration.class.getName());
    private static final long RETRY_SECONDS = 5;

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Event<SchemaReady> schemaReady;

    private volatile boolean schemaCurrent;

    @PostConstruct
    void migrateAtStartUp() {
        if (!tryToMigrate()) {
            scheduler.schedule(this::retry, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Whether the migrations have run; until then nothing may read or write. */
    public boolean isSchemaCurrent() {
        return schemaCurrent;
    }

    private void retry() {
        if (!tryToMigrate()) {
            scheduler.schedule(this::retry, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private synchronized boolean tryToMigrate() {
        if (schemaCurrent) {
            return true;
        }
        MigrateResult result;
        try {
            result = migrate(dataSource);
        } catch (RuntimeException e) {
            LOGGER.log(Level.SEVERE, "Database not migrated; trying again in " + RETRY_SECONDS + " s", e);
            return false;
        }

        schemaCurrent = true;
        LOGGER.log(Level.INFO, "Database schema at version {0} ({1} migrations applied now)",
                new Object[] {result.targetSchemaVersion, result.migrationsExecuted});

        schemaReady.fire(new SchemaReady(result.targetSchemaVersion));
        return true;
    }

    /** Applies the pending migrations; also used by tests to prepare a database. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
