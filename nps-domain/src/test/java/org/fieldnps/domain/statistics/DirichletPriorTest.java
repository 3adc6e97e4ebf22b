package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DirichletPriorTest {

    private static final Offset<Double> CLOSE = within(1e-4);

    @Test
    void fitsConcentrationFromHowMuchGroupsDiffer() {
        // Two groups of 10: (6, 2, 2) and (2, 2, 6). Pooled shares m = (0.4, 0.2, 0.4);
        // 1 - sum m^2 = 1 - 0.36 = 0.64.
        // S = 10 * (0.2^2 + 0 + 0.2^2) * 2 = 1.6. N = 20, sum n^2 / N = 10, G - 1 = 1.
        // rho = (1.6 / 0.64 - 1) / (20 - 10 - 1) = 1.5 / 9 = 1/6;
        // concentration = (1 - rho) / rho = (5/6) / (1/6) = 5.
        // Weights = 5 * (0.4, 0.2, 0.4) = (2, 1, 2).
        var groups = List.of(new CategoryCounts(6, 2, 2), new CategoryCounts(2, 2, 6));

        var prior = DirichletPrior.fit(groups);

        assertThat(prior.promoterWeight()).isCloseTo(2.0, CLOSE);
        assertThat(prior.passiveWeight()).isCloseTo(1.0, CLOSE);
        assertThat(prior.detractorWeight()).isCloseTo(2.0, CLOSE);
        assertThat(prior.concentration()).isCloseTo(5.0, CLOSE);
        assertThat(prior.meanNps()).isCloseTo(0.0, CLOSE);
    }

    @Test
    void ignoresGroupsWithoutAnswers() {
        var groups = List.of(new CategoryCounts(6, 2, 2), CategoryCounts.none(),
                new CategoryCounts(2, 2, 6));

        var prior = DirichletPrior.fit(groups);

        assertThat(prior.concentration()).isCloseTo(5.0, CLOSE);
    }

    @Test
    void capsConcentrationWhenGroupsDifferNoMoreThanChance() {
        // Identical groups: S = 0, so rho = (0 - 1) / 9 < 0 and the fitted concentration is
        // unbounded; it is held at 1000 around the pooled mix (0.5, 0.3, 0.2).
        var groups = List.of(new CategoryCounts(5, 3, 2), new CategoryCounts(5, 3, 2));

        var prior = DirichletPrior.fit(groups);

        assertThat(prior.promoterWeight()).isCloseTo(500.0, CLOSE);
        assertThat(prior.passiveWeight()).isCloseTo(300.0, CLOSE);
        assertThat(prior.detractorWeight()).isCloseTo(200.0, CLOSE);
    }

    @Test
    void capsConcentrationWhenEveryAnswerIsInOneCategoryKeepingTheOthersPossible() {
        var groups = List.of(new CategoryCounts(4, 0, 0), new CategoryCounts(7, 0, 0));

        var prior = DirichletPrior.fit(groups);

        assertThat(prior.concentration()).isCloseTo(DirichletPrior.MAXIMUM_CONCENTRATION, CLOSE);
        assertThat(prior.passiveWeight()).isPositive();
        assertThat(prior.detractorWeight()).isPositive();
        assertThat(prior.meanNps()).isGreaterThan(99.0);
    }

    @Test
    void keepsAMinimalConcentrationWhenGroupsDifferMoreThanAnyPriorExplains() {
        // (10, 0, 0) and (0, 0, 10): rho = (10 / 0.5 - 1) / 9 = 19/9 > 1.
        var groups = List.of(new CategoryCounts(10, 0, 0), new CategoryCounts(0, 0, 10));

        var prior = DirichletPrior.fit(groups);

        assertThat(prior.concentration()).isCloseTo(DirichletPrior.MINIMUM_CONCENTRATION, CLOSE);
        assertThat(prior.passiveWeight()).isPositive();
    }

    @Test
    void fallsBackToUniformWithFewerThanTwoGroups() {
        assertThat(DirichletPrior.fit(List.of())).isEqualTo(DirichletPrior.UNIFORM);
        assertThat(DirichletPrior.fit(List.of(new CategoryCounts(30, 10, 5))))
                .isEqualTo(DirichletPrior.UNIFORM);
        var oneTeamAndAnEmptyOne = List.of(new CategoryCounts(30, 10, 5), CategoryCounts.none());
        assertThat(DirichletPrior.fit(oneTeamAndAnEmptyOne)).isEqualTo(DirichletPrior.UNIFORM);
    }

    @Test
    void fallsBackToUniformWhenEveryGroupHasASingleAnswer() {
        var groups = List.of(new CategoryCounts(1, 0, 0), new CategoryCounts(0, 1, 0),
                new CategoryCounts(0, 0, 1), new CategoryCounts(1, 0, 0));

        var prior = DirichletPrior.fit(groups);

        assertThat(prior).isEqualTo(DirichletPrior.UNIFORM);
    }

    @Test
    void recoversThePriorThatGeneratedTheData() {
        // 400 engineers, each with a promoter/passive/detractor mix drawn from Dirichlet(6, 2, 2)
        // and 5 to 60 answers: the fit should find a concentration near 10 and a mix near
        // (0.6, 0.2, 0.2). Over 20 seeds the estimate ranged from 7.7 to 12.0.
        var truth = new DirichletPrior(6, 2, 2);
        var random = new SplittableRandom(42);
        List<CategoryCounts> engineers = new ArrayList<>();
        for (int engineer = 0; engineer < 400; engineer++) {
            engineers.add(DirichletSampling.answers(truth, random.nextInt(5, 61), random));
        }

        var fitted = DirichletPrior.fit(engineers);

        assertThat(fitted.concentration()).isBetween(7.0, 14.0);
        assertThat(fitted.promoterWeight() / fitted.concentration()).isCloseTo(0.6, within(0.03));
        assertThat(fitted.detractorWeight() / fitted.concentration()).isCloseTo(0.2, within(0.03));
    }

    @Test
    void findsAStrongPriorWhenEveryoneAnswersFromTheSameMix() {
        var random = new SplittableRandom(7);
        List<CategoryCounts> engineers = new ArrayList<>();
        for (int engineer = 0; engineer < 400; engineer++) {
            engineers.add(DirichletSampling.multinomial(new double[] {0.6, 0.2, 0.2}, 40, random));
        }

        var fitted = DirichletPrior.fit(engineers);

        assertThat(fitted.concentration()).isGreaterThan(100.0);
    }

    @Test
    void centresOnATeamKeepingTheStrength() {
        // Concentration 20, moved to a team of 50/20/30 (NPS 20):
        // 20 * (0.5, 0.2, 0.3) = (10, 4, 6).
        var prior = new DirichletPrior(5, 5, 10);
        var team = new CategoryCounts(50, 20, 30);

        var centred = prior.centredOn(team);

        assertThat(centred.promoterWeight()).isCloseTo(10.0, CLOSE);
        assertThat(centred.passiveWeight()).isCloseTo(4.0, CLOSE);
        assertThat(centred.detractorWeight()).isCloseTo(6.0, CLOSE);
        assertThat(centred.meanNps()).isCloseTo(20.0, CLOSE);
    }

    @Test
    void staysAsItIsWhenCentredOnATeamWithoutAnswers() {
        var prior = new DirichletPrior(5, 5, 10);

        var centred = prior.centredOn(CategoryCounts.none());

        assertThat(centred).isSameAs(prior);
    }

    @Test
    void keepsEveryCategoryPossibleWhenCentredOnATeamWithoutDetractors() {
        var prior = new DirichletPrior(5, 5, 10);

        var centred = prior.centredOn(new CategoryCounts(12, 8, 0));

        assertThat(centred.detractorWeight()).isPositive().isLessThan(0.05);
        assertThat(centred.concentration()).isCloseTo(20.0, CLOSE);
    }

    @Test
    void pullsThreePromotersOutOfThreeFarBelowOneHundred() {
        // Team prior (10, 4, 6), mean NPS 20. Engineer: 3 promoters.
        // Posterior (13, 4, 6), A = 23: E[p] = 13/23, E[d] = 6/23, NPS = 100 * 7/23 = 30.4348.
        // Var = ((19/23) - (7/23)^2) / 24 = (0.826087 - 0.092628) / 24 = 0.0305608; SD = 17.4816.
        // Interval = 30.4348 -/+ 34.2640 = -3.8293 .. 64.6988.
        var teamPrior = new DirichletPrior(10, 4, 6);
        var newcomer = new CategoryCounts(3, 0, 0);

        var shrunk = teamPrior.shrink(newcomer);

        assertThat(shrunk.respondents()).isEqualTo(3);
        assertThat(shrunk.rawNps()).isEqualTo(100.0);
        assertThat(shrunk.nps()).isCloseTo(30.4348, CLOSE);
        assertThat(shrunk.low()).isCloseTo(-3.8293, CLOSE);
        assertThat(shrunk.high()).isCloseTo(64.6988, CLOSE);
    }

    @Test
    void barelyMovesAnEngineerWithThreeHundredAnswers() {
        // Same team prior. Engineer: 200/80/20, raw NPS 60.
        // Posterior (210, 84, 26), A = 320: NPS = 100 * (210 - 26) / 320 = 57.5, 2.5 points lower.
        var teamPrior = new DirichletPrior(10, 4, 6);
        var veteran = new CategoryCounts(200, 80, 20);

        var shrunk = teamPrior.shrink(veteran);

        assertThat(shrunk.rawNps()).isCloseTo(60.0, CLOSE);
        assertThat(shrunk.nps()).isCloseTo(57.5, CLOSE);
        assertThat(shrunk.high() - shrunk.low()).isLessThan(15.0);
    }

    @Test
    void ranksAProvenEngineerAboveALuckyNewcomer() {
        var teamPrior = new DirichletPrior(10, 4, 6);

        var newcomer = teamPrior.shrink(new CategoryCounts(3, 0, 0));
        var veteran = teamPrior.shrink(new CategoryCounts(200, 80, 20));

        assertThat(newcomer.rawNps()).isGreaterThan(veteran.rawNps());
        assertThat(veteran.nps()).isGreaterThan(newcomer.nps());
    }

    @Test
    void givesThePriorItselfWhenThereAreNoAnswers() {
        var teamPrior = new DirichletPrior(10, 4, 6);

        var shrunk = teamPrior.shrink(CategoryCounts.none());

        assertThat(shrunk.hasRespondents()).isFalse();
        assertThat(shrunk.nps()).isCloseTo(teamPrior.meanNps(), CLOSE);
        assertThat(shrunk.rawNps()).isZero();
    }

    @Test
    void uniformPriorHalvesTheLeadOfThreeAnswers() {
        var shrunk = DirichletPrior.UNIFORM.shrink(new CategoryCounts(3, 0, 0));

        assertThat(shrunk.nps()).isCloseTo(50.0, CLOSE);
    }

    @Test
    void refusesAZeroPromoterWeight() {
        assertThatThrownBy(() -> new DirichletPrior(0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("promoterWeight must be a finite number above 0, a count of "
                        + "pseudo-responses; got 0.0.");
    }

    @Test
    void refusesANegativePassiveWeight() {
        assertThatThrownBy(() -> new DirichletPrior(1, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("passiveWeight must be");
    }

    @Test
    void refusesAnUnknownDetractorWeight() {
        assertThatThrownBy(() -> new DirichletPrior(1, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("detractorWeight must be");
    }

    @Test
    void refusesAnInfiniteWeight() {
        assertThatThrownBy(() -> new DirichletPrior(Double.POSITIVE_INFINITY, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("promoterWeight must be");
    }
}
