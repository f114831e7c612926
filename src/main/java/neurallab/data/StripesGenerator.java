package neurallab.data;

import java.util.SplittableRandom;

/**
 * Two diagonal half-planes that one straight line separates, for the single perceptron: class 1 where
 * x1 + x2 > 0, points uniform in [−6, 6]² outside the gap |x1 + x2| < 1. Classes are balanced by
 * mirroring a point through the origin when it has the other class. With noise, the label is that of
 * the position moved by U(−6, 6)·noise on each axis.
 */
final class StripesGenerator implements PointGenerator {
    private static final double GAP = 1;

    @Override
    public GeneratorInfo info() {
        return GeneratorInfo.twoClasses("stripes");
    }

    static int label(double x1, double x2) {
        return x1 + x2 > 0 ? 1 : 0;
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < Sampling.classCount(samples, 2, k); i++) {
                double x1;
                double x2;
                do {
                    x1 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT);
                    x2 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT);
                } while (Math.abs(x1 + x2) < GAP);
                if (label(x1, x2) != k) {
                    x1 = -x1;
                    x2 = -x2;
                }
                double noiseX1 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT) * noise;
                double noiseX2 = Sampling.uniform(random, -Sampling.EXTENT, Sampling.EXTENT) * noise;
                points.add(x1, x2, label(x1 + noiseX1, x2 + noiseX2));
            }
        }
        return points.toDataset(Points2D.indexNames(2));
    }
}
