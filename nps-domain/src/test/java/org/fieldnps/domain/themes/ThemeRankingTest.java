package org.fieldnps.domain.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.scoring.Category;
import org.junit.jupiter.api.Test;

/**
 * Ranking against corpora small enough to check by hand. The z-scores below were worked out
 * from the formula on {@link ThemeRanking} with a calculator.
 */
class ThemeRankingTest {

    private static final double CLOSE = 1e-9;

    @Test
    void zScoreOfATermInThreeOfFourDetractorsAndNoPromoter() {
        // pooled 3/8, a = 3.75, b = 6.25:
        // delta = ln(6.75 / 7.25) - ln(3.75 / 10.25) = 0.934063
        // variance = 1/6.75 + 1/7.25 + 1/3.75 + 1/10.25 = 0.650307, z = 0.934063 / 0.806416
        assertThat(ThemeRanking.zScore(3, 4, 0, 4, 10.0)).isCloseTo(1.158289094755644, within(CLOSE));
    }

    @Test
    void zScoreIsZeroForATermThatTellsNothingApart() {
        assertThat(ThemeRanking.zScore(1, 4, 1, 4, 10.0)).isZero();
        assertThat(ThemeRanking.zScore(4, 4, 4, 4, 10.0)).isZero();
        assertThat(ThemeRanking.zScore(0, 4, 0, 4, 10.0)).isZero();
    }

    @Test
    void strongerPriorPullsARareTermTowardNoDifference() {
        double weak = ThemeRanking.zScore(6, 10, 0, 10, 1.0);
        double standard = ThemeRanking.zScore(6, 10, 0, 10, 10.0);

        assertThat(weak).isCloseTo(1.9842808186286596, within(CLOSE));
        assertThat(standard).isCloseTo(1.9899753700836667, within(CLOSE));
        assertThat(ThemeRanking.zScore(6, 10, 0, 10, 1000.0)).isLessThan(standard);
    }

    @Test
    void phrasesStandForTheirWordsAndTermsBelowTheLevelOrCountStayOut() {
        TermCounts counts = new TermCounts();
        add(counts, Category.DETRACTOR, 6, "Late arrival, no call.");
        add(counts, Category.DETRACTOR, 4, "Rude engineer.");
        add(counts, Category.PROMOTER, 8, "Friendly engineer, on time.");
        add(counts, Category.PROMOTER, 2, "Quick.");

        Themes themes = new ThemeRanking(3, DistinctiveTerm.SIGNIFICANT_Z, 15, 10.0).rank(counts);

        // late arrival, no call: z(6 of 10, 0 of 10) = 1.990; "late", "arrival", "no" and "call"
        // occur only inside them. rude engineer: z(4 of 10, 0 of 10) = 1.515, below 1.96.
        assertThat(themes.detractorTerms()).extracting(DistinctiveTerm::term)
                .containsExactly("late arrival", "no call");
        assertThat(themes.detractorTerms().getFirst().zScore()).isCloseTo(1.9899753700836667, within(CLOSE));
        // friendly engineer, time: z(0 of 10, 8 of 10) = -2.483; "engineer" (4 and 8) is at
        // -1.280, and "quick" is in only two reasons.
        assertThat(themes.promoterTerms()).extracting(DistinctiveTerm::term)
                .containsExactly("friendly engineer", "time");
        assertThat(themes.promoterTerms().getFirst())
                .isEqualTo(new DistinctiveTerm("friendly engineer", 0, 8, themes.promoterTerms().getFirst().zScore()));
        assertThat(themes.promoterTerms().getFirst().zScore()).isCloseTo(-2.4827347485165085, within(CLOSE));
        assertThat(themes.detractorReasons()).isEqualTo(10);
        assertThat(themes.promoterReasons()).isEqualTo(10);
    }

    @Test
    void standardRankingListsLeaningTermsAndMarksWhichAreSignificant() {
        TermCounts counts = new TermCounts();
        add(counts, Category.DETRACTOR, 6, "Late arrival, no call.");
        add(counts, Category.DETRACTOR, 4, "Rude engineer.");
        add(counts, Category.PROMOTER, 8, "Friendly engineer, on time.");
        add(counts, Category.PROMOTER, 2, "Quick.");

        Themes themes = ThemeRanking.standard().rank(counts);

        assertThat(themes.detractorTerms()).extracting(DistinctiveTerm::term, DistinctiveTerm::isSignificant)
                .containsExactly(tuple("late arrival", true), tuple("no call", true), tuple("rude engineer", false));
        assertThat(themes.promoterTerms()).extracting(DistinctiveTerm::term)
                .containsExactly("friendly engineer", "time", "engineer");
    }

    @Test
    void aWordStaysBesideAPhraseWhenItIsAlsoSaidWithoutIt() {
        TermCounts counts = new TermCounts();
        add(counts, Category.DETRACTOR, 10, "Late arrival.");
        add(counts, Category.DETRACTOR, 10, "Came late.");
        add(counts, Category.PROMOTER, 20, "Great.");

        Themes themes = new ThemeRanking(3, 1.96, 10, 10.0).rank(counts);

        // "late" (z 4.65) is in twice as many reasons as either phrase (z 2.72), which stand for
        // "came" and "arrival".
        assertThat(themes.detractorTerms()).extracting(DistinctiveTerm::term)
                .containsExactly("late", "came late", "late arrival");
    }

    @Test
    void limitKeepsTheStrongest() {
        TermCounts counts = new TermCounts();
        add(counts, Category.DETRACTOR, 30, "Rude.");
        add(counts, Category.DETRACTOR, 10, "Dirty.");
        add(counts, Category.PROMOTER, 40, "Great.");

        Themes themes = new ThemeRanking(3, 1.96, 1, 10.0).rank(counts);

        assertThat(themes.detractorTerms()).extracting(DistinctiveTerm::term).containsExactly("rude");
    }

    @Test
    void withoutOneOfTheGroupsNothingIsSetApart() {
        TermCounts counts = new TermCounts();
        add(counts, Category.DETRACTOR, 30, "Rude.");

        Themes themes = ThemeRanking.standard().rank(counts);

        assertThat(themes.isEmpty()).isTrue();
        assertThat(themes.detractorReasons()).isEqualTo(30);
    }

    @Test
    void blankReasonsAreNotCountedAndPassivesAreRefused() {
        TermCounts counts = new TermCounts();
        counts.add(Category.DETRACTOR, null);
        counts.add(Category.DETRACTOR, "  ");
        counts.add(Category.PROMOTER, "!!!");

        assertThat(counts.detractorReasons()).isZero();
        assertThat(counts.promoterReasons()).isEqualTo(1);
        assertThatThrownBy(() -> counts.add(Category.PASSIVE, "Fine"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSettingsThatCannotRank() {
        assertThatThrownBy(() -> new ThemeRanking(0, 1.96, 15, 10.0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("minimumCount"));
        assertThatThrownBy(() -> new ThemeRanking(3, Double.NaN, 15, 10.0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("minimumZ"));
        assertThatThrownBy(() -> new ThemeRanking(3, 1.96, 0, 10.0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> new ThemeRanking(3, 1.96, 15, 0.0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("priorStrength"));
        assertThatThrownBy(() -> ThemeRanking.zScore(5, 4, 0, 4, 10.0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void add(TermCounts counts, Category category, int times, String reason) {
        for (int i = 0; i < times; i++) {
            counts.add(category, reason);
        }
    }
}
