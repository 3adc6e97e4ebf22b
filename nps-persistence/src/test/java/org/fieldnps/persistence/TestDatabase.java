package org.fieldnps.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A freshly migrated database for a test class: an in-memory H2 by default, or a clean schema on
 * the PostgreSQL server named by {@code nps.test.postgresql.url} when the build runs the tests a
 * second time with {@code nps.test.database=postgresql}. The application's own persistence unit
 * runs on it, switched to resource-local transactions.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String POSTGRESQL_SCHEMA = System.getProperty("nps.test.postgresql.schema", "nps_test");

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;

    private TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.entityManagerFactory = Persistence.createEntityManagerFactory("nps", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
    }

    /** A new, empty, migrated database of the kind this test run is for. */
    public static TestDatabase create() {
        DataSource dataSource = isPostgreSql() ? postgreSql() : newInMemoryH2();
        Flyway flyway = flywayOn(dataSource);
        flyway.clean();
        flyway.migrate();
        return new TestDatabase(dataSource);
    }

    /** An H2 database in a file, as the application keeps by default. */
    public static DataSource h2File(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("nps");
        h2.setPassword("nps");
        return h2;
    }

    public static boolean isPostgreSql() {
        return "postgresql".equals(System.getProperty("nps.test.database"));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in one transaction and commits it. */
    public void execute(Consumer<EntityManager> work) {
        inTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    /** Runs the work in one transaction, commits it and returns its result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    @Override
    public void close() {
        entityManagerFactory.close();
    }

    private static DataSource newInMemoryH2() {
        return h2File("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static Flyway flywayOn(DataSource dataSource) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(false);
        if (isPostgreSql()) {
            configuration.schemas(POSTGRESQL_SCHEMA);
        }
        return configuration.load();
    }

    private static DataSource postgreSql() {
        PGSimpleDataSource postgreSql = new PGSimpleDataSource();
        postgreSql.setUrl(System.getProperty("nps.test.postgresql.url"));
        postgreSql.setUser(System.getProperty("nps.test.postgresql.user"));
        postgreSql.setPassword(System.getProperty("nps.test.postgresql.password", ""));
        postgreSql.setCurrentSchema(POSTGRESQL_SCHEMA);
        return postgreSql;
    }
}
