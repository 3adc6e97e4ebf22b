package org.fieldnps.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fieldnps.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReasonTextTest {

    @Test
    void blankMeansNoReason() {
        assertThat(ReasonText.clean(null)).isNull();
        assertThat(ReasonText.clean("  \n\t ")).isNull();
    }

    @Test
    void keepsMarkupAsTypedBecauseItIsEscapedWhereShown() {
        assertThat(ReasonText.clean(" <script>alert(1)</script> ")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaks() {
        assertThat(ReasonText.clean("late\u0000 again\nand rude\u0007")).isEqualTo("late again\nand rude");
    }

    @Test
    void refusesTextLongerThanTwoThousandCharacters() {
        assertThat(ReasonText.clean("x".repeat(2000))).hasSize(2000);
        assertThatThrownBy(() -> ReasonText.clean("x".repeat(2001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A reason has at most 2000 characters; this one has 2001.");
    }

    @Test
    void channelIsParsedInAnyCaseAndUnknownOnesAreNamed() {
        assertThat(Channel.parse("Sms")).isEqualTo(Channel.SMS);
        assertThatThrownBy(() -> Channel.parse("pigeon"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown channel; use one of email, sms, web, phone, kiosk.");
    }
}
