/**
 * What customers say about a selection of responses: the words and phrases that set detractors'
 * reasons apart from promoters', read from the newest reasons of each group and ranked by
 * {@link org.fieldnps.domain.themes.ThemeRanking}. Every reading is narrowed to the caller's
 * {@code AccessScope}, and a selection that names a part of the organisation outside it is
 * refused rather than answered with nothing.
 */
package org.fieldnps.reporting.themes;
