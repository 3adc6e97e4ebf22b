package org.fieldnps.web.responses;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.organisation.OrganisationDirectory;
import org.fieldnps.persistence.organisation.Region;
import org.fieldnps.persistence.organisation.ServiceType;
import org.fieldnps.persistence.organisation.Team;
import org.fieldnps.reporting.responses.ResponseFilter;
import org.fieldnps.reporting.responses.ResponseParameters;
import org.fieldnps.reporting.responses.ResponseRow;
import org.fieldnps.reporting.responses.ResponseSearch;
import org.fieldnps.web.security.CurrentUser;

/**
 * The responses table: the responses the user may see under the filters in the address, a page
 * at a time. Filters change by GET, so the address always says what is shown; sorting and
 * paging are ajax within the view, and new answers are announced without moving the table.
 */
@Named
@ViewScoped
public class ResponsesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResponseSearch search;

    @Inject
    private OrganisationDirectory directory;

    @Inject
    private CurrentUser currentUser;

    private static final String TABLE_ID = "table-form:responses";
    private static final List<String> PERIODS = List.of("7d", "Last 7 days", "30d", "Last 30 days",
            "90d", "Last 90 days", "this-month", "This month", "last-month", "Last month", "quarter",
            "This quarter", "year", "This year", "custom", "From … to …");

    private FilterParameters parameters;
    private ResponseFilter filter;
    private AccessScope scope;
    private ResponseTable table;
    private Instant shownSince;
    private long arrivedSince;
    private Map<String, String> serviceTypeNames;

    /** Reads the filters of the address; a code outside the user's scope answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        parameters = FilterParameters.of(external.getRequestParameterMap());
        scope = currentUser.getScope();
        try {
            filter = parameters.filter(Clock.systemUTC());
            search.requireInsideScope(scope, filter);
        } catch (InvalidInputException e) {
            faces.addMessage(e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Check " + e.field() + ": " + e.getMessage(), null));
            filter = null;
            return;
        } catch (NotFoundException e) {
            external.responseSendError(404, e.getMessage());
            faces.responseComplete();
            return;
        }
        shownSince = Instant.now();
        table = new ResponseTable(search, scope, filter);
    }

    /**
     * New answers reached the user: the first page in its usual order is simply refreshed;
     * anywhere else the reader is told how many arrived and keeps their place.
     */
    public void newResponses() {
        if (table == null) {
            return;
        }
        if (table.showsNewestFirstPage()) {
            shownSince = Instant.now();
            arrivedSince = 0;
            FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds().add(TABLE_ID);
        } else {
            arrivedSince = search.countReceivedAfter(scope, filter, shownSince);
        }
    }

    public boolean isValid() {
        return table != null;
    }

    public ResponseTable getTable() {
        return table;
    }

    public long getArrivedSince() {
        return arrivedSince;
    }

    public String param(String name) {
        return parameters == null ? "" : parameters.get(name);
    }

    /** The period shown, for the heading: "Last 90 days", "2026-11-01 to 2026-11-30". */
    /** The table's paginator: where the rows are, the page links and how many rows a page shows. */
    public String getPaginatorTemplate() {
        return "{CurrentPageReport} {FirstPageLink} {PreviousPageLink} {PageLinks} {NextPageLink} {LastPageLink}"
                + " {RowsPerPageDropdown}";
    }

    public String getPeriodLabel() {
        if (filter == null) {
            return "";
        }
        String from = filter.from() == null ? "the first answer" : filter.from().toString();
        String to = filter.to() == null ? "today" : filter.to().toString();
        return from + " to " + to;
    }

    /** The filters as a query string, for links that keep them: detail pages, exports, the table. */
    public String getQueryString() {
        return parameters == null ? "" : parameters.queryString();
    }

    public String detailLink(ResponseRow row) {
        String query = getQueryString();
        return "response.xhtml?id=" + row.id() + (query.isEmpty() ? "" : "&" + query);
    }

    public String exportLink(String format) {
        String query = getQueryString();
        return "export/responses." + format + (query.isEmpty() ? "" : "?" + query);
    }

    public List<FilterOption> getPeriods() {
        return options("period", PERIODS, ResponseParameters.DEFAULT_PERIOD);
    }

    public List<FilterOption> getCategories() {
        return options("category", List.of("", "Any", "promoter", "Promoters", "passive", "Passives",
                "detractor", "Detractors"), "");
    }

    public List<FilterOption> getTiers() {
        List<String> choices = new ArrayList<>(List.of("", "Any"));
        for (CustomerTier tier : CustomerTier.values()) {
            choices.add(tier.name().toLowerCase(Locale.ROOT));
            choices.add(tier.label());
        }
        return options("tier", choices, "");
    }

    public List<FilterOption> getChannels() {
        List<String> choices = new ArrayList<>(List.of("", "Any"));
        for (Channel channel : Channel.values()) {
            choices.add(channel.name().toLowerCase(Locale.ROOT));
            choices.add(channel.label());
        }
        return options("channel", choices, "");
    }

    public List<FilterOption> getScores() {
        List<String> choices = new ArrayList<>(List.of("", "Any"));
        for (int score = 0; score <= 10; score++) {
            choices.add(Integer.toString(score));
            choices.add(Integer.toString(score));
        }
        return options("score", choices, "");
    }

    /** A service type's name for the table, by its code; the code itself if it has none. */
    public String serviceTypeName(String code) {
        if (serviceTypeNames == null) {
            serviceTypeNames = new HashMap<>();
            directory.serviceTypes().forEach(type -> serviceTypeNames.put(type.getCode(), type.getName()));
        }
        return serviceTypeNames.getOrDefault(code, code);
    }

    public List<FilterOption> getServiceTypes() {
        List<String> choices = new ArrayList<>(List.of("", "Any"));
        for (ServiceType type : directory.serviceTypes()) {
            choices.add(type.getCode());
            choices.add(type.getName());
        }
        return options("serviceType", choices, "");
    }

    /** The teams the user may see, by name; a team manager has just their own. */
    public List<FilterOption> getTeams() {
        List<String> choices = new ArrayList<>(List.of("", "Any"));
        List<Team> teams = switch (scope.level()) {
            case ORGANISATION -> directory.regions().stream().flatMap(r -> directory.teamsIn(r).stream()).toList();
            case REGION -> directory.findRegion(scope.id()).map(directory::teamsIn).orElse(List.of());
            case TEAM -> directory.findTeam(scope.id()).stream().toList();
        };
        for (Team team : teams) {
            choices.add(team.getCode());
            choices.add(team.getName());
        }
        return options("team", choices, "");
    }

    /** Regions to choose from, for those who see more than one. */
    public List<FilterOption> getRegions() {
        List<String> choices = new ArrayList<>(List.of("", "Any"));
        if (scope.level() == AccessScope.Level.ORGANISATION) {
            for (Region region : directory.regions()) {
                choices.add(region.getCode());
                choices.add(region.getName());
            }
        }
        return options("region", choices, "");
    }

    /** Choices given as value, label, value, label …, with the one in the address selected. */
    private List<FilterOption> options(String name, List<String> valuesAndLabels, String absent) {
        String chosen = param(name).isEmpty() ? absent : param(name);
        List<FilterOption> options = new ArrayList<>();
        for (int i = 0; i < valuesAndLabels.size(); i += 2) {
            String value = valuesAndLabels.get(i);
            options.add(new FilterOption(value, valuesAndLabels.get(i + 1), value.equalsIgnoreCase(chosen)));
        }
        return options;
    }
}
