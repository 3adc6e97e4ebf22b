package org.fieldnps.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.domain.statistics.NpsEstimate;
import org.junit.jupiter.api.Test;

/** A target of +30 against a few splits of answers, and against none. */
class TargetTest {

    private static final Target TARGET = new Target(30, "region");

    @Test
    void anNpsBelowTheTargetMissesItAndOneAtTheTargetMeetsIt() {
        NpsEstimate below = new CategoryCounts(4, 4, 2).estimate();
        NpsEstimate at = new CategoryCounts(5, 3, 2).estimate();
        NpsEstimate above = new CategoryCounts(8, 2, 0).estimate();

        assertThat(TARGET.missedBy(below)).isTrue();
        assertThat(TARGET.metBy(below)).isFalse();
        assertThat(TARGET.missedBy(at)).isFalse();
        assertThat(TARGET.metBy(at)).isTrue();
        assertThat(TARGET.missedBy(above)).isFalse();
    }

    @Test
    void withoutAnswersATargetIsNeitherMetNorMissed() {
        NpsEstimate none = CategoryCounts.none().estimate();

        assertThat(TARGET.metBy(none)).isFalse();
        assertThat(TARGET.missedBy(none)).isFalse();
    }
}
