package org.fieldnps.domain.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fieldnps.domain.ForAll;
import org.fieldnps.domain.scoring.Category;
import org.junit.jupiter.api.Test;

class ThemeRankingPropertiesTest {

    private static final String[] VOCABULARY = {
        "late", "rude", "mess", "not", "fixed", "friendly", "quick", "tidy", "engineer", "the", "and", "a",
        "pünktlich", "nicht", "didn't", ",", ".",
    };

    private static final ThemeRanking OPEN = new ThemeRanking(1, 0.0, 1_000, 10.0);

    @Test
    void swappingTheGroupsNegatesEveryScoreAndSwapsTheLists() {
        ForAll.check(ThemeRankingPropertiesTest::corpus, corpus -> {
            TermCounts counts = corpus.counts(false);
            TermCounts swapped = corpus.counts(true);

            for (String term : counts.terms()) {
                double z = score(counts, term);
                assertThat(score(swapped, term)).isCloseTo(-z, within(1e-9));
            }
            Themes themes = ThemeRanking.standard().rank(counts);
            Themes mirrored = ThemeRanking.standard().rank(swapped);
            assertThat(mirrored.promoterTerms()).extracting(DistinctiveTerm::term)
                    .isEqualTo(themes.detractorTerms().stream().map(DistinctiveTerm::term).toList());
            assertThat(mirrored.detractorTerms()).extracting(DistinctiveTerm::term)
                    .isEqualTo(themes.promoterTerms().stream().map(DistinctiveTerm::term).toList());
        });
    }

    @Test
    void aTermOnlyOneGroupUsesLeansToThatSide() {
        ForAll.check(ThemeRankingPropertiesTest::corpus, corpus -> {
            TermCounts counts = corpus.counts(false);
            Themes themes = OPEN.rank(counts);

            for (String term : counts.terms()) {
                boolean onlyDetractors = counts.promoterReasonsWith(term) == 0;
                boolean onlyPromoters = counts.detractorReasonsWith(term) == 0;
                if (onlyDetractors && counts.promoterReasons() > 0) {
                    assertThat(score(counts, term)).isPositive();
                    assertThat(themes.promoterTerms()).extracting(DistinctiveTerm::term).doesNotContain(term);
                }
                if (onlyPromoters && counts.detractorReasons() > 0) {
                    assertThat(score(counts, term)).isNegative();
                    assertThat(themes.detractorTerms()).extracting(DistinctiveTerm::term).doesNotContain(term);
                }
            }
        });
    }

    @Test
    void countsNeverExceedTheGroupsAndListsKeepTheirSideAndOrder() {
        ForAll.check(ThemeRankingPropertiesTest::corpus, corpus -> {
            TermCounts counts = corpus.counts(false);
            ThemeRanking ranking = ThemeRanking.standard();

            Themes themes = ranking.rank(counts);

            assertThat(themes.detractorReasons()).isLessThanOrEqualTo(corpus.detractors().size());
            assertThat(themes.promoterReasons()).isLessThanOrEqualTo(corpus.promoters().size());
            List<DistinctiveTerm> all = new ArrayList<>(themes.detractorTerms());
            all.addAll(themes.promoterTerms());
            for (DistinctiveTerm term : all) {
                assertThat(term.detractorReasons()).isBetween(0L, themes.detractorReasons());
                assertThat(term.promoterReasons()).isBetween(0L, themes.promoterReasons());
            }
            for (DistinctiveTerm term : themes.detractorTerms()) {
                assertThat(term.zScore()).isGreaterThanOrEqualTo(ranking.minimumZ());
                assertThat(term.detractorReasons()).isGreaterThanOrEqualTo(ranking.minimumCount());
            }
            for (DistinctiveTerm term : themes.promoterTerms()) {
                assertThat(term.zScore()).isLessThanOrEqualTo(-ranking.minimumZ());
                assertThat(term.promoterReasons()).isGreaterThanOrEqualTo(ranking.minimumCount());
            }
            assertThat(themes.detractorTerms()).extracting(DistinctiveTerm::zScore)
                    .isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(themes.promoterTerms()).extracting(DistinctiveTerm::zScore).isSorted();
            assertThat(themes.detractorTerms().size()).isLessThanOrEqualTo(ranking.limit());
        });
    }

    @Test
    void everyTermOfAReasonIsAWordOrAPairWithoutStopWords() {
        ForAll.check(random -> reason(random), reason -> {
            for (String term : ReasonTerms.of(reason)) {
                List<String> words = ReasonTerms.wordsOf(term);
                assertThat(words).hasSizeBetween(1, 2).noneMatch(StopWords::contains);
                assertThat(words).allMatch(word -> !word.isEmpty() && word.equals(word.toLowerCase()));
            }
        });
    }

    private static double score(TermCounts counts, String term) {
        return ThemeRanking.zScore(counts.detractorReasonsWith(term), counts.detractorReasons(),
                counts.promoterReasonsWith(term), counts.promoterReasons(), 10.0);
    }

    private static Corpus corpus(SplittableRandom random) {
        return new Corpus(reasons(random, random.nextInt(40)), reasons(random, random.nextInt(40)));
    }

    private static List<String> reasons(SplittableRandom random, int count) {
        // Each group leans toward its own half of the vocabulary, so that some terms set it apart.
        int lean = random.nextInt(VOCABULARY.length);
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reasons.add(random.nextInt(3) == 0 ? VOCABULARY[lean] + " " + reason(random) : reason(random));
        }
        return reasons;
    }

    private static String reason(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(7);
        for (int i = 0; i < words; i++) {
            String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
            text.append(random.nextBoolean() ? word.toUpperCase() : word).append(' ');
        }
        return text.toString();
    }

    /** Two groups of reasons, counted either way round. */
    private record Corpus(List<String> detractors, List<String> promoters) {

        TermCounts counts(boolean swapped) {
            TermCounts counts = new TermCounts();
            detractors.forEach(reason -> counts.add(swapped ? Category.PROMOTER : Category.DETRACTOR, reason));
            promoters.forEach(reason -> counts.add(swapped ? Category.DETRACTOR : Category.PROMOTER, reason));
            return counts;
        }
    }
}
