package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NpsComparisonTest {

    private static final Offset<Double> CLOSE = within(1e-3);

    @Test
    void flagsARiseThatChanceDoesNotExplain() {
        // Now 50/30/20 of 100: NPS 30, SE 7.8102 (variance 0.61).
        // Before 30/30/40 of 100: NPS -10, variance (0.3 + 0.4) - 0.1^2 = 0.69, SE 8.3066.
        // SE1^2 + SE2^2 = 61 + 69 = 130, so z = 40 / sqrt(130) = 40 / 11.4018 = 3.508 > 1.96.
        var now = NpsEstimate.of(new CategoryCounts(50, 30, 20));
        var before = NpsEstimate.of(new CategoryCounts(30, 30, 40));

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison.difference()).isCloseTo(40.0, CLOSE);
        assertThat(comparison.zScore()).isCloseTo(3.508, CLOSE);
        assertThat(comparison.significant()).isTrue();
        assertThat(now.differsSignificantlyFrom(before)).isTrue();
    }

    @Test
    void doesNotFlagAChangeThatChanceExplains() {
        // Now 50/30/20: NPS 30, SE^2 = 61. Before 45/30/25: NPS 20, variance 0.7 - 0.04 = 0.66,
        // SE^2 = 66. z = 10 / sqrt(127) = 10 / 11.2694 = 0.887 < 1.96.
        var now = NpsEstimate.of(new CategoryCounts(50, 30, 20));
        var before = NpsEstimate.of(new CategoryCounts(45, 30, 25));

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison.difference()).isCloseTo(10.0, CLOSE);
        assertThat(comparison.zScore()).isCloseTo(0.887, CLOSE);
        assertThat(comparison.significant()).isFalse();
        assertThat(now.differsSignificantlyFrom(before)).isFalse();
    }

    @Test
    void reportsAFallAsANegativeDifference() {
        var now = NpsEstimate.of(new CategoryCounts(30, 30, 40));
        var before = NpsEstimate.of(new CategoryCounts(50, 30, 20));

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison.difference()).isCloseTo(-40.0, CLOSE);
        assertThat(comparison.zScore()).isCloseTo(3.508, CLOSE);
        assertThat(comparison.significant()).isTrue();
    }

    @Test
    void findsNothingToCompareWhenThereWereNoEarlierAnswers() {
        var now = NpsEstimate.of(new CategoryCounts(50, 30, 20));
        var before = NpsEstimate.of(CategoryCounts.none());

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison).isEqualTo(new NpsComparison(0, 0, false));
    }

    @Test
    void findsNothingToCompareWhenThereAreNoAnswersYet() {
        var now = NpsEstimate.of(CategoryCounts.none());
        var before = NpsEstimate.of(new CategoryCounts(0, 0, 40));

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison).isEqualTo(new NpsComparison(0, 0, false));
    }

    @Test
    void seesNoChangeBetweenTwoSamplesAllInTheSameCategory() {
        var now = NpsEstimate.of(new CategoryCounts(9, 0, 0));
        var before = NpsEstimate.of(new CategoryCounts(4, 0, 0));

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison).isEqualTo(new NpsComparison(0, 0, false));
    }

    @Test
    void testsTwoDifferentHomogeneousSamplesOnTheirAdjustedErrors() {
        // Both plain SEs are 0. Adjusted SE of 5 promoters: 22.9640 (see NpsEstimateTest).
        // Of 3 detractors: 0.75 and 3.75 of n = 6, p' = 0.125, d' = 0.625,
        // var' = 0.75 - 0.25 = 0.5, SE' = 100 * sqrt(0.5 / 6) = 28.8675.
        // z = 200 / sqrt(22.9640^2 + 28.8675^2) = 200 / 36.8876 = 5.422.
        var now = NpsEstimate.of(new CategoryCounts(5, 0, 0));
        var before = NpsEstimate.of(new CategoryCounts(0, 0, 3));

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison.difference()).isEqualTo(200.0);
        assertThat(comparison.zScore()).isCloseTo(5.422, CLOSE);
        assertThat(comparison.significant()).isTrue();
    }

    @Test
    void onePromoterAgainstOnePassiveIsTheNarrowestHomogeneousCase() {
        // Adjusted SEs 37.5 (one promoter) and 30.6186 (one passive):
        // z = 100 / sqrt(37.5^2 + 30.6186^2) = 100 / 48.4123 = 2.066, just above 1.96.
        var now = NpsEstimate.of(new CategoryCounts(1, 0, 0));
        var before = NpsEstimate.of(new CategoryCounts(0, 1, 0));

        var comparison = NpsComparison.between(now, before);

        assertThat(comparison.zScore()).isCloseTo(2.066, CLOSE);
        assertThat(comparison.significant()).isTrue();
    }
}
