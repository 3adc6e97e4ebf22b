package org.fieldnps.reporting.figures;

/**
 * How many of the invitations sent in a period have been answered. Counted by the day the
 * invitation went out, so that the rate of a period does not depend on when the answers came;
 * the rate of the last few days still grows as late answers arrive. Invitations never sent (the
 * customer opted out or was asked too recently, or the job was imported history) are left out,
 * and so are answers collected without an invitation.
 */
public record ResponseRate(long invitations, long answered) {

    /** Answers per invitation, from 0 to 1, or 0 when no invitation went out. */
    public double rate() {
        return invitations == 0 ? 0 : (double) answered / invitations;
    }

    public boolean hasInvitations() {
        return invitations > 0;
    }
}
