package org.fieldnps.reporting.figures;

import org.fieldnps.domain.statistics.ShrunkEstimate;

/**
 * One engineer or team in a league table.
 *
 * @param rank      1 for the highest empirical-Bayes estimate
 * @param key       the engineer's FSM id or the team's code
 * @param groupKey  the code of what the row belongs to: the engineer's team (now), the team's region
 * @param groupName its name
 * @param figure    the raw figures: n, the split, the NPS and its adjusted-Wald interval
 * @param shrunk    the estimate the table is ranked by, with its credible interval
 * @param target    the target the row is held to
 */
public record LeagueRow(int rank, String key, String label, String groupKey, String groupName, Figure figure,
        ShrunkEstimate shrunk, Target target) {

    /** The estimate is below the target: the row stands out. */
    public boolean belowTarget() {
        return shrunk.nps() < target.nps();
    }

    /** Even the top of the credible interval is below the target: not a matter of luck. */
    public boolean clearlyBelowTarget() {
        return shrunk.high() < target.nps();
    }
}
