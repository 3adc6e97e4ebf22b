package org.fieldnps.domain.themes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.fieldnps.domain.scoring.Category;

/**
 * In how many detractors' and how many promoters' reasons each term occurs. A reason counts once
 * for a term however often it repeats it: one customer writing "late, late, late" is still one
 * customer. Filled one reason at a time, so that a caller can stream reasons from a database
 * without holding them; what it holds grows with the number of distinct terms only.
 */
public final class TermCounts {

    private static final int DETRACTORS = 0;
    private static final int PROMOTERS = 1;

    private final Map<String, long[]> reasonsByTerm = new HashMap<>();
    private final long[] reasons = new long[2];

    /**
     * Counts one reason of a detractor or a promoter; a missing or blank reason says nothing and
     * is not counted.
     *
     * @throws IllegalArgumentException for a passive, whose reasons set neither side apart
     */
    public void add(Category category, String reason) {
        int side = switch (category) {
            case DETRACTOR -> DETRACTORS;
            case PROMOTER -> PROMOTERS;
            case PASSIVE -> throw new IllegalArgumentException("Only detractors' and promoters' reasons are compared");
        };
        if (reason == null || reason.isBlank()) {
            return;
        }

        reasons[side]++;
        for (String term : ReasonTerms.of(reason)) {
            reasonsByTerm.computeIfAbsent(term, ignored -> new long[2])[side]++;
        }
    }

    /** How many detractors' reasons were counted. */
    public long detractorReasons() {
        return reasons[DETRACTORS];
    }

    /** How many promoters' reasons were counted. */
    public long promoterReasons() {
        return reasons[PROMOTERS];
    }

    /** In how many detractors' reasons the term occurs; zero for a term never seen. */
    public long detractorReasonsWith(String term) {
        long[] counts = reasonsByTerm.get(term);
        return counts == null ? 0 : counts[DETRACTORS];
    }

    /** In how many promoters' reasons the term occurs; zero for a term never seen. */
    public long promoterReasonsWith(String term) {
        long[] counts = reasonsByTerm.get(term);
        return counts == null ? 0 : counts[PROMOTERS];
    }

    /** Every term that occurs in at least one counted reason. */
    public Set<String> terms() {
        return Set.copyOf(reasonsByTerm.keySet());
    }
}
