package org.fieldnps.reporting.responses;

import org.fieldnps.domain.InvalidInputException;

/**
 * Which page of a long list to return. Pages are capped so that one request cannot make the
 * server read and send an unbounded number of rows.
 *
 * @param limit  how many items at most, from 1 to {@value #MAXIMUM_LIMIT}
 * @param offset how many items of the ordered list to skip
 */
public record Paging(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAXIMUM_LIMIT = 500;

    public Paging {
        if (limit < 1 || limit > MAXIMUM_LIMIT) {
            throw new InvalidInputException("limit", "A page holds from 1 to " + MAXIMUM_LIMIT + " items; "
                    + limit + " is not allowed.");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "The offset counts items to skip and cannot be negative.");
        }
    }

    public static Paging first(int limit) {
        return new Paging(limit, 0);
    }
}
