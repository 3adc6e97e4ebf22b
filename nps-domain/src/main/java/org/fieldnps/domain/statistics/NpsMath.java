package org.fieldnps.domain.statistics;

/**
 * The arithmetic that the estimate, the comparison and the shrinkage share, kept in one place so
 * that they cannot drift apart. An answer is treated as +1 (promoter), 0 (passive) or -1
 * (detractor); NPS is 100 times its mean.
 */
final class NpsMath {

    /** The two-sided 95% point of the standard normal distribution, as DESIGN.md §6 fixes it. */
    static final double Z_95 = 1.96;

    static final double LOWEST_NPS = -100;

    static final double HIGHEST_NPS = 100;

    private NpsMath() {
    }

    /**
     * @return the variance of a single +1/0/-1 answer when promoters make up share {@code p} and
     *         detractors share {@code d}; never negative, even where rounding would make it so
     */
    static double varianceOfOneAnswer(double p, double d) {
        double mean = p - d;
        return Math.max(0, (p + d) - mean * mean);
    }

    /**
     * @return the value moved into -100..100, because an interval past the ends of the scale
     *         claims values no NPS can take
     */
    static double onScale(double nps) {
        return Math.min(HIGHEST_NPS, Math.max(LOWEST_NPS, nps));
    }

    static void requireOnScale(String name, double value) {
        if (!(value >= LOWEST_NPS && value <= HIGHEST_NPS)) {
            throw new IllegalArgumentException(name + " must be an NPS from -100 to 100; got "
                    + value + ".");
        }
    }

    static void requireNonNegative(String name, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a finite number of at least 0; got "
                    + value + ".");
        }
    }
}
