package org.fieldnps.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * There are only 55 valid policies and a few hundred interesting invalid ones, so these
 * properties are checked against all of them rather than a sample.
 */
class ScoringPolicyPropertiesTest {

    @Test
    void everyScoreFallsInExactlyOneCategoryWithPromotersOnTopAndDetractorsAtTheBottom() {
        for (ScoringPolicy policy : everyValidPolicy()) {
            Map<Category, Integer> sizes = new EnumMap<>(Category.class);

            for (Score score : Score.all()) {
                sizes.merge(policy.categoryOf(score), 1, Integer::sum);
            }

            assertThat(sizes.getOrDefault(Category.PROMOTER, 0)).as("%s", policy)
                    .isEqualTo(11 - policy.promoterMinimum());
            assertThat(sizes.getOrDefault(Category.DETRACTOR, 0)).as("%s", policy)
                    .isEqualTo(policy.detractorMaximum() + 1);
            assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
            assertThat(sizes.containsKey(Category.PASSIVE)).as("%s", policy)
                    .isEqualTo(policy.hasPassives());
        }
    }

    @Test
    void aHigherScoreIsNeverInALowerCategory() {
        for (ScoringPolicy policy : everyValidPolicy()) {
            for (int score = 0; score < 10; score++) {
                var lower = policy.categoryOf(score);

                var higher = policy.categoryOf(score + 1);

                assertThat(rank(higher)).as("%s, scores %d and %d", policy, score, score + 1)
                        .isGreaterThanOrEqualTo(rank(lower));
            }
        }
    }

    @Test
    void refusesEveryPairThatDoesNotPartitionTheScaleNamingAField() {
        for (int promoterMinimum = -3; promoterMinimum <= 13; promoterMinimum++) {
            for (int detractorMaximum = -3; detractorMaximum <= 13; detractorMaximum++) {
                if (partitions(promoterMinimum, detractorMaximum)) {
                    continue;
                }
                int promoter = promoterMinimum;
                int detractor = detractorMaximum;

                assertThatThrownBy(() -> new ScoringPolicy(promoter, detractor))
                        .as("(%d, %d)", promoter, detractor)
                        .isInstanceOf(InvalidScoringPolicyException.class)
                        .extracting(problem -> ((InvalidScoringPolicyException) problem).field())
                        .isIn("promoterMinimum", "detractorMaximum");
            }
        }
    }

    @Test
    void acceptsEveryPairThatPartitionsTheScale() {
        var policies = everyValidPolicy();

        assertThat(policies).hasSize(55);
    }

    /** Builds every policy the constructor must accept; building them is the test of acceptance. */
    static List<ScoringPolicy> everyValidPolicy() {
        List<ScoringPolicy> policies = new ArrayList<>();
        for (int promoterMinimum = 1; promoterMinimum <= 10; promoterMinimum++) {
            for (int detractorMaximum = 0; detractorMaximum < promoterMinimum; detractorMaximum++) {
                policies.add(new ScoringPolicy(promoterMinimum, detractorMaximum));
            }
        }
        return policies;
    }

    private static boolean partitions(int promoterMinimum, int detractorMaximum) {
        return 0 <= detractorMaximum && detractorMaximum < promoterMinimum && promoterMinimum <= 10;
    }

    private static int rank(Category category) {
        return switch (category) {
            case DETRACTOR -> 0;
            case PASSIVE -> 1;
            case PROMOTER -> 2;
        };
    }
}
