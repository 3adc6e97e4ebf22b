package org.fieldnps.domain.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldnps.domain.InvalidInputException;

/**
 * Ranks terms by how strongly they set detractors' reasons apart from promoters': the weighted
 * log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn ("Fightin'
 * Words", Political Analysis 16(4), 2008), taken over reasons rather than words. For a term
 * found in y<sub>d</sub> of n<sub>d</sub> detractors' reasons and y<sub>p</sub> of n<sub>p</sub>
 * promoters', with p the share of all reasons that mention it and a = αp, b = α(1 − p) the prior
 * (α reasons' worth of the pooled mix):
 *
 * <pre>
 * δ = ln((y_d + a) / (n_d − y_d + b)) − ln((y_p + a) / (n_p − y_p + b))
 * z = δ / sqrt(1/(y_d + a) + 1/(n_d − y_d + b) + 1/(y_p + a) + 1/(n_p − y_p + b))
 * </pre>
 *
 * <p>The prior pulls rare terms toward "no difference", so a word from two reasons cannot
 * outrank one from two hundred, and dividing by the standard error makes terms of different
 * frequency comparable. The variance keeps the terms for reasons without the term, which the
 * paper drops because a single word is rare among all words; a phrase can be in a third of all
 * detractors' reasons.
 *
 * <p>A single word is left out in favour of a phrase that contains it when nearly every reason
 * with the word has the phrase ({@link #SAME_SIGNAL}): "second" and "visit" then give way to
 * "second visit" rather than filling the list with its parts.
 *
 * @param minimumCount  in how many reasons of its own side a term must occur to be listed
 * @param minimumZ      how far from zero a z-score must be for a term to be listed
 * @param limit         how many terms each side lists at most
 * @param priorStrength α: how many reasons' worth of the pooled mix the prior adds
 */
public record ThemeRanking(int minimumCount, double minimumZ, int limit, double priorStrength) {

    /** Share of a word's reasons that must carry the phrase for the phrase to stand for it. */
    public static final double SAME_SIGNAL = 0.8;

    /**
     * Three reasons, because fewer is an anecdote; any lean at all, because a team's quarter
     * often has too few promoters' reasons for any term to reach the 5% level, and a manager
     * is better served by the leaning terms marked as possibly chance
     * ({@link DistinctiveTerm#isSignificant()}) than by two empty lists; fifteen, what fits
     * beside each other on a page; ten reasons of prior, which moves a term seen a handful of
     * times a lot and one seen hundreds of times hardly at all.
     */
    public static ThemeRanking standard() {
        return new ThemeRanking(3, 0.0, 15, 10.0);
    }

    public ThemeRanking {
        if (minimumCount < 1) {
            throw new InvalidInputException("minimumCount", "A term must occur in at least one reason to be listed.");
        }
        if (!(minimumZ >= 0)) {
            throw new InvalidInputException("minimumZ", "The least z-score must be zero or more.");
        }
        if (limit < 1) {
            throw new InvalidInputException("limit", "Each side must list at least one term.");
        }
        if (!(priorStrength > 0) || Double.isInfinite(priorStrength)) {
            throw new InvalidInputException("priorStrength", "The prior must be worth a positive number of reasons.");
        }
    }

    /** The terms typical of detractors and of promoters, strongest first. */
    public Themes rank(TermCounts counts) {
        long detractors = counts.detractorReasons();
        long promoters = counts.promoterReasons();
        if (detractors == 0 || promoters == 0) {
            return new Themes(List.of(), List.of(), detractors, promoters);
        }

        List<DistinctiveTerm> detractorSide = new ArrayList<>();
        List<DistinctiveTerm> promoterSide = new ArrayList<>();
        for (String term : counts.terms()) {
            long inDetractors = counts.detractorReasonsWith(term);
            long inPromoters = counts.promoterReasonsWith(term);
            double z = zScore(inDetractors, detractors, inPromoters, promoters, priorStrength);
            DistinctiveTerm scored = new DistinctiveTerm(term, inDetractors, inPromoters, z);
            if (z >= minimumZ && z > 0 && inDetractors >= minimumCount) {
                detractorSide.add(scored);
            } else if (-z >= minimumZ && z < 0 && inPromoters >= minimumCount) {
                promoterSide.add(scored);
            }
        }

        Comparator<DistinctiveTerm> byTerm = Comparator.comparing(DistinctiveTerm::term);
        return new Themes(
                strongest(detractorSide, Comparator.comparingDouble(DistinctiveTerm::zScore).reversed()
                        .thenComparing(Comparator.comparingLong(DistinctiveTerm::detractorReasons).reversed())
                        .thenComparing(byTerm)),
                strongest(promoterSide, Comparator.comparingDouble(DistinctiveTerm::zScore)
                        .thenComparing(Comparator.comparingLong(DistinctiveTerm::promoterReasons).reversed())
                        .thenComparing(byTerm)),
                detractors, promoters);
    }

    /**
     * The z-score of one term: positive when detractors mention it more, negative when promoters
     * do, zero when it tells them apart not at all (and when every reason mentions it).
     */
    public static double zScore(long inDetractors, long detractors, long inPromoters, long promoters,
            double priorStrength) {
        if (inDetractors > detractors || inPromoters > promoters || inDetractors < 0 || inPromoters < 0) {
            throw new IllegalArgumentException("A term cannot occur in more reasons than were counted");
        }
        long all = detractors + promoters;
        long with = inDetractors + inPromoters;
        if (with == 0 || with == all) {
            return 0.0;
        }

        double pooled = (double) with / all;
        double a = priorStrength * pooled;
        double b = priorStrength * (1 - pooled);
        double withD = inDetractors + a;
        double withoutD = detractors - inDetractors + b;
        double withP = inPromoters + a;
        double withoutP = promoters - inPromoters + b;

        double delta = Math.log(withD / withoutD) - Math.log(withP / withoutP);
        double variance = 1 / withD + 1 / withoutD + 1 / withP + 1 / withoutP;
        return delta / Math.sqrt(variance);
    }

    private List<DistinctiveTerm> strongest(List<DistinctiveTerm> side, Comparator<DistinctiveTerm> order) {
        List<DistinctiveTerm> phrases = side.stream().filter(DistinctiveTerm::isPhrase).toList();
        return side.stream()
                .filter(term -> term.isPhrase() || phrases.stream().noneMatch(phrase -> standsFor(phrase, term)))
                .sorted(order)
                .limit(limit)
                .toList();
    }

    /** Whether the phrase contains the word and is found in nearly every reason the word is. */
    private static boolean standsFor(DistinctiveTerm phrase, DistinctiveTerm word) {
        if (!ReasonTerms.wordsOf(phrase.term()).contains(word.term())) {
            return false;
        }
        long wordReasons = word.detractorReasons() + word.promoterReasons();
        long phraseReasons = phrase.detractorReasons() + phrase.promoterReasons();
        return phraseReasons >= SAME_SIGNAL * wordReasons;
    }
}
