package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NpsEstimateTest {

    private static final Offset<Double> CLOSE = within(1e-4);

    @Test
    void computesNpsStandardErrorAndMarginForAHundredAnswers() {
        // 50 promoters, 30 passives, 20 detractors: p = 0.5, d = 0.2, NPS = 100(0.5 - 0.2) = 30.
        // Variance of one answer = (0.5 + 0.2) - 0.3^2 = 0.7 - 0.09 = 0.61.
        // SE = 100 * sqrt(0.61 / 100) = 7.8102; margin = 1.96 * 7.8102 = 15.3081.
        var counts = new CategoryCounts(50, 30, 20);

        var estimate = NpsEstimate.of(counts);

        assertThat(estimate.respondents()).isEqualTo(100);
        assertThat(estimate.nps()).isEqualTo(30.0);
        assertThat(estimate.standardError()).isCloseTo(7.8102, CLOSE);
        assertThat(estimate.marginOfError()).isCloseTo(15.3081, CLOSE);
        assertThat(estimate.hasRespondents()).isTrue();
    }

    @Test
    void givesTheAdjustedWaldIntervalForAHundredAnswers() {
        // Adjusted: 50.75 promoters, 20.75 detractors, n = 103.
        // p' = 0.492718, d' = 0.201456, centre = 100 * 30 / 103 = 29.1262.
        // var' = 0.694175 - 0.291262^2 = 0.694175 - 0.084834 = 0.609341.
        // SE' = 100 * sqrt(0.609341 / 103) = 7.6915; half-width = 1.96 * 7.6915 = 15.0754.
        // Interval = 29.1262 -/+ 15.0754 = 14.0509 .. 44.2016.
        var counts = new CategoryCounts(50, 30, 20);

        var estimate = NpsEstimate.of(counts);

        assertThat(estimate.low()).isCloseTo(14.0509, CLOSE);
        assertThat(estimate.high()).isCloseTo(44.2016, CLOSE);
    }

    @Test
    void singlePromoterGetsAWideIntervalThatStopsShortOfItsRawScore() {
        // Adjusted: 1.75 promoters, 0.75 detractors, n = 4: p' = 0.4375, d' = 0.1875, centre 25.
        // var' = 0.625 - 0.25^2 = 0.5625; SE' = 100 * sqrt(0.5625 / 4) = 37.5; 1.96 * 37.5 = 73.5.
        // Interval = 25 -/+ 73.5 = -48.5 .. 98.5, which does not reach the raw NPS of 100.
        var onePromoter = new CategoryCounts(1, 0, 0);

        var estimate = NpsEstimate.of(onePromoter);

        assertThat(estimate.nps()).isEqualTo(100.0);
        assertThat(estimate.standardError()).isZero();
        assertThat(estimate.marginOfError()).isZero();
        assertThat(estimate.low()).isCloseTo(-48.5, CLOSE);
        assertThat(estimate.high()).isCloseTo(98.5, CLOSE);
    }

    @Test
    void singleDetractorMirrorsTheSinglePromoter() {
        var oneDetractor = new CategoryCounts(0, 0, 1);

        var estimate = NpsEstimate.of(oneDetractor);

        assertThat(estimate.nps()).isEqualTo(-100.0);
        assertThat(estimate.low()).isCloseTo(-98.5, CLOSE);
        assertThat(estimate.high()).isCloseTo(48.5, CLOSE);
    }

    @Test
    void fivePromotersOutOfFiveIsNotShownAsCertain() {
        // Plain Wald would say 100 +/- 0. Adjusted: 5.75 and 0.75 of n = 8: centre 62.5,
        // var' = 0.8125 - 0.625^2 = 0.421875, SE' = 100 * sqrt(0.421875 / 8) = 22.9640,
        // interval 62.5 -/+ 45.0094 = 17.4906 .. 107.5094, clipped to 100.
        var fivePromoters = new CategoryCounts(5, 0, 0);

        var estimate = NpsEstimate.of(fivePromoters);

        assertThat(estimate.nps()).isEqualTo(100.0);
        assertThat(estimate.marginOfError()).isZero();
        assertThat(estimate.low()).isCloseTo(17.4906, CLOSE);
        assertThat(estimate.high()).isEqualTo(100.0);
    }

    @Test
    void singlePassiveIsCentredOnZero() {
        // Adjusted: 0.75 and 0.75 of n = 4: centre 0, var' = 0.375,
        // SE' = 100 * sqrt(0.375 / 4) = 30.6186, interval -/+ 60.0125.
        var onePassive = new CategoryCounts(0, 1, 0);

        var estimate = NpsEstimate.of(onePassive);

        assertThat(estimate.nps()).isZero();
        assertThat(estimate.low()).isCloseTo(-60.0125, CLOSE);
        assertThat(estimate.high()).isCloseTo(60.0125, CLOSE);
    }

    @Test
    void withoutRespondentsShowsZeroAndTheWholeScale() {
        var estimate = NpsEstimate.of(CategoryCounts.none());

        assertThat(estimate.hasRespondents()).isFalse();
        assertThat(estimate).isEqualTo(new NpsEstimate(0, 0, 0, 0, -100, 100));
    }

    @Test
    void refusesNegativeRespondents() {
        assertThatThrownBy(() -> new NpsEstimate(-1, 0, 0, 0, -100, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("respondents");
    }

    @Test
    void refusesAnNpsOffTheScale() {
        assertThatThrownBy(() -> new NpsEstimate(10, 101, 0, 0, -100, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nps must be an NPS from -100 to 100; got 101.0.");
    }

    @Test
    void refusesANotANumberNps() {
        assertThatThrownBy(() -> new NpsEstimate(10, Double.NaN, 0, 0, -100, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nps");
    }

    @Test
    void refusesANegativeStandardError() {
        assertThatThrownBy(() -> new NpsEstimate(10, 0, -1, 0, -100, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("standardError");
    }

    @Test
    void refusesAnInfiniteMargin() {
        assertThatThrownBy(() -> new NpsEstimate(10, 0, 0, Double.POSITIVE_INFINITY, -100, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("marginOfError");
    }

    @Test
    void refusesAReversedInterval() {
        assertThatThrownBy(() -> new NpsEstimate(10, 0, 1, 1.96, 20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("low (20.0) must not be above high (10.0).");
    }

    @Test
    void refusesAnIntervalOffTheScale() {
        assertThatThrownBy(() -> new NpsEstimate(10, 0, 1, 1.96, -120, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low");
    }
}
