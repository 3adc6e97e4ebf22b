package org.fieldnps.domain.statistics;

/**
 * An NPS pulled toward what is typical for its peers, in proportion to how little evidence it
 * rests on; what engineers are ranked by, next to the raw NPS they can recognise. See
 * {@link DirichletPrior#shrink(CategoryCounts)}.
 *
 * @param respondents the number of answers behind the estimate
 * @param nps         the shrunk NPS, the posterior mean of 100(p - d)
 * @param low         the lower end of its 95% credible interval, at least -100
 * @param high        the upper end of its 95% credible interval, at most 100
 * @param rawNps      the plain NPS of the same answers, for showing side by side; 0 when there are
 *                    none, in which case {@code nps} is the prior's own
 */
public record ShrunkEstimate(long respondents, double nps, double low, double high, double rawNps) {

    /**
     * @throws IllegalArgumentException if a value is off the NPS scale or the interval is reversed
     */
    public ShrunkEstimate {
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must not be negative; got "
                    + respondents + ".");
        }
        NpsMath.requireOnScale("nps", nps);
        NpsMath.requireOnScale("low", low);
        NpsMath.requireOnScale("high", high);
        NpsMath.requireOnScale("rawNps", rawNps);
        if (low > high) {
            throw new IllegalArgumentException("low (" + low + ") must not be above high (" + high
                    + ").");
        }
    }

    /**
     * @return whether the estimate rests on any answers of its own rather than on the prior alone
     */
    public boolean hasRespondents() {
        return respondents > 0;
    }
}
