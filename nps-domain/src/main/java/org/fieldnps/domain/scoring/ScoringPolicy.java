package org.fieldnps.domain.scoring;

/**
 * The cut-offs that sort scores into promoters, passives and detractors. The standard policy
 * (promoters 9-10, passives 7-8, detractors 0-6) is what NPS means to most people; an admin may
 * choose others, and because rollups keep a {@link ScoreDistribution} rather than category
 * counts, a new policy applies to history as well as to new answers.
 *
 * <p>Every valid policy sorts each score into exactly one category, with promoters at the top and
 * detractors at the bottom. A policy whose promoter minimum is one above its detractor maximum
 * has no passives; that is allowed, for organisations that want every answer to count.
 *
 * @param promoterMinimum  the lowest score that makes a promoter, from 1 to 10
 * @param detractorMaximum the highest score that makes a detractor, from 0 to 9, and below
 *                         {@code promoterMinimum}
 */
public record ScoringPolicy(int promoterMinimum, int detractorMaximum) {

    /** Promoters 9-10, passives 7-8, detractors 0-6: the cut-offs NPS is published with. */
    public static final ScoringPolicy STANDARD = new ScoringPolicy(9, 6);

    /**
     * Each cut-off is checked on its own first, so the message names the value that is out of
     * range; only then is the pair checked, and an overlap is reported against
     * {@code promoterMinimum}, the cut-off admins usually move.
     *
     * @throws InvalidScoringPolicyException naming the field to correct
     */
    public ScoringPolicy {
        if (promoterMinimum < Score.MINIMUM + 1 || promoterMinimum > Score.MAXIMUM) {
            throw new InvalidScoringPolicyException("promoterMinimum",
                    "The lowest promoter score must be from " + (Score.MINIMUM + 1) + " to "
                            + Score.MAXIMUM + ", so that at least one score is left for "
                            + "detractors; " + promoterMinimum + " is not.");
        }
        if (detractorMaximum < Score.MINIMUM || detractorMaximum > Score.MAXIMUM - 1) {
            throw new InvalidScoringPolicyException("detractorMaximum",
                    "The highest detractor score must be from " + Score.MINIMUM + " to "
                            + (Score.MAXIMUM - 1) + ", so that at least one score is left for "
                            + "promoters; " + detractorMaximum + " is not.");
        }
        if (detractorMaximum >= promoterMinimum) {
            throw new InvalidScoringPolicyException("promoterMinimum",
                    "The lowest promoter score (" + promoterMinimum + ") must be above the highest "
                            + "detractor score (" + detractorMaximum + "), or some scores would "
                            + "count as both.");
        }
    }

    /**
     * @return where a customer who gave this score stands under this policy
     */
    public Category categoryOf(Score score) {
        if (score.value() >= promoterMinimum) {
            return Category.PROMOTER;
        }
        if (score.value() <= detractorMaximum) {
            return Category.DETRACTOR;
        }
        return Category.PASSIVE;
    }

    /**
     * For callers holding a raw number, such as a rollup column index.
     *
     * @throws InvalidScoreException if the number is not a score from 0 to 10
     */
    public Category categoryOf(int score) {
        return categoryOf(Score.of(score));
    }

    /**
     * @return whether any score falls between the cut-offs; a report can leave out the passives
     *         column when this is {@code false}
     */
    public boolean hasPassives() {
        return promoterMinimum - detractorMaximum > 1;
    }
}
