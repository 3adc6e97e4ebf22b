package org.fieldnps.domain.statistics;

/**
 * How many responses were promoters, passives and detractors: everything the statistics need,
 * after a scoring policy has been applied to a score distribution.
 *
 * @param promoters  responses at or above the promoter minimum
 * @param passives   responses between the cut-offs
 * @param detractors responses at or below the detractor maximum
 */
public record CategoryCounts(long promoters, long passives, long detractors) {

    private static final CategoryCounts NONE = new CategoryCounts(0, 0, 0);

    /**
     * @throws IllegalArgumentException if a count is negative; counts come from stored data, so
     *                                  a negative one is a defect, not something a person typed
     */
    public CategoryCounts {
        requireNonNegative("promoters", promoters);
        requireNonNegative("passives", passives);
        requireNonNegative("detractors", detractors);
    }

    /**
     * @return the counts of no responses, the starting point for adding them up
     */
    public static CategoryCounts none() {
        return NONE;
    }

    /**
     * @return the number of respondents, the n of every formula in this package
     * @throws ArithmeticException if the sum overflows, which no real organisation reaches
     */
    public long total() {
        return Math.addExact(Math.addExact(promoters, passives), detractors);
    }

    /**
     * @return both sets of responses together, as when adding a team's engineers up
     */
    public CategoryCounts plus(CategoryCounts other) {
        return new CategoryCounts(
                Math.addExact(promoters, other.promoters),
                Math.addExact(passives, other.passives),
                Math.addExact(detractors, other.detractors));
    }

    /**
     * @return the NPS of these responses with its standard error and 95% interval
     */
    public NpsEstimate estimate() {
        return NpsEstimate.of(this);
    }

    private static void requireNonNegative(String name, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of " + name
                    + " must not be negative; got " + count + ".");
        }
    }
}
