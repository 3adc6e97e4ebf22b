package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.reporting.figures.FigureFilter;
import org.fieldnps.web.security.CurrentUser;

/**
 * The period picker and filters at the top of the figure pages: the choices a user may make and
 * the links and hidden fields that keep the rest of the page's state when one thing changes.
 */
@Named
@RequestScoped
public class FilterBar {

    private static final Map<String, String> PERIOD_NAMES = Map.of(
            "7d", "7 days", "30d", "30 days", "90d", "90 days", "this-month", "This month",
            "last-month", "Last month", "quarter", "Quarter", "year", "Year", "custom", "Custom");

    @Inject
    private PageFilter pageFilter;

    @Inject
    private ScopeChoices choices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext facesContext;

    private List<ScopeChoices.Choice> regions;
    private List<ScopeChoices.Choice> teams;
    private List<ScopeChoices.Choice> engineers;

    public String periodName(String code) {
        return PERIOD_NAMES.getOrDefault(code, code);
    }

    /** The same page and filters over another period. */
    public String periodLink(String page, String code) {
        return pageFilter.state().withPeriod(code).link(contextPath(), page);
    }

    /** The page without any region, team, engineer, service type, tier or channel filter. */
    public String clearLink(String page) {
        return pageFilter.state().without("region", "team", "engineer", "serviceType", "tier", "channel")
                .link(contextPath(), page);
    }

    public boolean isFiltered() {
        PageParameters state = pageFilter.state();
        return List.of("region", "team", "engineer", "serviceType", "tier", "channel").stream()
                .anyMatch(name -> state.get(name) != null);
    }

    /**
     * The state a form must carry in hidden fields, beside what its own fields set: the custom
     * period form carries the filters; the filter form carries the period and any level of the
     * hierarchy it offers no list for.
     */
    public List<Map.Entry<String, String>> hiddenFor(String form) {
        PageParameters state = pageFilter.state();
        List<String> names = new ArrayList<>();
        if (form.equals("custom")) {
            names.addAll(List.of("region", "team", "engineer", "serviceType", "tier", "channel"));
        } else {
            names.addAll(List.of("period", "from", "to"));
            if (getRegions().isEmpty()) {
                names.add("region");
            }
            if (getTeams().isEmpty()) {
                names.add("team");
            }
            if (getEngineers().isEmpty()) {
                names.add("engineer");
            }
        }
        return names.stream()
                .filter(name -> state.get(name) != null)
                .map(name -> Map.entry(name, state.get(name)))
                .toList();
    }

    public String getFirstDay() {
        FigureFilter filter = pageFilter.getFilter();
        return filter == null ? pageFilter.getFrom() : filter.from().toString();
    }

    public String getLastDay() {
        FigureFilter filter = pageFilter.getFilter();
        return filter == null ? pageFilter.getTo() : filter.to().toString();
    }

    public List<ScopeChoices.Choice> getRegions() {
        if (regions == null) {
            regions = choices.regions(currentUser.getScope());
        }
        return regions;
    }

    public List<ScopeChoices.Choice> getTeams() {
        if (teams == null) {
            teams = choices.teams(currentUser.getScope(), known(pageFilter.getRegion()));
        }
        return teams;
    }

    public List<ScopeChoices.Choice> getEngineers() {
        if (engineers == null) {
            engineers = choices.engineers(currentUser.getScope(), known(pageFilter.getTeam()));
        }
        return engineers;
    }

    public List<ScopeChoices.Choice> getServiceTypes() {
        return choices.serviceTypes();
    }

    public CustomerTier[] getTiers() {
        return CustomerTier.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    /** A code only once the figures accepted it as inside the scope, so lists never leak. */
    private String known(String code) {
        return pageFilter.getFilter() == null || code == null || code.isBlank() ? null : code.strip();
    }

    private String contextPath() {
        return facesContext.getExternalContext().getRequestContextPath();
    }
}
