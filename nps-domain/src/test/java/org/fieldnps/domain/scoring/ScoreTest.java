package org.fieldnps.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.fieldnps.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

    @Test
    void acceptsTheEndsOfTheScale() {
        assertThat(Score.of(0).value()).isZero();
        assertThat(Score.of(10).value()).isEqualTo(10);
    }

    @Test
    void refusesScoreAboveTen() {
        assertThatThrownBy(() -> Score.of(11))
                .isInstanceOf(InvalidScoreException.class)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("A score is a whole number from 0 to 10; 11 is not.")
                .asInstanceOf(type(InvalidScoreException.class))
                .extracting(InvalidScoreException::field)
                .isEqualTo("score");
    }

    @Test
    void refusesNegativeScore() {
        assertThatThrownBy(() -> Score.of(-1))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is a whole number from 0 to 10; -1 is not.");
    }

    @Test
    void refusesOutOfRangeScoreEvenThroughTheConstructor() {
        assertThatThrownBy(() -> new Score(42))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessageContaining("42 is not");
    }

    @Test
    void ofAndConstructorGiveEqualScores() {
        assertThat(Score.of(7)).isEqualTo(new Score(7)).hasToString("7");
    }

    @Test
    void parsesAWholeNumberForgivingSurroundingSpaces() {
        assertThat(Score.parse("9")).isEqualTo(Score.of(9));
        assertThat(Score.parse(" 10\n")).isEqualTo(Score.of(10));
        assertThat(Score.parse("07")).isEqualTo(Score.of(7));
    }

    @Test
    void refusesMissingText() {
        assertThatThrownBy(() -> Score.parse(null))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is required: a whole number from 0 to 10.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesBlankText(String blank) {
        assertThatThrownBy(() -> Score.parse(blank))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is required: a whole number from 0 to 10.")
                .extracting(problem -> ((InvalidScoreException) problem).field())
                .isEqualTo("score");
    }

    @Test
    void refusesAFractionNamingIt() {
        assertThatThrownBy(() -> Score.parse("7.5"))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is a whole number from 0 to 10; \"7.5\" is not.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven", "7a", "1e1", "0x7", "½"})
    void refusesTextThatIsNotAWholeNumber(String text) {
        assertThatThrownBy(() -> Score.parse(text))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is a whole number from 0 to 10; \"" + text + "\" is not.");
    }

    @Test
    void refusesDigitsFromOtherScripts() {
        String arabicIndicSeven = "\u0667";

        assertThatThrownBy(() -> Score.parse(arabicIndicSeven))
                .isInstanceOf(InvalidScoreException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "-1", "99999999999999999999"})
    void refusesWholeNumbersOutsideTheScale(String text) {
        assertThatThrownBy(() -> Score.parse(text))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is a whole number from 0 to 10; \"" + text + "\" is not.");
    }

    @Test
    void echoesOnlyTheStartOfLongText() {
        String pasted = "I would give them a ten, but the engineer was late";

        assertThatThrownBy(() -> Score.parse(pasted))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is a whole number from 0 to 10; "
                        + "\"I would give them a \u2026\" is not.");
    }

    @Test
    void keepsTheEchoOnOneLine() {
        assertThatThrownBy(() -> Score.parse("7\n8"))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessage("A score is a whole number from 0 to 10; \"7?8\" is not.");
    }

    @Test
    void listsEveryScoreInOrder() {
        var all = Score.all();

        assertThat(all).hasSize(11).isSorted();
        assertThat(all.getFirst()).isEqualTo(Score.of(0));
        assertThat(all.getLast()).isEqualTo(Score.of(10));
    }

    @Test
    void ordersByValue() {
        assertThat(Score.of(3)).isLessThan(Score.of(9));
    }
}
