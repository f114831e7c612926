package neurallab.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A noisy one-dimensional wave for under- and overfitting: x1 uniform in [−6, 6], x2 = 0, target
 * sin(x1) plus Gaussian noise of standard deviation {@code noise}. Few points by default (100), so
 * that a large network can fit the noise.
 */
final class SineGenerator implements PointGenerator {

    @Override
    public GeneratorInfo info() {
        return GeneratorInfo.regression("sine", 100);
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int i = 0; i < samples; i++) {
            double x1 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT);
            // y = sin(x1) + ε, ε ~ N(0, noise²)
            points.add(x1, 0, StrictMath.sin(x1) + Sampling.normal(random, 0, noise));
        }
        return points.toDataset(List.of());
    }
}
