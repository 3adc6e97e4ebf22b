package org.fieldnps.domain.scoring;

import java.util.Arrays;
import java.util.Objects;

import org.fieldnps.domain.statistics.CategoryCounts;

/**
 * How many responses gave each score from 0 to 10. This, and not a count of promoters, passives
 * and detractors, is what rollups store: categories depend on the {@link ScoringPolicy} in force
 * when a report is read, and eleven counts let any policy be applied to any period afterwards.
 * Distributions add up, so a month is the sum of its days and a region the sum of its teams.
 *
 * <p>Instances are immutable and safe to share between threads and cache entries.
 */
public final class ScoreDistribution {

    private static final int SCORES = Score.MAXIMUM - Score.MINIMUM + 1;

    private static final ScoreDistribution EMPTY = new ScoreDistribution(new long[SCORES]);

    private final long[] counts;

    private ScoreDistribution(long[] counts) {
        this.counts = counts;
    }

    /**
     * @return the distribution of no responses, the starting point for adding them up
     */
    public static ScoreDistribution empty() {
        return EMPTY;
    }

    /**
     * Rebuilds a distribution from stored counts, such as the eleven columns of a rollup row.
     *
     * @param countsForScores0to10 exactly eleven counts, the first for score 0
     * @throws IllegalArgumentException if there are not exactly eleven counts or one is negative;
     *                                  stored counts like that mean corrupt data, not bad input
     */
    public static ScoreDistribution of(long... countsForScores0to10) {
        Objects.requireNonNull(countsForScores0to10, "countsForScores0to10");
        if (countsForScores0to10.length != SCORES) {
            throw new IllegalArgumentException("A score distribution needs exactly " + SCORES
                    + " counts, one for each score from 0 to 10; got "
                    + countsForScores0to10.length + ".");
        }

        for (int score = 0; score < SCORES; score++) {
            if (countsForScores0to10[score] < 0) {
                throw new IllegalArgumentException("The count for score " + score
                        + " must not be negative; got " + countsForScores0to10[score] + ".");
            }
        }
        return new ScoreDistribution(countsForScores0to10.clone());
    }

    /**
     * @return this distribution with one more response at the given score, as when an answer
     *         arrives
     */
    public ScoreDistribution withResponse(Score score) {
        long[] added = counts.clone();
        added[score.value()] = Math.addExact(added[score.value()], 1);
        return new ScoreDistribution(added);
    }

    /**
     * @return the responses of both distributions together, as when rolling days up into a
     *         month or teams up into a region
     * @throws ArithmeticException if a count would overflow, which no real organisation reaches
     */
    public ScoreDistribution plus(ScoreDistribution other) {
        long[] sum = new long[SCORES];
        for (int score = 0; score < SCORES; score++) {
            sum[score] = Math.addExact(counts[score], other.counts[score]);
        }
        return new ScoreDistribution(sum);
    }

    /**
     * @return how many responses gave exactly this score
     */
    public long count(Score score) {
        return counts[score.value()];
    }

    /**
     * @throws InvalidScoreException if the number is not a score from 0 to 10
     */
    public long count(int score) {
        return count(Score.of(score));
    }

    /**
     * @return the number of responses, whatever their score
     */
    public long total() {
        long total = 0;
        for (long count : counts) {
            total = Math.addExact(total, count);
        }
        return total;
    }

    /**
     * Applies a scoring policy, which is the step between stored history and an NPS.
     *
     * @return the responses counted as promoters, passives and detractors under the policy
     */
    public CategoryCounts categorise(ScoringPolicy policy) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (Score score : Score.all()) {
            long count = counts[score.value()];
            switch (policy.categoryOf(score)) {
                case PROMOTER -> promoters = Math.addExact(promoters, count);
                case PASSIVE -> passives = Math.addExact(passives, count);
                case DETRACTOR -> detractors = Math.addExact(detractors, count);
                default -> throw new IllegalStateException("Unknown category for score " + score);
            }
        }
        return new CategoryCounts(promoters, passives, detractors);
    }

    /**
     * @return the eleven counts, the first for score 0, in a fresh array the caller may keep;
     *         the counterpart of {@link #of(long...)} for storing a rollup
     */
    public long[] toArray() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreDistribution that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ScoreDistribution" + Arrays.toString(counts);
    }
}
