package org.fieldnps.domain.statistics;

import java.util.SplittableRandom;

/**
 * Draws answers from a known Dirichlet-multinomial, so tests can check that a fit finds the prior
 * that made the data. Gamma variates use the Marsaglia-Tsang method; a Dirichlet draw is three
 * gammas normalised.
 */
final class DirichletSampling {

    private DirichletSampling() {
    }

    /** The answers of one group whose mix is itself drawn from the prior. */
    static CategoryCounts answers(DirichletPrior prior, int size, SplittableRandom random) {
        double promoter = gamma(prior.promoterWeight(), random);
        double passive = gamma(prior.passiveWeight(), random);
        double detractor = gamma(prior.detractorWeight(), random);
        double sum = promoter + passive + detractor;
        double[] shares = {promoter / sum, passive / sum, detractor / sum};
        return multinomial(shares, size, random);
    }

    /** The answers of one group with a fixed mix of promoter, passive and detractor shares. */
    static CategoryCounts multinomial(double[] shares, int size, SplittableRandom random) {
        long[] counts = new long[3];
        for (int answer = 0; answer < size; answer++) {
            double draw = random.nextDouble();
            int category = draw < shares[0] ? 0 : draw < shares[0] + shares[1] ? 1 : 2;
            counts[category]++;
        }
        return new CategoryCounts(counts[0], counts[1], counts[2]);
    }

    private static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }

        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = standardNormal(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double standardNormal(SplittableRandom random) {
        double radius = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
        return radius * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
