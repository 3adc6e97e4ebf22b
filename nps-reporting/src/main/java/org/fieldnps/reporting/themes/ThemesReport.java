package org.fieldnps.reporting.themes;

import org.fieldnps.domain.themes.Themes;

/**
 * The themes of a selection and how much of it they were read from.
 *
 * @param readLimit                how many of the newest reasons of each group are read at most
 * @param detractorReasonsCapped   whether detractors had more reasons than were read
 * @param promoterReasonsCapped    whether promoters had more reasons than were read
 */
public record ThemesReport(ThemeSelection selection, Themes themes, int readLimit, boolean detractorReasonsCapped,
        boolean promoterReasonsCapped) {

    /** Whether either list was read from only the newest part of its group's reasons. */
    public boolean isCapped() {
        return detractorReasonsCapped || promoterReasonsCapped;
    }
}
