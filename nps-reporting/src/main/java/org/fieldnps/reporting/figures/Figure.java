package org.fieldnps.reporting.figures;

import org.fieldnps.domain.scoring.ScoreDistribution;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.domain.statistics.NpsEstimate;

/**
 * The NPS of one set of responses (all of a filter, or one group of it) with everything shown
 * beside it: the eleven counts, the split under the scoring policy and the estimate with its
 * margin and adjusted-Wald interval.
 *
 * @param key   what identifies the group in a link: a code, an FSM id, a tier or channel name,
 *              the first day of a week or month; {@code "all"} for a whole filter
 * @param label what a person reads
 */
public record Figure(String key, String label, ScoreDistribution scores, CategoryCounts counts,
        NpsEstimate estimate) {

    /** The key of the figure of a whole filter. */
    public static final String OVERALL = "all";

    public static Figure of(String key, String label, ScoreDistribution scores, ScoringPolicy policy) {
        CategoryCounts counts = scores.categorise(policy);
        return new Figure(key, label, scores, counts, counts.estimate());
    }

    public long n() {
        return counts.total();
    }

    public long promoters() {
        return counts.promoters();
    }

    public long passives() {
        return counts.passives();
    }

    public long detractors() {
        return counts.detractors();
    }

    public double nps() {
        return estimate.nps();
    }

    public double marginOfError() {
        return estimate.marginOfError();
    }

    public double low() {
        return estimate.low();
    }

    public double high() {
        return estimate.high();
    }
}
