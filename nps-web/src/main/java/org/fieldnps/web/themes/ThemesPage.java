package org.fieldnps.web.themes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.themes.DistinctiveTerm;
import org.fieldnps.domain.themes.ThemeRanking;
import org.fieldnps.domain.themes.Themes;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.OrganisationDirectory;
import org.fieldnps.persistence.organisation.Region;
import org.fieldnps.persistence.organisation.ServiceType;
import org.fieldnps.persistence.organisation.Team;
import org.fieldnps.reporting.themes.ReasonThemes;
import org.fieldnps.reporting.themes.ThemeSelection;
import org.fieldnps.reporting.themes.ThemesReport;
import org.fieldnps.web.security.CurrentUser;

/**
 * What customers say about the selection in the address: the terms of detractors and of
 * promoters, each with its counts, its strength and a link to the responses that use it. A
 * region, team or engineer outside the user's scope answers 404, as if it did not exist.
 */
@Named
@RequestScoped
public class ThemesPage {

    /** The periods offered, by the names the portal's addresses use. */
    private static final Map<String, String> PERIODS = periods();

    /** The parameters the period field sets; the others come from other pages' links and stay. */
    private static final Set<String> PERIOD_PARAMETERS = Set.of("period", "from", "to");

    /** Below this many reasons on a side, an empty list says more about the count than the customers. */
    private static final int FEW_REASONS = 20;

    @Inject
    private ReasonThemes reasonThemes;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private OrganisationDirectory directory;

    private List<ChosenFilter> chosenFilters;

    private ThemesReport report;
    private Map<String, String> given = Map.of();
    private double strongest;

    /** Reads the selection from the address and ranks its themes. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        given = external.getRequestParameterMap();
        try {
            ThemeSelection selection = ThemeSelection.fromParameters(given, Clock.systemUTC());
            report = reasonThemes.themes(currentUser.getScope(), selection);
        } catch (InvalidInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Check " + e.field() + ": " + e.getMessage(), null));
            return;
        } catch (NotFoundException e) {
            external.responseSendError(404, e.getMessage());
            faces.responseComplete();
            return;
        }
        strongest = Stream.concat(report.themes().detractorTerms().stream(),
                        report.themes().promoterTerms().stream())
                .mapToDouble(term -> Math.abs(term.zScore()))
                .max()
                .orElse(1.0);
    }

    public boolean isValid() {
        return report != null;
    }

    public ThemesReport getReport() {
        return report;
    }

    public Themes getThemes() {
        return report == null ? null : report.themes();
    }

    /** The days compared, as the heading shows them: "Last 90 days · 2026-09-05 to 2026-12-03". */
    public String getPeriodLabel() {
        if (report == null) {
            return "";
        }
        String label = PERIODS.getOrDefault(report.selection().period(), "");
        String days = report.selection().from() + " to " + report.selection().to();
        return "custom".equals(report.selection().period()) ? days : label + " · " + days;
    }

    /** The period names and their labels, for the period field. */
    public Map<String, String> getPeriods() {
        return PERIODS;
    }

    /** The value of an address parameter as given, or empty, to fill the fields with. */
    public String param(String name) {
        String value = given.get(name);
        return value == null ? "" : value;
    }

    /** The selected period's name, the default when none is given. */
    public String getPeriod() {
        if (report != null) {
            return report.selection().period();
        }
        return PERIODS.containsKey(param("period")) ? param("period") : ThemeSelection.DEFAULT_PERIOD;
    }

    /** The first day compared, to fill the period's first-day field with. */
    public String getFrom() {
        return report != null ? report.selection().from().toString() : param("from");
    }

    /** The last day compared. */
    public String getTo() {
        return report != null ? report.selection().to().toString() : param("to");
    }

    /** Why a side lists nothing: too few reasons to tell, or nothing that stands out. */
    public String noTerms(String side, long reasons) {
        if (reasons < FEW_REASONS) {
            return "Only " + reasons + " " + side + "’ reasons in this selection, too few for a word to stand out. "
                    + "A longer period or a wider filter may show more.";
        }
        return "No word or phrase is in at least " + ThemeRanking.standard().minimumCount() + " " + side
                + "’ reasons and more typical of them than of the others.";
    }

    /** The filters other than the period, as given: they ride along when the period changes. */
    public List<Map.Entry<String, String>> getOtherFilters() {
        if (report == null) {
            return List.of();
        }
        return report.selection().parameters().entrySet().stream()
                .filter(entry -> !PERIOD_PARAMETERS.contains(entry.getKey()))
                .toList();
    }

    /** The filters other than the period as a person reads them, each with the address without it. */
    public List<ChosenFilter> getChosenFilters() {
        if (chosenFilters == null) {
            chosenFilters = getOtherFilters().stream()
                    .map(filter -> new ChosenFilter(filterLabel(filter.getKey()),
                            filterValue(filter.getKey(), filter.getValue()), without(filter.getKey())))
                    .toList();
        }
        return chosenFilters;
    }

    /** A filter as the page shows it: "Team", "Liverpool", and the address without it. */
    public record ChosenFilter(String label, String value, String removeLink) {
    }

    /** The name behind a code, "Liverpool" for LIV; the selection is inside the scope already. */
    private String filterValue(String name, String code) {
        return switch (name) {
            case "region" -> directory.findRegionByCode(code).map(Region::getName).orElse(code);
            case "team" -> directory.findTeamByCode(code).map(Team::getName).orElse(code);
            case "engineer" -> directory.findEngineerByFsmId(code).map(Engineer::getFullName).orElse(code);
            case "serviceType" -> directory.findServiceTypeByCode(code).map(ServiceType::getName).orElse(code);
            default -> code;
        };
    }

    /** A filter's name as a person reads it: "Service type". */
    private static String filterLabel(String name) {
        return switch (name) {
            case "serviceType" -> "Service type";
            default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
    }

    /** The address of this page without one filter, for the "remove" mark beside it. */
    private String without(String name) {
        Map<String, String> parameters = new LinkedHashMap<>(report.selection().parameters());
        parameters.remove(name);
        return "themes.xhtml?" + query(parameters);
    }

    /** The responses whose reasons mention the term, under the same filters. */
    public String responsesLink(DistinctiveTerm term) {
        return "responses.xhtml?" + query(report.selection().parameters()) + "&q="
                + URLEncoder.encode(term.term(), StandardCharsets.UTF_8);
    }

    /** How wide the term's bar is, in percent of the strongest term on the page. */
    public long barWidth(DistinctiveTerm term) {
        return Math.max(2, Math.round(100 * Math.abs(term.zScore()) / strongest));
    }

    /** The strength as a number: the z-score without its sign, which the side already tells. */
    public String z(DistinctiveTerm term) {
        return String.format(Locale.ROOT, "%.1f", Math.abs(term.zScore()));
    }

    /** "312 (26%)": in how many of a group's reasons the term occurs; the heading gives the group's. */
    public String share(long reasons, long of) {
        if (of == 0) {
            return "0";
        }
        return String.format(Locale.UK, "%,d (%.0f%%)", reasons, 100.0 * reasons / of);
    }

    public String count(long number) {
        return String.format(Locale.UK, "%,d", number);
    }

    private static String query(Map<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return pairs.stream().collect(Collectors.joining("&"));
    }

    private static Map<String, String> periods() {
        Map<String, String> periods = new LinkedHashMap<>();
        periods.put("7d", "Last 7 days");
        periods.put("30d", "Last 30 days");
        periods.put("90d", "Last 90 days");
        periods.put("this-month", "This month");
        periods.put("last-month", "Last month");
        periods.put("quarter", "This quarter");
        periods.put("year", "This year");
        periods.put("custom", "From … to …");
        return Collections.unmodifiableMap(periods);
    }
}
