package org.fieldnps.domain.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonTermsTest {

    @Test
    void wordsAndNeighbouringPairsWithoutStopWords() {
        assertThat(ReasonTerms.of("Late arrival and no phone call to warn us."))
                .containsExactly("late", "arrival", "late arrival", "no", "phone", "no phone", "call", "phone call",
                        "warn");
    }

    @Test
    void punctuationAndStopWordsBreakPhrases() {
        assertThat(ReasonTerms.of("Parts not in stock, had to wait a week for a second visit."))
                .containsExactly("parts", "not", "parts not", "stock", "wait", "week", "second", "visit",
                        "second visit");
    }

    @Test
    void digitsSeparateWordsAndBreakPhrases() {
        assertThat(ReasonTerms.of("waited 2 hours")).containsExactly("waited", "hours");
    }

    @Test
    void apostrophesStayInsideWordsAndTypographicOnesCountTheSame() {
        assertThat(ReasonTerms.of("Didn\u2019t turn up")).containsExactly("didn't", "turn", "didn't turn");
        assertThat(ReasonTerms.of("the 'engineers' van")).containsExactly("engineers", "van", "engineers van");
    }

    @Test
    void germanReasonsLoseTheirStopWordsButKeepNegationsAndUmlauts() {
        assertThat(ReasonTerms.of("Der Techniker war unfreundlich und nicht pünktlich."))
                .containsExactly("techniker", "unfreundlich", "nicht", "pünktlich", "nicht pünktlich");
    }

    @Test
    void aTermRepeatedInOneReasonIsOneTerm() {
        assertThat(ReasonTerms.of("LATE, late. Late!")).containsExactly("late");
        assertThat(ReasonTerms.of("late late")).containsExactly("late");
    }

    @Test
    void nothingToCutGivesNoTerms() {
        assertThat(ReasonTerms.of(null)).isEmpty();
        assertThat(ReasonTerms.of("")).isEmpty();
        assertThat(ReasonTerms.of("10/10 !!! :-)")).isEmpty();
        assertThat(ReasonTerms.of("it was the")).isEmpty();
    }

    @Test
    void markupIsCutLikeAnyOtherText() {
        assertThat(ReasonTerms.of("<script>alert('x')</script>")).containsExactly("script", "alert", "x");
    }
}
