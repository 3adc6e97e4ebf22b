package org.fieldnps.reporting.responses;

/**
 * The order a search returns its responses in. Every order ends on the response id, so that a
 * page boundary falls in the same place on every request and paging neither skips nor repeats.
 */
public record ResponseOrder(Key key, boolean ascending) {

    /** What responses are ordered by. */
    public enum Key {
        RECEIVED("r.receivedAt"),
        SCORE("r.score"),
        ENGINEER("r.engineer.fsmId");

        private final String path;

        Key(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    public static final ResponseOrder NEWEST_FIRST = new ResponseOrder(Key.RECEIVED, false);

    public ResponseOrder {
        if (key == null) {
            throw new IllegalArgumentException("An order needs a key");
        }
    }

    String jpql() {
        String direction = ascending ? " asc" : " desc";
        String then = key == Key.RECEIVED ? "" : ", r.receivedAt desc";
        return " order by " + key.path() + direction + then + ", r.id" + (key == Key.RECEIVED ? direction : " desc");
    }
}
