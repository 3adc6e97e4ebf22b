package org.fieldnps.web.api;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks through the layers of exceptions that frameworks wrap around the one that matters: a
 * JSON-B failure around a parser's, a JPA failure around a driver's.
 */
final class Causes {

    private static final int MAXIMUM_DEPTH = 20;

    private Causes() {
    }

    /** The first exception of the given type among the thrown one and its causes. */
    static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        return chainOf(thrown).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The thrown exception and its causes, outermost first, safe against cycles. */
    static List<Throwable> chainOf(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && chain.size() < MAXIMUM_DEPTH; cause = next(cause)) {
            if (chain.contains(cause)) {
                break;
            }
            chain.add(cause);
        }
        return chain;
    }

    /** JDBC drivers chain a batch's failures as next exceptions rather than causes. */
    private static Throwable next(Throwable cause) {
        if (cause.getCause() == null && cause instanceof SQLException sql) {
            return sql.getNextException();
        }
        return cause.getCause();
    }
}
