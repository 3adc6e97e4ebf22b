/**
 * How far an NPS can be trusted, so that no score is shown without its uncertainty: the standard
 * error and 95% interval of an NPS ({@link org.fieldnps.domain.statistics.NpsEstimate}), whether
 * two periods or segments really differ ({@link org.fieldnps.domain.statistics.NpsComparison}),
 * and an empirical-Bayes estimate ({@link org.fieldnps.domain.statistics.DirichletPrior},
 * {@link org.fieldnps.domain.statistics.ShrunkEstimate}) that ranks engineers fairly when some
 * have only a handful of responses. Everything here works on
 * {@link org.fieldnps.domain.statistics.CategoryCounts}, so it is independent of the scoring
 * policy that produced them.
 */
package org.fieldnps.domain.statistics;
