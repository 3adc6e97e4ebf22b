package org.fieldnps.domain.statistics;

import static org.fieldnps.domain.statistics.NpsMath.HIGHEST_NPS;
import static org.fieldnps.domain.statistics.NpsMath.LOWEST_NPS;
import static org.fieldnps.domain.statistics.NpsMath.Z_95;

/**
 * An NPS together with how far it can be trusted, which is how every NPS in the product is shown.
 *
 * <p>The point estimate and its standard error are the textbook ones (DESIGN.md §6): with
 * {@code p} and {@code d} the shares of promoters and detractors among {@code n} respondents,
 * NPS = 100(p - d) and SE = 100·sqrt(((p + d) - (p - d)²) / n). The margin of error is 1.96 SE.
 *
 * <p>The interval {@code low..high} is not NPS ± margin. That Wald interval collapses to a single
 * point when every answer is in one category (five promoters out of five would read "100 ± 0"),
 * which is exactly when a manager most needs warning. Instead the interval is the adjusted-Wald
 * one: ¾ of a promoter and ¾ of a detractor are added, n grows by 3, and the interval is the
 * adjusted NPS ± 1.96 of its standard error, clipped to -100..100. It keeps close to 95% coverage
 * even for a handful of responses.
 *
 * <p>Because that interval is centred on the adjusted NPS, which lies a little toward 0, it does
 * not always contain the raw {@link #nps()}. It does whenever there are at least two respondents;
 * with a single promoter the raw NPS is 100 but the interval is -48.5..98.5, and symmetrically for
 * a single detractor. (For two or more, the half-width 1.96·SE' is never less than the shift
 * 300|p - d|/(n + 3) between raw and adjusted centres, because SE'² is at least
 * (|r'|(1 - |r'|) + 1.5/(n + 3)) / (n + 3) for the adjusted mean r', and the resulting quadratic
 * in |p - d| is non-negative on 0..1 once n is above 1.17.) Pages that show one respondent should
 * show the interval, not the raw score, as the answer.
 *
 * <p>With no respondents there is nothing to estimate, but a page must still show something that
 * cannot mislead or break: {@link #hasRespondents()} is false, the NPS, standard error and margin
 * are 0, and the interval is the whole scale, -100..100. No field is ever NaN or infinite, so the
 * record can go straight into JSON.
 *
 * @param respondents   the number of answers, n
 * @param nps           100(p - d), from -100 to 100; 0 when there are no respondents
 * @param standardError the standard error of {@code nps}; 0 when every answer is in one category
 *                      or there are none, which is why the interval is the one to show
 * @param marginOfError 1.96 standard errors, the "±" of a headline figure
 * @param low           the lower end of the adjusted-Wald 95% interval
 * @param high          the upper end of the adjusted-Wald 95% interval
 */
public record NpsEstimate(long respondents, double nps, double standardError, double marginOfError,
        double low, double high) {

    /** What the adjusted-Wald interval adds to each of promoters and detractors. */
    private static final double ADJUSTMENT = 0.75;

    /** What it adds to n: the ¾ promoter and ¾ detractor, and 1½ passives with them. */
    private static final double ADDED_RESPONSES = 3;

    /**
     * Guards against estimates made by hand from stored values that do not fit together.
     *
     * @throws IllegalArgumentException if a value is negative, not finite or off the NPS scale,
     *                                  or the interval is reversed
     */
    public NpsEstimate {
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must not be negative; got "
                    + respondents + ".");
        }
        NpsMath.requireOnScale("nps", nps);
        NpsMath.requireNonNegative("standardError", standardError);
        NpsMath.requireNonNegative("marginOfError", marginOfError);
        NpsMath.requireOnScale("low", low);
        NpsMath.requireOnScale("high", high);
        if (low > high) {
            throw new IllegalArgumentException("low (" + low + ") must not be above high (" + high
                    + ").");
        }
    }

    /**
     * @return the NPS of the counted responses, with its standard error and adjusted-Wald interval
     */
    public static NpsEstimate of(CategoryCounts counts) {
        long n = counts.total();
        if (n == 0) {
            return new NpsEstimate(0, 0, 0, 0, LOWEST_NPS, HIGHEST_NPS);
        }

        double nps = 100.0 * (counts.promoters() - counts.detractors()) / n;
        double standardError = standardError(counts.promoters(), counts.detractors(), n);

        double adjustedN = n + ADDED_RESPONSES;
        double adjustedPromoters = counts.promoters() + ADJUSTMENT;
        double adjustedDetractors = counts.detractors() + ADJUSTMENT;
        double centre = 100.0 * (adjustedPromoters - adjustedDetractors) / adjustedN;
        double halfWidth = Z_95 * standardError(adjustedPromoters, adjustedDetractors, adjustedN);

        return new NpsEstimate(n, nps, standardError, Z_95 * standardError,
                NpsMath.onScale(centre - halfWidth), NpsMath.onScale(centre + halfWidth));
    }

    /**
     * @return whether anyone answered; when not, the other values are placeholders that a page can
     *         show safely, and a page should say "no responses yet" instead of "NPS 0"
     */
    public boolean hasRespondents() {
        return respondents > 0;
    }

    /**
     * @return whether this NPS and the other differ by more than chance explains, the test that
     *         decides whether a change is flagged as a change
     * @see NpsComparison#between(NpsEstimate, NpsEstimate)
     */
    public boolean differsSignificantlyFrom(NpsEstimate other) {
        return NpsComparison.between(this, other).significant();
    }

    /**
     * The adjusted-Wald standard error for an estimate that is known to be homogeneous, that is,
     * whose plain standard error is 0: all promoters, all passives or all detractors. The
     * comparison falls back on it where the plain one leaves a test with nothing to divide by.
     */
    static double adjustedStandardErrorOfHomogeneous(NpsEstimate estimate) {
        double n = estimate.respondents();
        double promoters = n * Math.max(0, estimate.nps()) / 100;
        double detractors = n * Math.max(0, -estimate.nps()) / 100;
        return standardError(promoters + ADJUSTMENT, detractors + ADJUSTMENT, n + ADDED_RESPONSES);
    }

    private static double standardError(double promoters, double detractors, double n) {
        double variance = NpsMath.varianceOfOneAnswer(promoters / n, detractors / n);
        return 100 * Math.sqrt(variance / n);
    }
}
