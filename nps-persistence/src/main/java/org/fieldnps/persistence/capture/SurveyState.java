package org.fieldnps.persistence.capture;

/** Where a survey link stands for the customer who opens it, which decides what their page shows. */
public enum SurveyState {
    /** Not answered yet, and the invitation still takes an answer. */
    OPEN,
    /** Answered, and still within the time the survey rules give to change the answer. */
    ANSWERED_CHANGEABLE,
    /** Answered, and the time to change it has passed. */
    ANSWERED_FINAL,
    /** Never answered, and no longer taking an answer: expired, or never sent on purpose. */
    CLOSED,
    /** No invitation has this token, or the text could not be a token at all. */
    UNKNOWN;

    /** Whether the page may take a first answer or a changed one. */
    public boolean takesAnswers() {
        return this == OPEN || this == ANSWERED_CHANGEABLE;
    }
}
