package org.fieldnps.reporting.figures;

import org.fieldnps.domain.statistics.NpsEstimate;

/**
 * The NPS a scope is expected to reach and whether it does. The target is the narrowest one set
 * for the scope: the team's, else its region's, else the organisation's default.
 *
 * @param nps    the target NPS
 * @param setFor where it comes from: {@code team}, {@code region} or {@code organisation}
 */
public record Target(int nps, String setFor) {

    /** Met when the NPS reaches the target; with no responses nothing is met. */
    public boolean metBy(NpsEstimate estimate) {
        return estimate.hasRespondents() && estimate.nps() >= nps;
    }

    /**
     * Missed: there are answers and their NPS is below the target. With no answers a target is
     * neither met nor missed, so an empty row is not flagged.
     */
    public boolean missedBy(NpsEstimate estimate) {
        return estimate.hasRespondents() && estimate.nps() < nps;
    }

    /** Clearly missed: even the top of the interval is below the target. */
    public boolean clearlyMissedBy(NpsEstimate estimate) {
        return estimate.hasRespondents() && estimate.high() < nps;
    }
}
