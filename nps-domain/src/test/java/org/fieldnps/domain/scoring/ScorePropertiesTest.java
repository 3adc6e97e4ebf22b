package org.fieldnps.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;

import org.fieldnps.domain.ForAll;
import org.junit.jupiter.api.Test;

class ScorePropertiesTest {

    @Test
    void acceptsEveryWholeNumberFromZeroToTen() {
        for (int value = 0; value <= 10; value++) {
            var score = Score.of(value);

            assertThat(score.value()).isEqualTo(value);
            assertThat(Score.parse(score.toString())).isEqualTo(score);
        }
    }

    @Test
    void refusesEveryOtherNumberNamingIt() {
        var edgeCases = List.of(-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE);

        ForAll.check(edgeCases, ScorePropertiesTest::notAScore,
                value -> assertThatThrownBy(() -> Score.of(value))
                        .isInstanceOf(InvalidScoreException.class)
                        .hasMessageContaining(value + " is not"));
    }

    @Test
    void refusesEveryOtherNumberWhenParsed() {
        ForAll.check(List.of(-1, 11), ScorePropertiesTest::notAScore,
                value -> assertThatThrownBy(() -> Score.parse(Integer.toString(value)))
                        .isInstanceOf(InvalidScoreException.class)
                        .hasMessageContaining("\"" + value + "\" is not"));
    }

    @Test
    void neverEchoesMoreThanTwentyCharactersOfRefusedText() {
        var edgeCases = List.of("7.5", "x".repeat(21), "line\nbreak\u2028there", "😀".repeat(30));

        ForAll.check(edgeCases, ScorePropertiesTest::textThatIsNotAScore, text -> {
            String message = messageOfParsing(text);

            String echoed = message.substring(message.indexOf('"') + 1, message.lastIndexOf('"'));
            assertThat(echoed.codePointCount(0, echoed.length())).isLessThanOrEqualTo(21);
            assertThat(echoed).doesNotContain("\n", "\r", "\u2028");
        });
    }

    private static int notAScore(SplittableRandom random) {
        int value = random.nextBoolean() ? random.nextInt(-1000, 1000) : random.nextInt();
        return value >= 0 && value <= 10 ? value + 11 : value;
    }

    private static String textThatIsNotAScore(SplittableRandom random) {
        var text = new StringBuilder("?");
        int length = random.nextInt(0, 60);
        for (int i = 0; i < length; i++) {
            boolean printable = random.nextInt(4) > 0;
            text.appendCodePoint(printable ? random.nextInt(32, 127) : random.nextInt(0, 0x2100));
        }
        return text.toString();
    }

    private static String messageOfParsing(String text) {
        try {
            Score.parse(text);
        } catch (InvalidScoreException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("Expected \"" + text + "\" to be refused");
    }
}
