package org.fieldnps.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.fieldnps.persistence.capture.SurveyState;
import org.fieldnps.persistence.capture.SurveyView;
import org.junit.jupiter.api.Test;

/** Which screen each state of a link shows, and how the customer's requests move between them. */
class SurveyStepTest {

    @Test
    void openLinkAsksForTheScoreWhateverTheRequestSays() {
        assertEquals(SurveyStep.SCORE, SurveyStep.of(view(SurveyState.OPEN, null), false, false));
        assertEquals(SurveyStep.SCORE, SurveyStep.of(view(SurveyState.OPEN, null), true, true));
    }

    @Test
    void freshScoreWithoutAReasonAsksForTheReason() {
        assertEquals(SurveyStep.REASON, SurveyStep.of(view(SurveyState.ANSWERED_CHANGEABLE, null), false, false));
    }

    @Test
    void skippingTheReasonOrGivingOneLeadsToThanks() {
        assertEquals(SurveyStep.THANKS, SurveyStep.of(view(SurveyState.ANSWERED_CHANGEABLE, null), false, true));
        assertEquals(SurveyStep.THANKS, SurveyStep.of(view(SurveyState.ANSWERED_CHANGEABLE, "Quick"), false, false));
    }

    @Test
    void askingToChangeWithinTheWindowShowsTheAnswerAgain() {
        assertEquals(SurveyStep.REASON, SurveyStep.of(view(SurveyState.ANSWERED_CHANGEABLE, "Quick"), true, false));
    }

    @Test
    void answerPastItsWindowIsAlreadyAnsweredEvenWhenAChangeIsAsked() {
        assertEquals(SurveyStep.ALREADY_ANSWERED, SurveyStep.of(view(SurveyState.ANSWERED_FINAL, "x"), true, false));
        assertEquals(SurveyStep.THANKS, SurveyStep.of(view(SurveyState.ANSWERED_FINAL, "x"), false, true));
    }

    @Test
    void closedAndUnknownLinksSaySoWhateverTheRequestSays() {
        assertEquals(SurveyStep.CLOSED, SurveyStep.of(view(SurveyState.CLOSED, null), true, true));
        assertEquals(SurveyStep.NOT_FOUND, SurveyStep.of(SurveyView.unknown("Acme"), true, true));
    }

    private static SurveyView view(SurveyState state, String reason) {
        boolean answered = state == SurveyState.ANSWERED_CHANGEABLE || state == SurveyState.ANSWERED_FINAL;
        return new SurveyView(state, "Acme", "Ada", "repair", "Repair", Instant.EPOCH, "en",
                answered ? 7 : null, reason, null, false, 30);
    }
}
