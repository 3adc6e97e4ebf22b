package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.settings.Settings;
import org.fieldnps.reporting.figures.Figure;
import org.fieldnps.reporting.figures.FigureFilter;
import org.fieldnps.reporting.figures.Grouping;
import org.fieldnps.reporting.figures.LeagueRow;
import org.fieldnps.reporting.figures.LeagueTable;
import org.fieldnps.reporting.figures.LeagueTables;
import org.fieldnps.web.security.CurrentUser;

/**
 * The league tables: the engineers and teams a manager may see, over the period and filters in
 * the URL, ranked by their empirical-Bayes estimate so that a handful of answers neither tops nor
 * sinks anyone. The ranking is the reporting module's; this bean adds links and sparklines.
 */
@Named
@RequestScoped
public class LeaguePage {

    static final String PAGE = "/league.xhtml";

    /** Beyond this many engineers the table links to each trend instead of drawing it. */
    private static final int MOST_SPARKLINES = 60;

    @Inject
    private LeagueTables leagueTables;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ScopeChoices choices;

    @Inject
    private Settings settings;

    @Inject
    private FacesContext facesContext;

    @Inject
    private PageFilter parameters;

    private final LocalTime computedAt = LocalTime.now(ZoneOffset.UTC);

    private FigureFilter filter;
    private LeagueTable teams;
    private List<Row> teamRows = List.of();
    private List<Row> engineerRows = List.of();

    /** Reads the parameters and ranks; answers 404 for a part outside the scope. */
    public void load() throws IOException {
        AccessScope scope = currentUser.getScope();
        filter = parameters.getFilter();
        if (filter == null) {
            return;
        }
        try {
            if (showsTeams(scope, filter)) {
                teams = leagueTables.teams(scope, filter);
                teamRows = teams.rows().stream()
                        .map(row -> new Row(row, link("team", row.key(), DashboardPage.PAGE),
                                detractorsLink("team", row.key()), null))
                        .toList();
            }
            LeagueTable engineers = leagueTables.engineers(scope, filter);
            Grouping step = filter.period().days() <= DashboardPage.LONGEST_WEEKLY_PERIOD
                    ? Grouping.WEEK : Grouping.MONTH;
            Map<String, List<Figure>> trends = engineers.rows().size() <= MOST_SPARKLINES
                    ? leagueTables.engineerTrends(scope, filter, step) : Map.of();
            engineerRows = engineers.rows().stream()
                    .map(row -> new Row(row, link("engineer", row.key(), DashboardPage.PAGE),
                            detractorsLink("engineer", row.key()),
                            trends.containsKey(row.key()) ? Sparkline.of(trends.get(row.key())) : null))
                    .toList();
        } catch (NotFoundException outside) {
            filter = null;
            facesContext.getExternalContext().responseSendError(404, outside.getMessage());
            facesContext.responseComplete();
        } catch (InvalidInputException invalid) {
            filter = null;
            parameters.refuse(invalid);
        }
    }

    /** A table of teams is worth showing only above a single team. */
    static boolean showsTeams(AccessScope scope, FigureFilter filter) {
        return scope.level() != AccessScope.Level.TEAM && filter.teamCode() == null && filter.engineerId() == null;
    }

    public boolean isValid() {
        return filter != null;
    }

    public FigureFilter getFilter() {
        return filter;
    }

    public List<Row> getTeams() {
        return teamRows;
    }

    public List<Row> getEngineers() {
        return engineerRows;
    }

    public boolean isTeamsShown() {
        return teams != null;
    }

    public String getTrendStep() {
        return filter.period().days() <= DashboardPage.LONGEST_WEEKLY_PERIOD ? "week by week" : "month by month";
    }

    public String getUpdatedAt() {
        return computedAt.truncatedTo(ChronoUnit.SECONDS) + " UTC";
    }

    public List<ScopeChoices.Crumb> getPath() {
        return choices.path(currentUser.getScope(), settings.current().getCompanyName(), parameters.state(),
                contextPath(), PAGE);
    }

    public String getDashboardLink() {
        return parameters.state().link(contextPath(), DashboardPage.PAGE);
    }

    /** One of the tables, {@code teams} or {@code engineers}, as a file under the page's filters. */
    public String exportLink(String table, String format) {
        return parameters.state().link(contextPath(), LeagueExport.PATH + table + "." + format);
    }

    private String link(String parameter, String key, String page) {
        return parameters.state().with(parameter, key).link(contextPath(), page);
    }

    private String detractorsLink(String parameter, String key) {
        return parameters.state().with(parameter, key).with("category", "detractor")
                .link(contextPath(), DashboardPage.RESPONSES_PAGE);
    }

    private String contextPath() {
        return facesContext.getExternalContext().getRequestContextPath();
    }

    /** A ranked row with where its name and its detractors lead, and its trend if drawn. */
    public record Row(LeagueRow league, String link, String detractorsLink, Sparkline trend) {

        /** The credible interval on the -100..100 scale as x positions out of 100, for the row's bar. */
        public String getLowX() {
            return TrendChart.format((league.shrunk().low() + 100) / 2);
        }

        public String getIntervalWidth() {
            return TrendChart.format(Math.max(0.8, (league.shrunk().high() - league.shrunk().low()) / 2));
        }

        public String getEstimateX() {
            return TrendChart.format((league.shrunk().nps() + 100) / 2);
        }

        public String getTargetX() {
            return TrendChart.format((league.target().nps() + 100) / 2);
        }

        public String getRowClass() {
            if (league.clearlyBelowTarget()) {
                return "below-target clearly-below";
            }
            return league.belowTarget() ? "below-target" : "";
        }
    }
}
