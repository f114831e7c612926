package neurallab.data;

import java.util.SplittableRandom;

/**
 * The Playground's "spiral", generalised to K interleaved arms ("multi-spiral"). Arm k starts at angle
 * π(1 + 2k/K) mod 2π, so with two arms class 1 starts at 0 and class 0 at π as in the Playground. The
 * i-th of n points of an arm lies at radius 5i/n after 1.75 turns·i/n; noise adds U(−1, 1)·noise to
 * each coordinate.
 */
final class SpiralGenerator implements PointGenerator {
    private static final double RADIUS = 5;
    private static final double TURNS = 1.75;

    private final GeneratorInfo info;

    private SpiralGenerator(GeneratorInfo info) {
        this.info = info;
    }

    static SpiralGenerator twoArms() {
        return new SpiralGenerator(GeneratorInfo.twoClasses("spiral"));
    }

    static SpiralGenerator manyArms() {
        return new SpiralGenerator(GeneratorInfo.classes("multi-spiral", 2, 6));
    }

    @Override
    public GeneratorInfo info() {
        return info;
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int k = 0; k < classes; k++) {
            double start = (Math.PI * (1 + 2.0 * k / classes)) % (2 * Math.PI);
            int n = Sampling.classCount(samples, classes, k);
            for (int i = 0; i < n; i++) {
                // r = 5 i/n, t = 1.75 · 2π i/n + start
                double r = (double) i / n * RADIUS;
                double t = TURNS * i / n * 2 * Math.PI + start;
                double x1 = r * StrictMath.sin(t) + Sampling.uniform(random, -1, 1) * noise;
                double x2 = r * StrictMath.cos(t) + Sampling.uniform(random, -1, 1) * noise;
                points.add(x1, x2, k);
            }
        }
        return points.toDataset(Points2D.indexNames(classes));
    }
}
