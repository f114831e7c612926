package neurallab.data;

import java.util.SplittableRandom;

/**
 * A 4×4 checkerboard of 3-wide cells over [−6, 6]²: cell (i, j) (i along x1) has class (i + j) mod 2.
 * Each point is uniform in a random cell of its class. With noise, the label is that of the position
 * moved by U(−3, 3)·noise on each axis.
 */
final class CheckerboardGenerator implements PointGenerator {
    private static final int CELLS = 4;
    private static final double CELL = 2 * Sampling.EXTENT / CELLS;

    @Override
    public GeneratorInfo info() {
        return GeneratorInfo.twoClasses("checkerboard");
    }

    /** (⌊(x1 + 6)/3⌋ + ⌊(x2 + 6)/3⌋) mod 2, cells clamped to the board. */
    static int label(double x1, double x2) {
        return (cell(x1) + cell(x2)) % 2;
    }

    private static int cell(double x) {
        return Math.max(0, Math.min(CELLS - 1, (int) Math.floor((x + Sampling.EXTENT) / CELL)));
    }

    @Override
    public Dataset generate(int samples, double noise, int classes, SplittableRandom random) {
        Points2D points = new Points2D(samples);
        for (int k = 0; k < 2; k++) {
            for (int n = 0; n < Sampling.classCount(samples, 2, k); n++) {
                int i = random.nextInt(CELLS);
                // j ≡ k − i (mod 2): one of the two columns of this class in row i
                int j = 2 * random.nextInt(CELLS / 2) + Math.floorMod(k - i, 2);
                double x1 = -Sampling.EXTENT + CELL * (i + random.nextDouble());
                double x2 = -Sampling.EXTENT + CELL * (j + random.nextDouble());
                double noiseX1 = Sampling.uniform(random, -CELL, CELL) * noise;
                double noiseX2 = Sampling.uniform(random, -CELL, CELL) * noise;
                points.add(x1, x2, label(x1 + noiseX1, x2 + noiseX2));
            }
        }
        return points.toDataset(Points2D.indexNames(2));
    }
}
