package org.fieldnps.domain.statistics;

/**
 * Whether two NPS values, from two periods or two segments, differ by more than chance explains.
 * Only a significant difference is flagged as a change; a swing from 40 to 25 on a dozen answers
 * is usually noise, and managers who chase noise stop trusting the dashboard.
 *
 * <p>The test is the two-sample z-test of DESIGN.md §6: z = |NPS₁ - NPS₂| / sqrt(SE₁² + SE₂²),
 * significant when z > 1.96. Two edge cases need a decision, because the formula has nothing to
 * say about them:
 * <ul>
 *   <li>When either side has no respondents there is nothing to compare: the difference and z are
 *       0 and the result is not significant. A page shows "no earlier data", not "+40".</li>
 *   <li>When both standard errors are 0 (each side has answers all in one category, say five
 *       promoters now and three detractors before) the formula divides by zero. Equal values are
 *       then no change. Different values are tested against the adjusted-Wald standard errors
 *       instead, which stay positive because they add ¾ of a promoter and of a detractor to each
 *       side. Any two different homogeneous samples come out significant that way (the closest
 *       case, one promoter against one passive, gives z ≈ 2.07), so the rule matches intuition,
 *       and z stays a finite number that can be shown and serialised.</li>
 * </ul>
 *
 * <p>Like any Wald test, this one is optimistic with very few answers on a side. The minimum
 * sample of a segment, not this test, is what keeps a single response from being called a trend.
 *
 * @param difference  the current NPS minus the previous one, in NPS points; positive is better
 * @param zScore      how many standard errors apart the two are, never negative
 * @param significant whether {@code zScore} exceeds 1.96, the 95% two-sided threshold
 */
public record NpsComparison(double difference, double zScore, boolean significant) {

    private static final NpsComparison NOTHING_TO_COMPARE = new NpsComparison(0, 0, false);

    /**
     * @param current  the period or segment being looked at
     * @param previous what it is compared against
     */
    public static NpsComparison between(NpsEstimate current, NpsEstimate previous) {
        if (!current.hasRespondents() || !previous.hasRespondents()) {
            return NOTHING_TO_COMPARE;
        }

        double difference = current.nps() - previous.nps();
        double pooledError = Math.hypot(current.standardError(), previous.standardError());
        if (pooledError == 0) {
            if (difference == 0) {
                return new NpsComparison(0, 0, false);
            }
            pooledError = Math.hypot(
                    NpsEstimate.adjustedStandardErrorOfHomogeneous(current),
                    NpsEstimate.adjustedStandardErrorOfHomogeneous(previous));
        }

        double zScore = Math.abs(difference) / pooledError;
        return new NpsComparison(difference, zScore, zScore > NpsMath.Z_95);
    }
}
