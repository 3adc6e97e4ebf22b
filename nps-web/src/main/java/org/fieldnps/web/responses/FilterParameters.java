package org.fieldnps.web.responses;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldnps.reporting.responses.ResponseFilter;
import org.fieldnps.reporting.responses.ResponseParameters;

/**
 * The portal's filter parameters as one request gave them: read from the request, turned into
 * a response filter, and written back into links so that a page passes them on unchanged.
 */
final class FilterParameters {

    /** The shared parameter names, in the order links show them. */
    static final List<String> NAMES = List.of("period", "from", "to", "region", "team", "engineer", "serviceType",
            "tier", "channel", "category", "score", "q");

    private static final int LONGEST_VALUE = 400;

    private final Map<String, String> values;

    private FilterParameters(Map<String, String> values) {
        this.values = values;
    }

    /** The shared parameters among the given request parameters; others and blank ones are left out. */
    static FilterParameters of(Map<String, String> requestParameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = requestParameters.get(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) : value);
            }
        }
        return new FilterParameters(values);
    }

    ResponseFilter filter(Clock clock) {
        return ResponseParameters.filterOf(values, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    String get(String name) {
        return values.getOrDefault(name, "");
    }

    /** The parameters as a query string without the leading question mark, or empty. */
    String queryString() {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
