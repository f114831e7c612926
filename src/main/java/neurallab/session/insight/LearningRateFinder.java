package neurallab.session.insight;

import java.util.Arrays;
import java.util.SplittableRandom;
import neurallab.data.Dataset;
import neurallab.engine.Batches;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.Optimizer;
import neurallab.engine.OptimizerSettings;
import neurallab.session.TrainingRun;

/**
 * The learning-rate range test: a copy of the network trains on mini-batches while the rate grows
 * exponentially from {@link #MIN_RATE} to {@link #MAX_RATE}; after each step the loss over a fixed sample of
 * the training rows (at most {@link #CURVE_ROWS}) is recorded against the rate, smoothed, and the test stops
 * when the smoothed loss exceeds {@link #EXPLOSION} times its best. (The mini-batch's own loss scatters over
 * a decade on a trained network, and that noise once read as a blow-up at 10⁻⁶.) The
 * original network is never touched. The suggestion is the rate where the smoothed loss falls fastest before its
 * lowest point, when it falls by at least {@link #FALL} of its settled value (the window's caption says so): it is
 * always one of the rates swept, and there is none when the loss never fell (a network already at a minimum).
 */
public final class LearningRateFinder {
    public static final double MIN_RATE = 1e-6;
    public static final double MAX_RATE = 10.0;
    public static final double EXPLOSION = 4.0;
    /** Exponential smoothing factor (with bias correction), as fast.ai's finder. */
    public static final double SMOOTHING = 0.98;
    /** The most training rows the curve's loss is measured on after each step. */
    public static final int CURVE_ROWS = 1024;
    /** The share the smoothed loss must fall by for a suggestion. */
    public static final double FALL = 0.1;

    /** The curve and the suggestion; arrays hold {@code count} points; steepestRate NaN when the loss never fell. */
    public record Result(double[] rates, double[] losses, double[] smoothed, int count, boolean exploded,
                         double minimumRate, double steepestRate) {
        /** The suggested rate (the steepest fall), within [MIN_RATE, MAX_RATE]; NaN when the loss never fell. */
        public double suggestion() {
            return steepestRate;
        }

        public boolean hasSuggestion() {
            return Double.isFinite(steepestRate);
        }
    }

    private LearningRateFinder() {
    }

    /** The test over a run's training split with its loss, optimizer and batch size. */
    public static Result run(TrainingRun run, int steps, long seed) {
        Dataset train = run.splits().train();
        double[] x = Batches.unitMajor(train.inputs(), train.inputCount());
        return run(run.network(), x, train.targets(), train.size(), run.training().loss(),
                run.training().optimizer(), run.training().batchSize(), steps, seed);
    }

    /**
     * Trains a copy of source for at most {@code steps} mini-batches of batchSize rows of (x, y) (x unit-major), drawn
     * from a seeded shuffle, at rate lr_k = MIN · (MAX/MIN)^(k/(steps − 1)).
     */
    public static Result run(Network source, double[] x, double[] y, int rows, Loss loss, OptimizerSettings settings,
                             int batchSize, int steps, long seed) {
        if (steps < 2 || rows < 1) {
            throw new IllegalArgumentException("need at least two steps and one row");
        }
        Network net = NetworkCopies.copy(source);
        Optimizer optimizer = Optimizer.create(settings, net.parameters());
        int columns = net.inputCount();
        int size = Math.max(1, Math.min(batchSize, rows));
        if (size == 1 && net.layers().stream().anyMatch(l -> l.hasBatchNorm())) {
            size = Math.min(2, rows);
        }
        net.ensureCapacity(size);
        double[] bx = new double[size * columns];
        double[] by = new double[size];
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        // the curve's sample: the first rows of a seeded shuffle, drawn as one batch; the steps shuffle afresh
        int m = Math.min(rows, CURVE_ROWS);
        double[] sx = new double[m * columns];
        double[] sy = new double[m];
        nextBatch(x, y, rows, columns, order, rows, random, sx, sy);
        int cursor = rows;
        double[] rates = new double[steps];
        double[] losses = new double[steps];
        double[] smoothed = new double[steps];
        double average = 0.0;
        double best = Double.POSITIVE_INFINITY;
        int count = 0;
        boolean exploded = false;
        for (int k = 0; k < steps; k++) {
            // lr_k = MIN · (MAX / MIN)^(k / (steps − 1))
            double lr = MIN_RATE * Math.pow(MAX_RATE / MIN_RATE, (double) k / (steps - 1));
            cursor = nextBatch(x, y, rows, columns, order, cursor, random, bx, by);
            net.forwardBackward(bx, by, size, loss, random);
            optimizer.step(lr);
            double value = net.evaluate(sx, sy, m, loss, false).loss();
            rates[k] = lr;
            losses[k] = value;
            // avg = β·avg + (1 − β)·loss; smoothed = avg / (1 − β^(k+1))
            average = SMOOTHING * average + (1 - SMOOTHING) * value;
            smoothed[k] = average / (1 - Math.pow(SMOOTHING, k + 1));
            count = k + 1;
            if (!Double.isFinite(smoothed[k]) || (k > 0 && smoothed[k] > EXPLOSION * best)) {
                exploded = true;
                break;
            }
            best = Math.min(best, smoothed[k]);
        }
        return new Result(Arrays.copyOf(rates, count), Arrays.copyOf(losses, count), Arrays.copyOf(smoothed, count),
                count, exploded, minimumRate(rates, smoothed, count), steepestRate(rates, smoothed, count));
    }

    private static double minimumRate(double[] rates, double[] smoothed, int count) {
        int best = 0;
        for (int k = 1; k < count; k++) {
            if (smoothed[k] < smoothed[best]) {
                best = k;
            }
        }
        return rates[best];
    }

    /**
     * The rate where the smoothed loss falls fastest before its minimum: the most negative
     * (s_{k+w} − s_{k−w}) / (ln lr_{k+w} − ln lr_{k−w}), over a window w = max(1, count/20) wide enough
     * that batch-to-batch noise at tiny rates does not pass for descent, searched once the average has settled.
     * NaN when the smoothed loss never falls by {@link #FALL} of its settled value: a trained network's curve is
     * flat with noise, and there is no descent to point at.
     */
    private static double steepestRate(double[] rates, double[] smoothed, int count) {
        // the average needs about 1/(1 − β) steps to settle: before that its wiggles are the batches' noise
        int settled = Math.min(count / 4, (int) Math.round(1 / (1 - SMOOTHING)));
        int minimum = settled;
        for (int k = settled + 1; k < count; k++) {
            if (smoothed[k] < smoothed[minimum]) {
                minimum = k;
            }
        }
        if (!(smoothed[minimum] < (1 - FALL) * smoothed[settled])) {
            return Double.NaN;
        }
        int w = Math.max(1, count / 20);
        int best = -1;
        double steepest = 0.0;
        for (int k = settled + w; k <= Math.min(minimum, count - 1 - w); k++) {
            double slope = (smoothed[k + w] - smoothed[k - w]) / (Math.log(rates[k + w]) - Math.log(rates[k - w]));
            if (slope < steepest) {
                steepest = slope;
                best = k;
            }
        }
        return best < 0 ? rates[minimum] : rates[best];
    }

    /**
     * The next bx.length / columns rows of the shuffled order into (bx, by), shuffling again whenever the order
     * is used up; returns the new cursor. x and bx unit-major: column c of row r at c · rows + r.
     */
    private static int nextBatch(double[] x, double[] y, int rows, int columns, int[] order, int cursor,
                                 SplittableRandom random, double[] bx, double[] by) {
        int size = by.length;
        for (int r = 0; r < size; r++) {
            if (cursor == rows) {
                shuffle(order, random);
                cursor = 0;
            }
            int row = order[cursor++];
            for (int c = 0; c < columns; c++) {
                bx[c * size + r] = x[c * rows + row];
            }
            by[r] = y[row];
        }
        return cursor;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
