/**
 * What a customer's answer is worth: a {@link org.fieldnps.domain.scoring.Score} from 0 to 10,
 * the {@link org.fieldnps.domain.scoring.ScoringPolicy} that sorts scores into promoters,
 * passives and detractors, and the {@link org.fieldnps.domain.scoring.ScoreDistribution} that
 * rollups keep so that a policy changed by an admin can be applied to history without re-reading
 * every response. A category is always derived from a score under a policy and never stored on
 * its own.
 */
package org.fieldnps.domain.scoring;
