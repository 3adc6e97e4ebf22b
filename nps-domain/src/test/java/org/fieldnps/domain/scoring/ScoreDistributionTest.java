package org.fieldnps.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fieldnps.domain.statistics.CategoryCounts;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

    @Test
    void emptyHasNoResponses() {
        var empty = ScoreDistribution.empty();

        assertThat(empty.total()).isZero();
        assertThat(empty.categorise(ScoringPolicy.STANDARD)).isEqualTo(CategoryCounts.none());
        assertThat(empty).isEqualTo(ScoreDistribution.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void countsEachArrivingResponseAtItsScore() {
        var distribution = ScoreDistribution.empty()
                .withResponse(Score.of(10))
                .withResponse(Score.of(10))
                .withResponse(Score.of(3));

        assertThat(distribution.count(Score.of(10))).isEqualTo(2);
        assertThat(distribution.count(3)).isEqualTo(1);
        assertThat(distribution.count(7)).isZero();
        assertThat(distribution.total()).isEqualTo(3);
    }

    @Test
    void leavesTheOriginalUntouchedWhenAResponseIsAdded() {
        var before = ScoreDistribution.empty();

        before.withResponse(Score.of(9));

        assertThat(before.total()).isZero();
    }

    @Test
    void rebuildsFromStoredCountsWithTheFirstForScoreZero() {
        var distribution = ScoreDistribution.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        assertThat(distribution.count(0)).isEqualTo(1);
        assertThat(distribution.count(10)).isEqualTo(11);
        assertThat(distribution.total()).isEqualTo(66);
        assertThat(distribution.toArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void isNotChangedByLaterChangesToTheArraysItWasBuiltFromOrGaveOut() {
        long[] stored = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5};
        var distribution = ScoreDistribution.of(stored);

        stored[10] = 99;
        distribution.toArray()[10] = 99;

        assertThat(distribution.count(10)).isEqualTo(5);
    }

    @Test
    void refusesTooFewCounts() {
        assertThatThrownBy(() -> ScoreDistribution.of(1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A score distribution needs exactly 11 counts, one for each score from 0 "
                        + "to 10; got 3.");
    }

    @Test
    void refusesTooManyCounts() {
        assertThatThrownBy(() -> ScoreDistribution.of(new long[12]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 12");
    }

    @Test
    void refusesANegativeCountNamingItsScore() {
        assertThatThrownBy(() -> ScoreDistribution.of(0, 0, 0, 0, -4, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The count for score 4 must not be negative; got -4.");
    }

    @Test
    void refusesToCountANumberThatIsNotAScore() {
        assertThatThrownBy(() -> ScoreDistribution.empty().count(11))
                .isInstanceOf(InvalidScoreException.class);
    }

    @Test
    void addsTwoDistributionsScoreByScore() {
        var monday = ScoreDistribution.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3);
        var tuesday = ScoreDistribution.of(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 4);

        var both = monday.plus(tuesday);

        assertThat(both).isEqualTo(ScoreDistribution.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 2, 7));
    }

    @Test
    void categorisesUnderTheStandardPolicy() {
        // 0-6: 1+1+1+1+1+1+1 = 7 detractors; 7-8: 2+3 = 5 passives; 9-10: 4+5 = 9 promoters
        var distribution = ScoreDistribution.of(1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5);

        var counts = distribution.categorise(ScoringPolicy.STANDARD);

        assertThat(counts).isEqualTo(new CategoryCounts(9, 5, 7));
    }

    @Test
    void appliesAPolicyChosenLaterToTheSameHistory() {
        var history = ScoreDistribution.of(1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5);
        var stricter = new ScoringPolicy(10, 7);

        var counts = history.categorise(stricter);

        assertThat(counts).isEqualTo(new CategoryCounts(5, 7, 9));
    }

    @Test
    void equalDistributionsAreEqualAndHashAlike() {
        var one = ScoreDistribution.empty().withResponse(Score.of(8));
        var other = ScoreDistribution.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(ScoreDistribution.empty());
        assertThat(one).hasToString("ScoreDistribution[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]");
    }
}
