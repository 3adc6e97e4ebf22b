package org.fieldnps.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A schema of its own on the test PostgreSQL server, for a container that runs on it. */
final class TestSchema {

    private TestSchema() {
    }

    /** Drops the schema with everything in it, if there is one, and creates it empty. */
    static void recreate(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("nps.test.postgresql.url"),
                System.getProperty("nps.test.postgresql.user"), System.getProperty("nps.test.postgresql.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
    }
}
