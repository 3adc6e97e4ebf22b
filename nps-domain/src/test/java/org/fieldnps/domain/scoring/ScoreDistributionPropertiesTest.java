package org.fieldnps.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.fieldnps.domain.ForAll;
import org.junit.jupiter.api.Test;

class ScoreDistributionPropertiesTest {

    private static final List<ScoringPolicy> POLICIES =
            ScoringPolicyPropertiesTest.everyValidPolicy();

    @Test
    void addingIsAssociative() {
        ForAll.check(random -> distributions(random, 3), abc -> {
            var leftFirst = abc.get(0).plus(abc.get(1)).plus(abc.get(2));

            var rightFirst = abc.get(0).plus(abc.get(1).plus(abc.get(2)));

            assertThat(leftFirst).isEqualTo(rightFirst);
        });
    }

    @Test
    void addingIsCommutative() {
        ForAll.check(random -> distributions(random, 2), ab -> {
            var aThenB = ab.get(0).plus(ab.get(1));

            var bThenA = ab.get(1).plus(ab.get(0));

            assertThat(aThenB).isEqualTo(bThenA).hasSameHashCodeAs(bThenA);
        });
    }

    @Test
    void addingNothingChangesNothing() {
        ForAll.check(ScoreDistributionPropertiesTest::distribution,
                a -> assertThat(a.plus(ScoreDistribution.empty())).isEqualTo(a));
    }

    @Test
    void categorisingASumIsTheSumOfCategorising() {
        ForAll.check(random -> distributions(random, 2), ab -> {
            for (ScoringPolicy policy : POLICIES) {
                var ofSum = ab.get(0).plus(ab.get(1)).categorise(policy);

                var sumOf = ab.get(0).categorise(policy).plus(ab.get(1).categorise(policy));

                assertThat(ofSum).as("%s", policy).isEqualTo(sumOf);
            }
        });
    }

    @Test
    void categorisingKeepsEveryResponse() {
        ForAll.check(ScoreDistributionPropertiesTest::distribution, a -> {
            for (ScoringPolicy policy : POLICIES) {
                var counts = a.categorise(policy);

                assertThat(counts.total()).as("%s", policy).isEqualTo(a.total());
            }
        });
    }

    @Test
    void oneMoreResponseIsOneMoreAtItsScoreOnly() {
        ForAll.check(ScoreDistributionPropertiesTest::distribution, a -> {
            for (Score score : Score.all()) {
                var after = a.withResponse(score);

                assertThat(after.total()).isEqualTo(a.total() + 1);
                assertThat(after.count(score)).isEqualTo(a.count(score) + 1);
                assertThat(after).isEqualTo(a.plus(ScoreDistribution.empty().withResponse(score)));
            }
        });
    }

    @Test
    void survivesTheRoundTripThroughStorage() {
        ForAll.check(ScoreDistributionPropertiesTest::distribution,
                a -> assertThat(ScoreDistribution.of(a.toArray()))
                        .isEqualTo(a)
                        .hasSameHashCodeAs(a));
    }

    private static List<ScoreDistribution> distributions(SplittableRandom random, int count) {
        return Stream.generate(() -> distribution(random)).limit(count).toList();
    }

    /** Mostly small counts, with zeros and the occasional huge one, as in real rollups. */
    static ScoreDistribution distribution(SplittableRandom random) {
        long[] counts = new long[11];
        for (int score = 0; score < counts.length; score++) {
            counts[score] = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextLong(0, 10);
                case 2 -> random.nextLong(0, 10_000);
                default -> random.nextLong(0, 1_000_000_000_000L);
            };
        }
        return ScoreDistribution.of(counts);
    }
}
