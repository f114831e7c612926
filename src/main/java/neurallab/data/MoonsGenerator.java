package neurallab.data;

import java.util.SplittableRandom;

/**
 * Two interleaved half circles as scikit-learn's make_moons, scaled by 3 and centred: class 0 on
 * (cos t, sin t), class 1 on (1 − cos t, 0.5 − sin t), t uniform in [0, π], then (x − 0.5, y − 0.25)·3.
 * Noise is scikit-learn's (a Gaussian jitter of standard deviation noise in moon units, so 3·noise
 * here); jittered coordinates outside [−6, 6] are redrawn.
 */
final class MoonsGenerator implements PointGenerator {
    private static final double SCALE = 3;

    @Override
    public GeneratorInfo info() {
        return GeneratorInfo.twoClasses("moons");
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < Sampling.classCount(samples, 2, k); i++) {
                double t = Sampling.uniform(random, 0, Math.PI);
                double x = k == 0 ? StrictMath.cos(t) : 1 - StrictMath.cos(t);
                double y = k == 0 ? StrictMath.sin(t) : 0.5 - StrictMath.sin(t);
                double sd = SCALE * noise;
                points.add(Sampling.normalInBounds(random, SCALE * (x - 0.5), sd),
                        Sampling.normalInBounds(random, SCALE * (y - 0.25), sd), k);
            }
        }
        return points.toDataset(Points2D.indexNames(2));
    }
}
