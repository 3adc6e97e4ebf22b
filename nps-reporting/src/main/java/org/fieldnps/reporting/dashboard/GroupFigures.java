package org.fieldnps.reporting.dashboard;

import org.fieldnps.domain.scoring.ScoreDistribution;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.domain.statistics.NpsEstimate;

/**
 * The figures of one part of a scope (a region, a team or an engineer) over a period: its
 * answers counted by score and what they make under the scoring policy.
 */
public record GroupFigures(long id, String name, ScoreDistribution scores, CategoryCounts counts,
        NpsEstimate estimate) {

    static GroupFigures of(long id, String name, ScoreDistribution scores, ScoringPolicy policy) {
        CategoryCounts counts = scores.categorise(policy);
        return new GroupFigures(id, name, scores, counts, counts.estimate());
    }
}
