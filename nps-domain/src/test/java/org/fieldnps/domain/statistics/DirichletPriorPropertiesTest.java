package org.fieldnps.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.fieldnps.domain.ForAll;
import org.junit.jupiter.api.Test;

class DirichletPriorPropertiesTest {

    private static final double ROUNDING = 1e-9;

    @Test
    void shrunkNpsLiesBetweenTheRawNpsAndThePriorMean() {
        ForAll.check(DirichletPriorPropertiesTest::priorAndAnswers, sample -> {
            double priorMean = sample.prior().meanNps();

            var shrunk = sample.prior().shrink(sample.answers());

            double lower = Math.min(priorMean, shrunk.rawNps());
            double upper = Math.max(priorMean, shrunk.rawNps());
            assertThat(shrunk.nps()).isBetween(lower - ROUNDING, upper + ROUNDING);
        });
    }

    @Test
    void pullTowardThePriorWeakensAsTheSameMixGetsMoreAnswers() {
        ForAll.check(DirichletPriorPropertiesTest::growth, growth -> {
            var prior = growth.sample().prior();
            var mix = growth.sample().answers();

            double fewer = pull(prior, SampleCounts.times(mix, growth.factor()));
            double more = pull(prior, SampleCounts.times(mix, growth.factor() + 1));

            assertThat(more).isLessThanOrEqualTo(fewer + ROUNDING);
        });
    }

    @Test
    void shrunkIntervalIsOnTheScaleAndContainsTheEstimate() {
        ForAll.check(DirichletPriorPropertiesTest::priorAndAnswers, sample -> {
            var shrunk = sample.prior().shrink(sample.answers());

            assertThat(shrunk.low()).isGreaterThanOrEqualTo(-100.0);
            assertThat(shrunk.high()).isLessThanOrEqualTo(100.0);
            assertThat(shrunk.nps()).isBetween(shrunk.low(), shrunk.high());
            assertThat(shrunk.respondents()).isEqualTo(sample.answers().total());
        });
    }

    @Test
    void centringKeepsTheStrengthAndTakesTheMixOfTheTeam() {
        ForAll.check(DirichletPriorPropertiesTest::priorAndAnswers, sample -> {
            var team = sample.answers();

            var centred = sample.prior().centredOn(team);

            double concentration = sample.prior().concentration();
            assertThat(centred.concentration())
                    .isCloseTo(concentration, within(concentration * 1e-12));
            if (everyShareIsAtLeast(team, 0.001)) {
                assertThat(centred.meanNps()).isCloseTo(NpsEstimate.of(team).nps(), within(1e-9));
            }
        });
    }

    @Test
    void fitAlwaysGivesAUsablePrior() {
        ForAll.check(DirichletPriorPropertiesTest::groups, groups -> {
            var prior = DirichletPrior.fit(groups);

            assertThat(prior.concentration()).isBetween(
                    DirichletPrior.MINIMUM_CONCENTRATION - ROUNDING,
                    DirichletPrior.MAXIMUM_CONCENTRATION + ROUNDING);
            assertThat(prior.promoterWeight()).isPositive();
            assertThat(prior.passiveWeight()).isPositive();
            assertThat(prior.detractorWeight()).isPositive();
        });
    }

    /** Below this share a centred prior raises a category to keep it possible. */
    private static boolean everyShareIsAtLeast(CategoryCounts team, double share) {
        double least = share * team.total();
        return team.promoters() >= least && team.passives() >= least && team.detractors() >= least;
    }

    private static double pull(DirichletPrior prior, CategoryCounts answers) {
        var shrunk = prior.shrink(answers);
        return Math.abs(shrunk.nps() - shrunk.rawNps());
    }

    private static PriorAndAnswers priorAndAnswers(SplittableRandom random) {
        var prior = new DirichletPrior(weight(random), weight(random), weight(random));
        return new PriorAndAnswers(prior, SampleCounts.nonEmpty(random));
    }

    private static Growth growth(SplittableRandom random) {
        return new Growth(priorAndAnswers(random), random.nextLong(1, 40));
    }

    private static double weight(SplittableRandom random) {
        return random.nextBoolean() ? random.nextDouble(0.001, 2) : random.nextDouble(0.001, 1000);
    }

    private static List<CategoryCounts> groups(SplittableRandom random) {
        List<CategoryCounts> groups = new ArrayList<>();
        int size = random.nextInt(0, 30);
        for (int group = 0; group < size; group++) {
            groups.add(SampleCounts.any(random));
        }
        return groups;
    }

    /** A prior and the answers of one engineer or team to combine it with. */
    private record PriorAndAnswers(DirichletPrior prior, CategoryCounts answers) {
    }

    /** The same prior and mix of answers, answered {@code factor} times over. */
    private record Growth(PriorAndAnswers sample, long factor) {
    }
}
