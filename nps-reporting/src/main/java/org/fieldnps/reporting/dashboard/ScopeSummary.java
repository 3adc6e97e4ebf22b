package org.fieldnps.reporting.dashboard;

import java.util.List;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.domain.statistics.NpsEstimate;

/**
 * What a manager's dashboard opens with: the NPS of everything they are responsible for over a
 * period, and the same figures for each part one level down.
 *
 * @param scopeName the organisation's, region's or team's name
 * @param partLabel what the parts are called: "Region", "Team" or "Engineer"
 * @param parts every part of the scope, including those without answers in the period
 */
public record ScopeSummary(String scopeName, ReportingPeriod period, ScoringPolicy policy,
        CategoryCounts counts, NpsEstimate estimate, String partLabel, List<GroupFigures> parts) {
}
