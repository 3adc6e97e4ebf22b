package org.fieldnps.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldnps.reporting.figures.FigureFilter;

/**
 * The state of a portal page as it lives in its URL: the period and filter parameters the pages
 * share, in a fixed order, blank ones left out. Every link that changes the state is a plain GET
 * to a URL made here, so that the back button goes back one step and any view can be bookmarked.
 */
public final class PageParameters {

    /** The shared parameter names, in the order they appear in a URL. */
    public static final List<String> FILTER_NAMES = List.of(
            "period", "from", "to", "region", "team", "engineer", "serviceType", "tier", "channel");

    private final Map<String, String> values;

    private PageParameters(Map<String, String> values) {
        this.values = values;
    }

    public static PageParameters of(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        });
        return new PageParameters(kept);
    }

    public String get(String name) {
        return values.get(name);
    }

    /** The same state with one parameter set, or removed when the value is blank. */
    public PageParameters with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (value == null || value.isBlank()) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new PageParameters(changed);
    }

    public PageParameters without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        for (String name : names) {
            changed.remove(name);
        }
        return new PageParameters(changed);
    }

    /** Another period: a named one drops the custom days, so that they cannot contradict it. */
    public PageParameters withPeriod(String code) {
        return without("from", "to").with("period", code);
    }

    /**
     * The figures' filter these parameters name, read the same way for a page and its export.
     *
     * @throws org.fieldnps.domain.InvalidInputException naming the parameter that is wrong
     */
    public FigureFilter filter(Clock clock) {
        return FigureFilter.parse(get("period"), get("from"), get("to"), get("region"), get("team"),
                get("engineer"), get("serviceType"), get("tier"), get("channel"), clock);
    }

    /** The query string, without the question mark, parameters in their usual order. */
    public String query() {
        Map<String, String> ordered = new LinkedHashMap<>();
        FILTER_NAMES.stream().filter(values::containsKey).forEach(name -> ordered.put(name, values.get(name)));
        values.forEach(ordered::putIfAbsent);
        return ordered.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A link to a page of the portal with this state, such as {@code /index.xhtml?period=7d}. */
    public String link(String contextPath, String page) {
        String query = query();
        return contextPath + page + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return query();
    }
}
