package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.fieldnps.domain.ForAll;
import org.junit.jupiter.api.Test;

class NpsComparisonPropertiesTest {

    @Test
    void swappingTheSidesKeepsSignificanceAndFlipsTheDifference() {
        ForAll.check(NpsComparisonPropertiesTest::twoSegments, pair -> {
            var first = NpsEstimate.of(pair.get(0));
            var second = NpsEstimate.of(pair.get(1));

            var forward = NpsComparison.between(first, second);
            var backward = NpsComparison.between(second, first);

            assertThat(backward.significant()).isEqualTo(forward.significant());
            assertThat(backward.zScore()).isEqualTo(forward.zScore());
            assertThat(backward.difference()).isEqualTo(-forward.difference());
        });
    }

    @Test
    void zScoreIsAlwaysAFiniteNonNegativeNumber() {
        ForAll.check(NpsComparisonPropertiesTest::twoSegments, pair -> {
            var comparison = NpsComparison.between(NpsEstimate.of(pair.get(0)),
                    NpsEstimate.of(pair.get(1)));

            assertThat(comparison.zScore()).isFinite().isGreaterThanOrEqualTo(0.0);
            assertThat(comparison.significant()).isEqualTo(comparison.zScore() > 1.96);
        });
    }

    @Test
    void anEstimateNeverDiffersFromItself() {
        ForAll.check(SampleCounts.EDGE_CASES, SampleCounts::any, counts -> {
            var estimate = NpsEstimate.of(counts);

            assertThat(estimate.differsSignificantlyFrom(estimate)).isFalse();
        });
    }

    @Test
    void anyTwoDifferentHomogeneousSamplesDiffer() {
        for (int firstSize = 1; firstSize <= 40; firstSize++) {
            for (int secondSize = 1; secondSize <= 40; secondSize++) {
                for (int firstCategory = 0; firstCategory < 3; firstCategory++) {
                    for (int secondCategory = 0; secondCategory < 3; secondCategory++) {
                        var first = NpsEstimate.of(homogeneous(firstCategory, firstSize));
                        var second = NpsEstimate.of(homogeneous(secondCategory, secondSize));

                        var comparison = NpsComparison.between(first, second);

                        assertThat(comparison.significant())
                                .as("%d of category %d against %d of category %d",
                                        firstSize, firstCategory, secondSize, secondCategory)
                                .isEqualTo(firstCategory != secondCategory);
                    }
                }
            }
        }
    }

    private static List<CategoryCounts> twoSegments(SplittableRandom random) {
        return List.of(SampleCounts.any(random), SampleCounts.any(random));
    }

    private static CategoryCounts homogeneous(int category, long size) {
        return switch (category) {
            case 0 -> new CategoryCounts(size, 0, 0);
            case 1 -> new CategoryCounts(0, size, 0);
            default -> new CategoryCounts(0, 0, size);
        };
    }
}
