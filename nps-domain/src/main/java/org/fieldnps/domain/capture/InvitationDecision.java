package org.fieldnps.domain.capture;

/** The outcome of asking whether a customer should be invited to score a job. */
public enum InvitationDecision {
    INVITE("Invited."),
    OPTED_OUT("Not invited: the customer asked not to be surveyed."),
    INVITED_RECENTLY("Not invited: the customer was asked recently and is not asked again so soon."),
    IMPORTED("Not invited: imported from history.");

    private final String explanation;

    InvitationDecision(String explanation) {
        this.explanation = explanation;
    }

    /** Why, in a sentence an integrator or a manager understands. */
    public String explanation() {
        return explanation;
    }

    public boolean invites() {
        return this == INVITE;
    }
}
