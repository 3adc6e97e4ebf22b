package org.fieldnps.web.dashboard;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.figures.FigureFilter;
import org.fieldnps.reporting.figures.LeagueRow;
import org.fieldnps.reporting.figures.LeagueTable;
import org.fieldnps.reporting.figures.LeagueTables;
import org.fieldnps.web.export.TableExport;
import org.fieldnps.web.security.CurrentUser;

/**
 * A league table of the league page as a file: the teams or the engineers, ranked by the
 * reporting module exactly as on the page, under the filters of the address and the user's
 * scope. The teams' table exists only where the page shows it, above a single team.
 */
@WebServlet(urlPatterns = {
    LeagueExport.PATH + LeagueExport.TEAMS + ".csv", LeagueExport.PATH + LeagueExport.TEAMS + ".xlsx",
    LeagueExport.PATH + LeagueExport.ENGINEERS + ".csv", LeagueExport.PATH + LeagueExport.ENGINEERS + ".xlsx"})
public class LeagueExport extends TableExport {

    static final String PATH = "/export/league-";
    static final String TEAMS = "teams";
    static final String ENGINEERS = "engineers";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LeagueTables leagueTables;

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected Table table(HttpServletRequest request, Map<String, String> parameters) {
        AccessScope scope = currentUser.getScope();
        FigureFilter filter = PageParameters.of(parameters).filter(Clock.systemUTC());
        boolean teams = request.getServletPath().startsWith(PATH + TEAMS + ".");
        LeagueTable table;
        if (teams) {
            if (!LeaguePage.showsTeams(scope, filter)) {
                throw new NotFoundException("team", "No table of teams for a single team or engineer.");
            }
            table = leagueTables.teams(scope, filter);
        } else {
            table = leagueTables.engineers(scope, filter);
        }

        String what = teams ? TEAMS : ENGINEERS;
        List<String> headers = List.of("Rank", teams ? "Team" : "Engineer", teams ? "Code" : "Engineer id",
                teams ? "Region" : "Team", "Responses", "Detractors", "Estimate", "Low (95% credible)",
                "High (95% credible)", "Raw NPS", "Target", "Below target", "Clearly below target");
        String fileName = "league-" + what + "-" + filter.from() + "-to-" + filter.to();
        return new Table(fileName, "League of " + what, headers, writer -> {
            writer.widen(1, 28);
            writer.widen(3, 20);
            for (LeagueRow row : table.rows()) {
                writer.row(row.rank(), row.label(), row.key(), row.groupName(), row.figure().n(),
                        row.figure().detractors(), row.shrunk().nps(), row.shrunk().low(), row.shrunk().high(),
                        row.figure().nps(), row.target().nps(), row.belowTarget() ? "yes" : "no",
                        row.clearlyBelowTarget() ? "yes" : "no");
            }
        });
    }
}
