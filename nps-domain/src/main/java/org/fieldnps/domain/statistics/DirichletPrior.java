package org.fieldnps.domain.statistics;

import java.util.Collection;
import java.util.List;

/**
 * What is typical for a group of peers, used to rank engineers fairly when some have only a
 * handful of responses (DESIGN.md §6). The raw NPS of five answers is mostly noise: three
 * promoters out of three reads 100 and would top any league table. The prior is a Dirichlet
 * distribution over the shares of promoters, passives and detractors; its weights act as
 * pseudo-responses added to an engineer's own before their NPS is taken, so a small sample is
 * pulled strongly toward the typical mix and a large one hardly at all.
 *
 * <p>The {@link #concentration()} (the sum of the weights) is how many responses' worth of
 * evidence the prior carries. It is learnt from how much real groups differ from each other by
 * {@link #fit(Collection)}; the mean is then usually moved to the engineer's own team with
 * {@link #centredOn(CategoryCounts)}, so that each engineer is compared with the mix of the team
 * they work in.
 *
 * @param promoterWeight  pseudo-promoters, greater than 0
 * @param passiveWeight   pseudo-passives, greater than 0
 * @param detractorWeight pseudo-detractors, greater than 0
 */
public record DirichletPrior(double promoterWeight, double passiveWeight, double detractorWeight) {

    /**
     * One pseudo-response in each category: the weak prior used when the data cannot say more.
     * It moves the NPS of three answers halfway toward 0, and that of thirty answers about a
     * tenth of the way.
     */
    public static final DirichletPrior UNIFORM = new DirichletPrior(1, 1, 1);

    /**
     * The most evidence a fitted prior may claim. Where groups differ no more than chance
     * explains, the fitted concentration would be unbounded and every engineer would be ranked by
     * the team mix alone; a thousand responses still lets a busy engineer's own record show.
     */
    public static final double MAXIMUM_CONCENTRATION = 1000;

    /**
     * The least evidence a fitted prior may claim, for data where groups differ more than any
     * overdispersion explains; it leaves each engineer's own answers in charge.
     */
    public static final double MINIMUM_CONCENTRATION = 1;

    /**
     * The smallest share a prior gives any category. A team that has never had a detractor
     * still must not make a detractor impossible for its engineers, and a weight of 0 would be no
     * Dirichlet at all. Shares below it are raised to it and the rest scaled down to match.
     */
    private static final double MINIMUM_SHARE = 0.001;

    /**
     * @throws IllegalArgumentException if a weight is not a finite number above 0
     */
    public DirichletPrior {
        requirePositive("promoterWeight", promoterWeight);
        requirePositive("passiveWeight", passiveWeight);
        requirePositive("detractorWeight", detractorWeight);
    }

    /**
     * Fits a prior to the answers of peer groups, typically every engineer in the organisation
     * over the period being ranked, by the method of moments.
     *
     * <p>The mean is the pooled mix of all answers. The concentration comes from the intra-class
     * correlation ρ of answers within a group, estimated the analysis-of-variance way for groups
     * of unequal size and pooled over the three categories: with {@code m} the pooled shares,
     * {@code G} groups, {@code N} answers and {@code n_i} answers in group {@code i},
     * <pre>
     *   S = Σ_i n_i Σ_k (share_ik - m_k)²
     *   ρ = (S / (1 - Σ_k m_k²) - (G - 1)) / (N - Σ_i n_i² / N - (G - 1))
     * </pre>
     * which for a Dirichlet-multinomial is 1 / (1 + concentration). The concentration is then
     * (1 - ρ) / ρ, kept between {@value #MINIMUM_CONCENTRATION} and
     * {@value #MAXIMUM_CONCENTRATION}. Unlike the maximum-likelihood fit it needs no iteration,
     * so it costs one pass over the groups and always gives an answer.
     *
     * <p>The fallbacks: groups without answers are ignored; with fewer than two groups left, or
     * when every group has a single answer (so spread between groups cannot be told apart from
     * spread within them), the result is {@link #UNIFORM}. When groups differ no more than chance
     * explains (ρ ≤ 0), including when every answer is in one category, the concentration is
     * {@value #MAXIMUM_CONCENTRATION}.
     *
     * @param groups the answers of each peer group, one element per group
     */
    public static DirichletPrior fit(Collection<CategoryCounts> groups) {
        List<CategoryCounts> usable = groups.stream()
                .filter(group -> group.total() > 0)
                .toList();
        if (usable.size() < 2) {
            return UNIFORM;
        }

        CategoryCounts pooled = usable.stream().reduce(CategoryCounts.none(), CategoryCounts::plus);
        double answers = pooled.total();
        double[] mean = shares(pooled);
        double sumOfSquaredSizes = 0;
        double betweenGroups = 0;
        for (CategoryCounts group : usable) {
            double size = group.total();
            double[] share = shares(group);
            sumOfSquaredSizes += size * size;
            for (int k = 0; k < mean.length; k++) {
                betweenGroups += size * square(share[k] - mean[k]);
            }
        }

        double degreesOfFreedom = usable.size() - 1;
        double informative = answers - sumOfSquaredSizes / answers - degreesOfFreedom;
        if (informative <= 0) {
            return UNIFORM;
        }

        double diversity = 1 - (square(mean[0]) + square(mean[1]) + square(mean[2]));
        double concentration = MAXIMUM_CONCENTRATION;
        if (diversity > 0) {
            double correlation = (betweenGroups / diversity - degreesOfFreedom) / informative;
            if (correlation > 0) {
                concentration = Math.clamp((1 - correlation) / correlation,
                        MINIMUM_CONCENTRATION, MAXIMUM_CONCENTRATION);
            }
        }
        return withMean(concentration, pooled);
    }

    /**
     * @return how many responses' worth of evidence the prior carries: the weight of the
     *         typical mix against an engineer's own answers
     */
    public double concentration() {
        return promoterWeight + passiveWeight + detractorWeight;
    }

    /**
     * @return the NPS the prior expects before seeing any answers
     */
    public double meanNps() {
        return 100 * (promoterWeight - detractorWeight) / concentration();
    }

    /**
     * Moves the prior's mean to another mix, keeping its strength; this is how an engineer is
     * pulled toward their own team rather than toward the whole organisation. A category with
     * less than 0.1% of the mix is raised to 0.1%, so that it stays possible for the engineer.
     *
     * @param mix the answers whose shares become the new mean, usually the engineer's team
     * @return the re-centred prior, or this one unchanged when the mix has no answers
     */
    public DirichletPrior centredOn(CategoryCounts mix) {
        if (mix.total() == 0) {
            return this;
        }
        return withMean(concentration(), mix);
    }

    /**
     * Combines the prior with observed answers. The posterior is Dirichlet(weights + counts); its
     * mean NPS is 100(E[p] - E[d]), and its standard deviation follows from the Dirichlet moments,
     * Var(p) + Var(d) - 2 Cov(p, d), which works out as ((E[p] + E[d]) - (E[p] - E[d])²) / (A + 1)
     * for posterior concentration A. The interval is the mean ± 1.96 standard deviations, clipped
     * to -100..100.
     *
     * <p>The shrunk NPS always lies between the raw NPS and {@link #meanNps()}: it is their
     * average weighted by the number of answers and the concentration, so the pull fades as
     * answers accumulate.
     *
     * @param observed the answers of the engineer (or other group) being estimated
     */
    public ShrunkEstimate shrink(CategoryCounts observed) {
        double promoters = promoterWeight + observed.promoters();
        double detractors = detractorWeight + observed.detractors();
        double concentration = concentration() + observed.total();

        double expectedPromoterShare = promoters / concentration;
        double expectedDetractorShare = detractors / concentration;
        double nps = 100 * (expectedPromoterShare - expectedDetractorShare);
        double variance = NpsMath.varianceOfOneAnswer(expectedPromoterShare, expectedDetractorShare)
                / (concentration + 1);
        double halfWidth = NpsMath.Z_95 * 100 * Math.sqrt(variance);

        long respondents = observed.total();
        double rawNps = respondents == 0
                ? 0
                : 100.0 * (observed.promoters() - observed.detractors()) / respondents;
        return new ShrunkEstimate(respondents, NpsMath.onScale(nps),
                NpsMath.onScale(nps - halfWidth), NpsMath.onScale(nps + halfWidth), rawNps);
    }

    private static DirichletPrior withMean(double concentration, CategoryCounts mix) {
        double[] share = shares(mix);
        double promoter = Math.max(share[0], MINIMUM_SHARE);
        double passive = Math.max(share[1], MINIMUM_SHARE);
        double detractor = Math.max(share[2], MINIMUM_SHARE);
        double scale = concentration / (promoter + passive + detractor);
        return new DirichletPrior(promoter * scale, passive * scale, detractor * scale);
    }

    /** The promoter, passive and detractor shares of a non-empty set of answers. */
    private static double[] shares(CategoryCounts counts) {
        double total = counts.total();
        return new double[] {
            counts.promoters() / total, counts.passives() / total, counts.detractors() / total
        };
    }

    private static double square(double value) {
        return value * value;
    }

    private static void requirePositive(String name, double weight) {
        if (!(weight > 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException(name
                    + " must be a finite number above 0, a count of pseudo-responses; got "
                    + weight + ".");
        }
    }
}
