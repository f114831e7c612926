package neurallab.data;

import java.util.SplittableRandom;

/**
 * Random draws for the generators, on {@link SplittableRandom} so that the same seed gives the same
 * points on every machine. Trigonometry goes through {@link StrictMath} for the same reason.
 */
final class Sampling {
    static final double EXTENT = Generators.EXTENT;

    private Sampling() {
    }

    /** A sample of the uniform distribution on [a, b). */
    static double uniform(SplittableRandom random, double a, double b) {
        // x = a + u (b − a), u ∈ [0, 1)
        return a + random.nextDouble() * (b - a);
    }

    /** A sample of N(mean, sd²) by Marsaglia's polar method, as the Playground's normalRandom. */
    static double normal(SplittableRandom random, double mean, double sd) {
        double v1;
        double s;
        do {
            v1 = 2 * random.nextDouble() - 1;
            double v2 = 2 * random.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        // z = v1 √(−2 ln s / s)
        return mean + sd * v1 * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    /** A sample of N(mean, sd²) conditioned on lying in [-EXTENT, EXTENT] (redrawn until it does). */
    static double normalInBounds(SplittableRandom random, double mean, double sd) {
        double x;
        do {
            x = normal(random, mean, sd);
        } while (Math.abs(x) > EXTENT);
        return x;
    }

    /** How many of {@code samples} points class k gets: equal shares, the remainder to the first classes. */
    static int classCount(int samples, int classes, int k) {
        return samples / classes + (k < samples % classes ? 1 : 0);
    }

    static double distance(double x1, double x2) {
        return StrictMath.sqrt(x1 * x1 + x2 * x2);
    }
}
