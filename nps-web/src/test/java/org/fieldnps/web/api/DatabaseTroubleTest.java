package org.fieldnps.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures count as a database that is down (503) or a lost race (409), however wrapped. */
class DatabaseTroubleTest {

    @Test
    void lostConnectionDeepInsideJpaFailuresIsUnavailability() {
        var postgreSqlGone = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var poolEmpty = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated"));

        assertTrue(DatabaseTrouble.isUnavailable(new PersistenceException(new RuntimeException(postgreSqlGone))));
        assertTrue(DatabaseTrouble.isUnavailable(new PersistenceException(poolEmpty)));
        assertTrue(DatabaseTrouble.isUnavailable(new SQLTransientConnectionException("timeout")));
        assertTrue(DatabaseTrouble.isUnavailable(new SQLException("shutting down", "57P01")));
    }

    @Test
    void brokenRulesAndProgrammingErrorsAreNotUnavailability() {
        assertFalse(DatabaseTrouble.isUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseTrouble.isUnavailable(new IllegalStateException("bug")));
        assertFalse(DatabaseTrouble.isUnavailable(new PersistenceException(new SQLIntegrityConstraintViolationException(
                "duplicate", "23505"))));
    }

    @Test
    void duplicateKeyFromAConcurrentRequestIsAConstraintViolation() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertTrue(DatabaseTrouble.isConstraintViolation(new PersistenceException(duplicate)));
        assertFalse(DatabaseTrouble.isConstraintViolation(new SQLException("connection refused", "08001")));
    }

    @Test
    void causeChainsThatLoopAreWalkedOnce() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(DatabaseTrouble.isUnavailable(first));
    }
}
