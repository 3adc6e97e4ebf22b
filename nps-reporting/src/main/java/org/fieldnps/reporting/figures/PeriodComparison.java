package org.fieldnps.reporting.figures;

import org.fieldnps.domain.statistics.NpsComparison;

/**
 * A figure beside the same figure for the previous period; {@code comparison.significant()} says
 * whether the difference is to be shown as a change.
 */
public record PeriodComparison(Figure current, Figure previous, Period previousPeriod,
        NpsComparison comparison) {
}
