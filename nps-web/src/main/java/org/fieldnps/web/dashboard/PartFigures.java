package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.figures.Figure;
import org.fieldnps.reporting.figures.FigureFilter;
import org.fieldnps.reporting.figures.NpsQuery;
import org.fieldnps.reporting.figures.Target;

/**
 * The parts one level down from what a dashboard looks at, each with the target it is held to,
 * read once here for the dashboard's table and for its export, so that the two cannot differ.
 */
@ApplicationScoped
public class PartFigures {

    @Inject
    private NpsQuery query;

    /** The level a user with this scope looks at under this filter, which decides the parts. */
    public ViewLevel level(AccessScope scope, FigureFilter filter) {
        return ViewLevel.of(scope, filter.regionCode(), filter.teamCode(), filter.engineerId());
    }

    /**
     * A region's or team's own target for each region or team; the target of what the page looks
     * at for engineers and service types, which have none of their own.
     */
    public List<Part> parts(AccessScope scope, FigureFilter filter) {
        ViewLevel level = level(scope, filter);
        Target shared = switch (level) {
            case ORGANISATION, REGION -> null;
            case TEAM, ENGINEER -> query.target(scope, filter);
        };

        List<Part> parts = new ArrayList<>();
        for (Figure part : query.groupedBy(scope, filter, level.partGrouping())) {
            Target target = switch (level) {
                case ORGANISATION -> query.target(scope, filter.withRegion(part.key()));
                case REGION -> query.target(scope, filter.withTeam(part.key()));
                case TEAM, ENGINEER -> shared;
            };
            parts.add(new Part(part, target));
        }
        return parts;
    }

    /** One part's figures and the target it is held to. */
    public record Part(Figure figure, Target target) {

        public boolean belowTarget() {
            return target.missedBy(figure.estimate());
        }
    }
}
