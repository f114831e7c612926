package neurallab.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The Playground's regression shapes: points uniform in [−6, 6]², the target a function of the
 * position moved by U(−6, 6)·noise on each axis. "plane" is (x1 + x2)/10; "multi-gaussian" is the
 * Playground's six signed bumps.
 */
final class RegressionGenerator implements PointGenerator {
    /** The Playground's bumps: centre (x1, x2) and sign. */
    private static final double[][] BUMPS = {
        {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};

    private interface Surface {
        double at(double x1, double x2);
    }

    private final GeneratorInfo info;
    private final Surface surface;

    private RegressionGenerator(GeneratorInfo info, Surface surface) {
        this.info = info;
        this.surface = surface;
    }

    static RegressionGenerator plane() {
        return new RegressionGenerator(GeneratorInfo.regression("plane", 1200), RegressionGenerator::plane);
    }

    static RegressionGenerator multiGaussian() {
        return new RegressionGenerator(GeneratorInfo.regression("multi-gaussian", 1200),
                RegressionGenerator::multiGaussian);
    }

    /** y = (x1 + x2)/10: the Playground's scale [−10, 10] → [−1, 1] of x1 + x2. */
    static double plane(double x1, double x2) {
        return (x1 + x2) / 10;
    }

    /**
     * y = the signed bump largest in absolute value, a bump being sign · max(0, 1 − d/2) with d the
     * distance to its centre (the Playground's clamped scale [0, 2] → [1, 0]).
     */
    static double multiGaussian(double x1, double x2) {
        double y = 0;
        for (double[] bump : BUMPS) {
            double height = bump[2] * Math.max(0, 1 - Sampling.distance(x1 - bump[0], x2 - bump[1]) / 2);
            if (Math.abs(height) > Math.abs(y)) {
                y = height;
            }
        }
        return y;
    }

    @Override
    public GeneratorInfo info() {
        return info;
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int i = 0; i < samples; i++) {
            double x1 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT);
            double x2 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT);
            double noiseX1 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT) * noise;
            double noiseX2 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT) * noise;
            points.add(x1, x2, surface.at(x1 + noiseX1, x2 + noiseX2));
        }
        return points.toDataset(List.of());
    }
}
