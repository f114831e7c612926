package neurallab.data;

import java.util.SplittableRandom;

/**
 * The Playground's "circle": class 1 inside radius 2.5, class 0 in the ring between 3.5 and 5. With
 * noise, each point keeps its position and takes the label of its position moved by U(−5, 5)·noise on
 * each axis.
 */
final class CircleGenerator implements PointGenerator {
    private static final double RADIUS = 5;
    private static final double INNER = RADIUS * 0.5;
    private static final double OUTER_FROM = RADIUS * 0.7;

    @Override
    public GeneratorInfo info() {
        return GeneratorInfo.twoClasses("circle");
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int i = 0; i < Sampling.classCount(samples, 2, 1); i++) {
            addAtRadius(points, Sampling.uniform(random, 0, INNER), noise, random);
        }
        for (int i = 0; i < Sampling.classCount(samples, 2, 0); i++) {
            addAtRadius(points, Sampling.uniform(random, OUTER_FROM, RADIUS), noise, random);
        }
        return points.toDataset(Points2D.indexNames(2));
    }

    private static void addAtRadius(Points2D points, double r, double noise, SplittableRandom random) {
        double angle = Sampling.uniform(random, 0, 2 * Math.PI);
        // (x1, x2) = r (sin a, cos a)
        double x1 = r * StrictMath.sin(angle);
        double x2 = r * StrictMath.cos(angle);
        double noiseX1 = Sampling.uniform(random, -RADIUS, RADIUS) * noise;
        double noiseX2 = Sampling.uniform(random, -RADIUS, RADIUS) * noise;
        points.add(x1, x2, Sampling.distance(x1 + noiseX1, x2 + noiseX2) < INNER ? 1 : 0);
    }
}
