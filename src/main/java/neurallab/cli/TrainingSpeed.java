package neurallab.cli;

import java.util.Arrays;
import neurallab.session.TrainingRun;

/**
 * Epochs per second of training alone (no evaluation), on this thread: a warm-up that lets the JIT
 * compile the loop and sizes the timed runs, then the median rate of {@code runs} timed runs.
 */
record TrainingSpeed(double epochsPerSecond, int epochsPerRun, boolean diverged) {
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final double RUN_SECONDS = 0.4;

    static TrainingSpeed measure(TrainingRun run, int runs) {
        boolean finite = true;
        int warmUpEpochs = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            finite &= run.trainEpoch();
            warmUpEpochs++;
        }
        double warmUpRate = warmUpEpochs / seconds(System.nanoTime() - start);
        int perRun = Math.max(1, (int) (warmUpRate * RUN_SECONDS));
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            for (int e = 0; e < perRun; e++) {
                finite &= run.trainEpoch();
            }
            rates[r] = perRun / seconds(System.nanoTime() - t0);
        }
        return new TrainingSpeed(median(rates), perRun, !finite);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
