package org.fieldnps.web.survey;

import org.fieldnps.persistence.capture.SurveyView;

/**
 * Which screen of the survey flow a link shows: the score first, then the optional reason, then
 * thanks; or one of the pages that say kindly why there is nothing more to do.
 */
enum SurveyStep {
    /** The 0–10 question. */
    SCORE,
    /** The score is recorded; the optional reason, and the score again for a change of mind. */
    REASON,
    THANKS,
    /** Answered before, and too late to change. */
    ALREADY_ANSWERED,
    CLOSED,
    NOT_FOUND;

    /**
     * The screen for a link in its current state.
     *
     * @param changeAsked whether the customer asked to change their answer (or followed a score link again)
     * @param thanksAsked whether the customer has just finished, or skipped the reason
     */
    static SurveyStep of(SurveyView view, boolean changeAsked, boolean thanksAsked) {
        return switch (view.state()) {
            case UNKNOWN -> NOT_FOUND;
            case CLOSED -> CLOSED;
            case OPEN -> SCORE;
            case ANSWERED_FINAL -> thanksAsked ? THANKS : ALREADY_ANSWERED;
            case ANSWERED_CHANGEABLE -> {
                if (changeAsked) {
                    yield REASON;
                }
                yield thanksAsked || view.reason() != null ? THANKS : REASON;
            }
        };
    }
}
