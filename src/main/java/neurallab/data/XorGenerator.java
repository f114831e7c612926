package neurallab.data;

import java.util.SplittableRandom;

/**
 * The Playground's "xor": each coordinate uniform in (−5, 5) pushed 0.3 away from zero, class 1 where
 * x1·x2 ≥ 0. Classes are balanced by mirroring x2 when the drawn point has the other class. With noise,
 * the label is that of the position moved by U(−5, 5)·noise on each axis.
 */
final class XorGenerator implements PointGenerator {
    private static final double HALF_WIDTH = 5;
    private static final double PADDING = 0.3;

    @Override
    public GeneratorInfo info() {
        return GeneratorInfo.twoClasses("xor");
    }

    static int label(double x1, double x2) {
        return x1 * x2 >= 0 ? 1 : 0;
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < Sampling.classCount(samples, 2, k); i++) {
                double x1 = padded(Sampling.uniform(random, -HALF_WIDTH, HALF_WIDTH));
                double x2 = padded(Sampling.uniform(random, -HALF_WIDTH, HALF_WIDTH));
                if (label(x1, x2) != k) {
                    x2 = -x2;
                }
                double noiseX1 = Sampling.uniform(random, -HALF_WIDTH, HALF_WIDTH) * noise;
                double noiseX2 = Sampling.uniform(random, -HALF_WIDTH, HALF_WIDTH) * noise;
                points.add(x1, x2, label(x1 + noiseX1, x2 + noiseX2));
            }
        }
        return points.toDataset(Points2D.indexNames(2));
    }

    private static double padded(double x) {
        return x + (x > 0 ? PADDING : -PADDING);
    }
}
