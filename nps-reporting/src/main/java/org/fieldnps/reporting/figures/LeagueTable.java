package org.fieldnps.reporting.figures;

import java.util.List;
import org.fieldnps.domain.statistics.DirichletPrior;

/**
 * Engineers or teams ranked by their empirical-Bayes NPS, so that a handful of lucky answers
 * neither tops nor sinks the table.
 *
 * @param level {@link Grouping#ENGINEER} or {@link Grouping#TEAM}
 * @param prior the prior fitted from the peers in the table, before it is centred on each row's
 *              team (for engineers) or region (for teams)
 */
public record LeagueTable(Grouping level, DirichletPrior prior, List<LeagueRow> rows) {
}
