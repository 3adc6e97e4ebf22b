package org.fieldnps.web.api;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (answered with 503 and a Retry-After, since trying
 * again later will work) and a write that lost a race with another request (409) from other
 * failures, by looking through the chain of causes that JPA, EclipseLink and the connection pool
 * wrap around the driver's exception.
 */
final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    static boolean isUnavailable(Throwable thrown) {
        for (Throwable cause : Causes.chainOf(thrown)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // Payara's connection pool reports a database it cannot reach with this exception.
            if (cause.getClass().getSimpleName().equals("PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the write broke a unique or other constraint, as two identical requests at once do. */
    static boolean isConstraintViolation(Throwable thrown) {
        return Causes.chainOf(thrown).stream().anyMatch(
                cause -> cause instanceof SQLIntegrityConstraintViolationException
                        || cause instanceof SQLException sql && sql.getSQLState() != null
                                && sql.getSQLState().startsWith("23"));
    }

    /**
     * SQL states of a lost or refused connection: class 08 in the standard, PostgreSQL's 57P01
     * to 57P03 (server shutting down or starting), and H2's codes for a closed or broken database.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0")
                || state.equals("90067") || state.equals("90098") || state.equals("90121"));
    }
}
