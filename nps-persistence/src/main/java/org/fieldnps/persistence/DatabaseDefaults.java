package org.fieldnps.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the data-source settings that depend on each other, so that operators set only
 * {@code NPS_DB_URL} (or nothing) and the rest follows.
 *
 * <p>Without a URL the application runs on an embedded H2 file in {@code NPS_DATA_DIR}; the
 * directory is made absolute here because H2 refuses implicitly relative paths. The JDBC
 * data-source class follows from the URL's scheme. A config source cannot ask the config for
 * other values, so it reads the two keys from where MicroProfile Config would find them first
 * (system property, then environment variable); its own ordinal is below the application's
 * properties file, so any explicit setting still wins.
 */
public final class DatabaseDefaults implements ConfigSource {

    static final String URL = "nps.db.url";
    static final String DATA_SOURCE_CLASS = "nps.db.datasource-class";
    static final String DATA_DIR = "nps.data.dir";

    private static final String DEFAULT_DATA_DIR = "./nps-data";
    private static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";
    private static final String POSTGRESQL_DATA_SOURCE = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Map<String, String> getProperties() {
        String url = lookUp(URL, embeddedUrl());
        return Map.of(URL, url, DATA_SOURCE_CLASS, dataSourceClassFor(url));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, DATA_SOURCE_CLASS);
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "nps-database-defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    /** The JDBC data-source class for a URL; PostgreSQL and H2 are the two supported databases. */
    static String dataSourceClassFor(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL_DATA_SOURCE;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2_DATA_SOURCE;
        }
        throw new IllegalStateException("NPS_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL");
    }

    /** The embedded database's URL for a data directory. */
    static String embeddedUrlIn(String dataDirectory) {
        Path file = Path.of(dataDirectory).toAbsolutePath().normalize().resolve("database").resolve("nps");
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static String embeddedUrl() {
        return embeddedUrlIn(lookUp(DATA_DIR, DEFAULT_DATA_DIR));
    }

    private static String lookUp(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.replace('.', '_').replace('-', '_').toUpperCase());
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
