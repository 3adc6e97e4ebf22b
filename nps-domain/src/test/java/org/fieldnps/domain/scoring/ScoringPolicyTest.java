package org.fieldnps.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fieldnps.domain.scoring.Category.DETRACTOR;
import static org.fieldnps.domain.scoring.Category.PASSIVE;
import static org.fieldnps.domain.scoring.Category.PROMOTER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringPolicyTest {

    @ParameterizedTest
    @CsvSource({"0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER",
        "10, PROMOTER"})
    void standardPolicyUsesThePublishedCutOffs(int score, Category expected) {
        var category = ScoringPolicy.STANDARD.categoryOf(Score.of(score));

        assertThat(category).isEqualTo(expected);
        assertThat(ScoringPolicy.STANDARD.categoryOf(score)).isEqualTo(expected);
    }

    @Test
    void standardPolicyIsNineAndSix() {
        assertThat(ScoringPolicy.STANDARD).isEqualTo(new ScoringPolicy(9, 6));
        assertThat(ScoringPolicy.STANDARD.hasPassives()).isTrue();
    }

    @Test
    void allowsAPolicyWithoutPassives() {
        var everyAnswerCounts = new ScoringPolicy(6, 5);

        assertThat(everyAnswerCounts.hasPassives()).isFalse();
        assertThat(everyAnswerCounts.categoryOf(5)).isEqualTo(DETRACTOR);
        assertThat(everyAnswerCounts.categoryOf(6)).isEqualTo(PROMOTER);
    }

    @Test
    void allowsTheWidestPassiveBand() {
        var strict = new ScoringPolicy(10, 0);

        assertThat(strict.categoryOf(0)).isEqualTo(DETRACTOR);
        assertThat(strict.categoryOf(1)).isEqualTo(PASSIVE);
        assertThat(strict.categoryOf(9)).isEqualTo(PASSIVE);
        assertThat(strict.categoryOf(10)).isEqualTo(PROMOTER);
    }

    @Test
    void refusesToCategoriseANumberThatIsNotAScore() {
        assertThatThrownBy(() -> ScoringPolicy.STANDARD.categoryOf(11))
                .isInstanceOf(InvalidScoreException.class);
    }

    @Test
    void refusesPromoterMinimumAboveTen() {
        assertThatThrownBy(() -> new ScoringPolicy(11, 6))
                .isInstanceOf(InvalidScoringPolicyException.class)
                .hasMessage("The lowest promoter score must be from 1 to 10, so that at least one "
                        + "score is left for detractors; 11 is not.")
                .extracting(problem -> ((InvalidScoringPolicyException) problem).field())
                .isEqualTo("promoterMinimum");
    }

    @Test
    void refusesPromoterMinimumOfZero() {
        assertThatThrownBy(() -> new ScoringPolicy(0, 0))
                .isInstanceOf(InvalidScoringPolicyException.class)
                .hasMessageContaining("0 is not")
                .extracting(problem -> ((InvalidScoringPolicyException) problem).field())
                .isEqualTo("promoterMinimum");
    }

    @Test
    void refusesNegativeDetractorMaximum() {
        assertThatThrownBy(() -> new ScoringPolicy(9, -1))
                .isInstanceOf(InvalidScoringPolicyException.class)
                .hasMessage("The highest detractor score must be from 0 to 9, so that at least one "
                        + "score is left for promoters; -1 is not.")
                .extracting(problem -> ((InvalidScoringPolicyException) problem).field())
                .isEqualTo("detractorMaximum");
    }

    @Test
    void refusesDetractorMaximumOfTen() {
        assertThatThrownBy(() -> new ScoringPolicy(10, 10))
                .isInstanceOf(InvalidScoringPolicyException.class)
                .extracting(problem -> ((InvalidScoringPolicyException) problem).field())
                .isEqualTo("detractorMaximum");
    }

    @Test
    void refusesOverlappingCutOffsAgainstThePromoterMinimum() {
        assertThatThrownBy(() -> new ScoringPolicy(6, 6))
                .isInstanceOf(InvalidScoringPolicyException.class)
                .hasMessage("The lowest promoter score (6) must be above the highest detractor "
                        + "score (6), or some scores would count as both.")
                .extracting(problem -> ((InvalidScoringPolicyException) problem).field())
                .isEqualTo("promoterMinimum");
    }

    @Test
    void labelsCategoriesForPeople() {
        assertThat(PROMOTER.label()).isEqualTo("Promoter");
        assertThat(PASSIVE.label()).isEqualTo("Passive");
        assertThat(DETRACTOR.label()).isEqualTo("Detractor");
    }
}
