package org.fieldnps.domain.themes;

/**
 * A term that sets one group's reasons apart from the other's.
 *
 * @param detractorReasons in how many detractors' reasons the term occurs
 * @param promoterReasons  in how many promoters' reasons the term occurs
 * @param zScore           how many standard errors the log-odds of a detractor mentioning the
 *                         term lie above those of a promoter: positive for detractors' terms,
 *                         negative for promoters'; beyond ±1.96 the difference is unlikely to be
 *                         chance at the 5% level
 */
public record DistinctiveTerm(String term, long detractorReasons, long promoterReasons, double zScore) {

    /** The two-sided 5% level of a standard normal score. */
    public static final double SIGNIFICANT_Z = 1.96;

    /**
     * Whether the difference is unlikely to be chance at the 5% level, taken on its own; with
     * hundreds of terms tested at once, a few pass by chance all the same.
     */
    public boolean isSignificant() {
        return Math.abs(zScore) >= SIGNIFICANT_Z;
    }

    /** Whether the term is a two-word phrase. */
    public boolean isPhrase() {
        return ReasonTerms.isPhrase(term);
    }
}
