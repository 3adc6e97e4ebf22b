package org.fieldnps.web.dashboard;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.figures.Figure;
import org.fieldnps.reporting.figures.FigureFilter;
import org.fieldnps.web.export.TableExport;
import org.fieldnps.web.security.CurrentUser;

/**
 * The dashboard's table of the parts one level down (regions, teams, engineers or service types)
 * as a file: the same parts and figures as the table, read through the same
 * {@link PartFigures}, under the filters of the address and the user's scope.
 */
@WebServlet(urlPatterns = {PartsExport.PATH + ".csv", PartsExport.PATH + ".xlsx"})
public class PartsExport extends TableExport {

    static final String PATH = "/export/parts";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PartFigures partFigures;

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected Table table(HttpServletRequest request, Map<String, String> parameters) {
        AccessScope scope = currentUser.getScope();
        FigureFilter filter = PageParameters.of(parameters).filter(Clock.systemUTC());
        ViewLevel level = partFigures.level(scope, filter);
        List<PartFigures.Part> parts = partFigures.parts(scope, filter);

        String name = level.partLabel();
        List<String> headers = List.of(name, "Code", "Responses", "Promoters", "Passives", "Detractors", "NPS",
                "Margin of error", "Low (95%)", "High (95%)", "Target", "Below target");
        String fileName = "nps-by-" + name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + filter.from()
                + "-to-" + filter.to();
        return new Table(fileName, "NPS by " + name.toLowerCase(Locale.ROOT), headers, writer -> {
            writer.widen(0, 28);
            for (PartFigures.Part part : parts) {
                Figure figure = part.figure();
                writer.row(figure.label(), figure.key(), figure.n(), figure.promoters(), figure.passives(),
                        figure.detractors(), figure.nps(), figure.marginOfError(), figure.low(), figure.high(),
                        part.target().nps(), part.belowTarget() ? "yes" : "no");
            }
        });
    }
}
