package neurallab.data;

import java.util.SplittableRandom;

/**
 * Gaussian clusters, one a class. "gaussians" is the Playground's pair: class 1 around (2, 2), class 0
 * around (−2, −2). "blobs" puts K clusters evenly on a circle of radius 4, class k at angle 2πk/K.
 * Both use the Playground's variance 0.5 + 7·noise (its d3 scale [0, 0.5] → [0.5, 4]); draws outside
 * [−6, 6] are redrawn.
 */
final class ClusterGenerator implements PointGenerator {
    private static final double BLOB_RADIUS = 4;

    /** The centre (x1, x2) of class k's cluster out of K. */
    private interface Centres {
        double[] of(int k, int classes);
    }

    private final GeneratorInfo info;
    private final Centres centres;

    private ClusterGenerator(GeneratorInfo info, Centres centres) {
        this.info = info;
        this.centres = centres;
    }

    static ClusterGenerator gaussians() {
        return new ClusterGenerator(GeneratorInfo.twoClasses("gaussians"),
                (k, classes) -> k == 1 ? new double[] {2, 2} : new double[] {-2, -2});
    }

    static ClusterGenerator blobs() {
        return new ClusterGenerator(GeneratorInfo.classes("blobs", 2, 6), ClusterGenerator::onCircle);
    }

    /** (4 cos(2πk/K), 4 sin(2πk/K)) */
    static double[] onCircle(int k, int classes) {
        double angle = 2 * Math.PI * k / classes;
        return new double[] {BLOB_RADIUS * StrictMath.cos(angle), BLOB_RADIUS * StrictMath.sin(angle)};
    }

    @Override
    public GeneratorInfo info() {
        return info;
    }

    /** The variance of each coordinate around its centre: 0.5 + (4 − 0.5)·noise/0.5. */
    static double variance(double noise) {
        return 0.5 + 7 * noise;
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        double sd = Math.sqrt(variance(noise));
        Points2D points = new Points2D(samples);
        for (int k = 0; k < classes; k++) {
            double[] centre = centres.of(k, classes);
            for (int i = 0; i < Sampling.classCount(samples, classes, k); i++) {
                double x1 = Sampling.normalInBounds(random, centre[0], sd);
                double x2 = Sampling.normalInBounds(random, centre[1], sd);
                points.add(x1, x2, k);
            }
        }
        return points.toDataset(Points2D.indexNames(classes));
    }
}
