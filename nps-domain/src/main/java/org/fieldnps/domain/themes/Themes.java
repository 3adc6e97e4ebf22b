package org.fieldnps.domain.themes;

import java.util.List;

/**
 * The terms typical of detractors and of promoters, each list strongest first, and how many
 * reasons of each group they were found in.
 */
public record Themes(List<DistinctiveTerm> detractorTerms, List<DistinctiveTerm> promoterTerms,
        long detractorReasons, long promoterReasons) {

    public Themes {
        detractorTerms = List.copyOf(detractorTerms);
        promoterTerms = List.copyOf(promoterTerms);
    }

    /** Whether either list has anything to show. */
    public boolean isEmpty() {
        return detractorTerms.isEmpty() && promoterTerms.isEmpty();
    }
}
