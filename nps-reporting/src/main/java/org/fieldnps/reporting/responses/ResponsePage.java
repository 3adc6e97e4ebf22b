package org.fieldnps.reporting.responses;

import java.util.List;

/**
 * A page of a search: the responses on it, newest first, and how many match in all, so that a
 * caller knows when it has read everything.
 */
public record ResponsePage(long total, List<ResponseRow> items) {

    public ResponsePage {
        items = List.copyOf(items);
    }
}
