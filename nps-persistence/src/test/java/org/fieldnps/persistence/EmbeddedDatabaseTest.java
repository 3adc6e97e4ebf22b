package org.fieldnps.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database: an H2 file in the data directory that outlives the application. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void embeddedUrlPointsIntoTheDataDirectoryAsAnAbsolutePath() {
        String url = DatabaseDefaults.embeddedUrlIn("relative/data");

        assertThat(url).startsWith("jdbc:h2:file:" + Path.of("relative/data").toAbsolutePath().normalize());
        assertThat(url).contains("/database/nps");
    }

    @Test
    void urlSchemeChoosesTheDataSourceClass() {
        assertThat(DatabaseDefaults.dataSourceClassFor("jdbc:postgresql://db:5432/nps"))
                .isEqualTo("org.postgresql.ds.PGSimpleDataSource");
        assertThat(DatabaseDefaults.dataSourceClassFor("jdbc:h2:file:/var/nps/db"))
                .isEqualTo("org.h2.jdbcx.JdbcDataSource");
        assertThatThrownBy(() -> DatabaseDefaults.dataSourceClassFor("jdbc:mysql://db/nps"))
                .hasMessageContaining("NPS_DB_URL");
    }

    @Test
    void migratedDataSurvivesClosingAndReopeningTheFile() throws SQLException {
        String url = DatabaseDefaults.embeddedUrlIn(dataDirectory.toString());
        DataSource firstRun = TestDatabase.h2File(url);
        DatabaseMigration.migrate(firstRun);
        execute(firstRun, "insert into region (id, code, name) values (1, 'NW', 'North West')");
        execute(firstRun, "shutdown");

        DataSource secondRun = TestDatabase.h2File(url);
        var secondMigration = DatabaseMigration.migrate(secondRun);

        assertThat(secondMigration.migrationsExecuted).isZero();
        assertThat(Files.exists(dataDirectory.resolve("database").resolve("nps.mv.db"))).isTrue();
        try (Connection connection = secondRun.getConnection();
                ResultSet names = connection.createStatement().executeQuery("select name from region")) {
            assertThat(names.next()).isTrue();
            assertThat(names.getString(1)).isEqualTo("North West");
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
