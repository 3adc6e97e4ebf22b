package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShrunkEstimateTest {

    @Test
    void tellsWhetherItRestsOnAnyAnswers() {
        var fromPriorAlone = new ShrunkEstimate(0, 20, -30, 70, 0);
        var fromAnswers = new ShrunkEstimate(3, 30, -4, 65, 100);

        assertThat(fromPriorAlone.hasRespondents()).isFalse();
        assertThat(fromAnswers.hasRespondents()).isTrue();
    }

    @Test
    void refusesNegativeRespondents() {
        assertThatThrownBy(() -> new ShrunkEstimate(-1, 0, -10, 10, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("respondents");
    }

    @Test
    void refusesARawNpsOffTheScale() {
        assertThatThrownBy(() -> new ShrunkEstimate(3, 30, -4, 65, 150))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rawNps must be an NPS from -100 to 100; got 150.0.");
    }

    @Test
    void refusesAReversedInterval() {
        assertThatThrownBy(() -> new ShrunkEstimate(3, 30, 65, -4, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("low (65.0) must not be above high (-4.0).");
    }
}
