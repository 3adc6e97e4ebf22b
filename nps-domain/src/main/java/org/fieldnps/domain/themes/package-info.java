/**
 * What customers say, in their own words: the terms (single words and two-word phrases) that
 * occur more often in detractors' reasons than in promoters', and the other way round. Reasons
 * are cut into terms by {@link org.fieldnps.domain.themes.ReasonTerms}, counted once per reason
 * by {@link org.fieldnps.domain.themes.TermCounts}, and ranked by a z-score of the log-odds
 * ratio with an informative prior ({@link org.fieldnps.domain.themes.ThemeRanking}), so that a
 * phrase from three angry customers does not outrank one that a hundred mention.
 */
package org.fieldnps.domain.themes;
