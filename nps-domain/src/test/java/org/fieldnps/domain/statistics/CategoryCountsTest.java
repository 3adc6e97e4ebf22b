package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryCountsTest {

    @Test
    void totalIsEveryRespondent() {
        var counts = new CategoryCounts(50, 30, 20);

        assertThat(counts.total()).isEqualTo(100);
    }

    @Test
    void noneHasNobody() {
        assertThat(CategoryCounts.none()).isEqualTo(new CategoryCounts(0, 0, 0));
        assertThat(CategoryCounts.none().total()).isZero();
    }

    @Test
    void addsCategoryByCategory() {
        var north = new CategoryCounts(5, 3, 2);
        var south = new CategoryCounts(1, 0, 4);

        var region = north.plus(south);

        assertThat(region).isEqualTo(new CategoryCounts(6, 3, 6));
    }

    @Test
    void estimatesItsOwnNps() {
        var counts = new CategoryCounts(50, 30, 20);

        assertThat(counts.estimate()).isEqualTo(NpsEstimate.of(counts));
    }

    @Test
    void refusesNegativePromoters() {
        assertThatThrownBy(() -> new CategoryCounts(-1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of promoters must not be negative; got -1.");
    }

    @Test
    void refusesNegativePassives() {
        assertThatThrownBy(() -> new CategoryCounts(0, -2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of passives must not be negative; got -2.");
    }

    @Test
    void refusesNegativeDetractors() {
        assertThatThrownBy(() -> new CategoryCounts(0, 0, -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of detractors must not be negative; got -3.");
    }

    @Test
    void refusesATotalThatOverflowsRatherThanWrapping() {
        var huge = new CategoryCounts(Long.MAX_VALUE, 1, 0);

        assertThatThrownBy(huge::total).isInstanceOf(ArithmeticException.class);
    }
}
