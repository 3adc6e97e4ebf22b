package org.fieldnps.web.responses;

import java.io.Serializable;

/** One choice of a filter's drop-down: the value sent, the words shown, and whether it is chosen. */
public record FilterOption(String value, String label, boolean selected) implements Serializable {
}
