package org.fieldnps.domain.statistics;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated category counts for property tests, shaped like real segments: many tiny ones (an
 * engineer's week), some medium, a few huge, and often a category with nobody in it.
 */
final class SampleCounts {

    /** Boundaries tried before any generated counts. */
    static final List<CategoryCounts> EDGE_CASES = List.of(
            new CategoryCounts(1, 0, 0), new CategoryCounts(0, 1, 0), new CategoryCounts(0, 0, 1),
            new CategoryCounts(1, 0, 1), new CategoryCounts(2, 0, 0), new CategoryCounts(1, 1, 0),
            new CategoryCounts(1_000_000, 0, 0), new CategoryCounts(0, 0, 1_000_000),
            new CategoryCounts(1_000_000, 1, 1_000_000), new CategoryCounts(1, 1_000_000, 0));

    private SampleCounts() {
    }

    /** Counts with at least one respondent. */
    static CategoryCounts nonEmpty(SplittableRandom random) {
        CategoryCounts counts;
        do {
            counts = new CategoryCounts(count(random), count(random), count(random));
        } while (counts.total() == 0);
        return counts;
    }

    /** Counts that may have no respondents at all. */
    static CategoryCounts any(SplittableRandom random) {
        return random.nextInt(20) == 0 ? CategoryCounts.none() : nonEmpty(random);
    }

    static CategoryCounts times(CategoryCounts counts, long factor) {
        return new CategoryCounts(counts.promoters() * factor, counts.passives() * factor,
                counts.detractors() * factor);
    }

    private static long count(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1, 2 -> random.nextLong(0, 6);
            case 3 -> random.nextLong(0, 500);
            default -> random.nextLong(0, 2_000_000);
        };
    }
}
