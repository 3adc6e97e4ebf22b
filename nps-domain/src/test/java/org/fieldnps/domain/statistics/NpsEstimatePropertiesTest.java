package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.fieldnps.domain.ForAll;
import org.junit.jupiter.api.Test;

class NpsEstimatePropertiesTest {

    /** Room for rounding when comparing values computed along different paths. */
    private static final double ROUNDING = 1e-9;

    @Test
    void npsStaysOnTheScale() {
        ForAll.check(SampleCounts.EDGE_CASES, SampleCounts::any, counts -> {
            var estimate = NpsEstimate.of(counts);

            assertThat(estimate.nps()).isBetween(-100.0, 100.0);
        });
    }

    @Test
    void standardErrorIsNeverNegativeAndTheMarginIsItsMultiple() {
        ForAll.check(SampleCounts.EDGE_CASES, SampleCounts::any, counts -> {
            var estimate = NpsEstimate.of(counts);

            assertThat(estimate.standardError()).isFinite().isGreaterThanOrEqualTo(0.0);
            assertThat(estimate.marginOfError()).isEqualTo(1.96 * estimate.standardError());
        });
    }

    @Test
    void intervalIsOrderedAndOnTheScale() {
        ForAll.check(SampleCounts.EDGE_CASES, SampleCounts::any, counts -> {
            var estimate = NpsEstimate.of(counts);

            assertThat(estimate.low()).isGreaterThanOrEqualTo(-100.0)
                    .isLessThanOrEqualTo(estimate.high());
            assertThat(estimate.high()).isLessThanOrEqualTo(100.0);
        });
    }

    @Test
    void intervalContainsTheAdjustedCentre() {
        ForAll.check(SampleCounts.EDGE_CASES, SampleCounts::nonEmpty, counts -> {
            double adjustedCentre = 100.0 * (counts.promoters() - counts.detractors())
                    / (counts.total() + 3);

            var estimate = NpsEstimate.of(counts);

            assertThat(adjustedCentre).isBetween(estimate.low(), estimate.high());
        });
    }

    @Test
    void intervalContainsTheRawNpsFromTwoRespondentsOn() {
        ForAll.check(SampleCounts.EDGE_CASES, SampleCounts::nonEmpty, counts -> {
            var estimate = NpsEstimate.of(counts);

            if (counts.total() >= 2) {
                assertThat(estimate.nps()).isBetween(estimate.low(), estimate.high());
            }
        });
    }

    @Test
    void intervalContainsTheRawNpsForEverySmallSampleOfTwoOrMore() {
        for (int promoters = 0; promoters <= 60; promoters++) {
            for (int passives = 0; passives <= 60; passives++) {
                for (int detractors = 0; promoters + passives + detractors <= 60; detractors++) {
                    var counts = new CategoryCounts(promoters, passives, detractors);
                    if (counts.total() < 2) {
                        continue;
                    }

                    var estimate = NpsEstimate.of(counts);

                    assertThat(estimate.nps()).as("%s", counts)
                            .isBetween(estimate.low(), estimate.high());
                }
            }
        }
    }

    @Test
    void singleRespondentIsTheOnlyCaseWhereTheRawNpsCanFallOutside() {
        var outside = List.of(new CategoryCounts(1, 0, 0), new CategoryCounts(0, 0, 1));

        for (CategoryCounts counts : outside) {
            var estimate = NpsEstimate.of(counts);

            boolean inside = estimate.low() <= estimate.nps() && estimate.nps() <= estimate.high();
            assertThat(inside).as("%s", counts).isFalse();
        }
    }

    @Test
    void intervalNarrowsAsTheSameMixGetsMoreAnswers() {
        ForAll.check(random -> new Growth(SampleCounts.nonEmpty(random), random.nextLong(1, 50)),
                growth -> {
                    double once = widthAt(growth.mix(), 1);
                    double fewer = widthAt(growth.mix(), growth.factor());

                    double more = widthAt(growth.mix(), growth.factor() + 1);

                    assertThat(fewer).isLessThanOrEqualTo(once + ROUNDING);
                    assertThat(more).isLessThanOrEqualTo(fewer + ROUNDING);
                });
    }

    @Test
    void plainPointEstimateIsThePercentageDifference() {
        ForAll.check(SampleCounts.EDGE_CASES, SampleCounts::nonEmpty, counts -> {
            double expected = 100.0 * counts.promoters() / counts.total()
                    - 100.0 * counts.detractors() / counts.total();

            var estimate = NpsEstimate.of(counts);

            assertThat(estimate.nps()).isCloseTo(expected, within(ROUNDING));
        });
    }

    private static double widthAt(CategoryCounts mix, long factor) {
        var estimate = NpsEstimate.of(SampleCounts.times(mix, factor));
        return estimate.high() - estimate.low();
    }

    /** A mix of answers, and how many times over it is answered. */
    private record Growth(CategoryCounts mix, long factor) {
    }
}
