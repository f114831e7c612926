package neurallab.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Epochs per second of training alone (no evaluation), on this thread: a warm-up that lets the JIT
 * compile the loop and sizes the timed runs, then the median rate of {@code runs} timed runs, by the
 * wall clock and by this process's CPU time. On a shared machine the CPU figure is the steadier one:
 * time spent waiting for a core does not count (after warm-up this thread does nearly all the work).
 */
record TrainingSpeed(double epochsPerSecond, double epochsPerCpuSecond, int epochsPerRun, boolean diverged) {
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final double RUN_SECONDS = 0.4;

    /** @param epoch trains one epoch; false if the loss or a weight became NaN or infinite */
    static TrainingSpeed measure(BooleanSupplier epoch, int runs) {
        boolean finite = true;
        int warmUpEpochs = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            finite &= epoch.getAsBoolean();
            warmUpEpochs++;
        }
        double warmUpRate = warmUpEpochs / seconds(System.nanoTime() - start);
        int perRun = Math.max(1, (int) (warmUpRate * RUN_SECONDS));
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            for (int e = 0; e < perRun; e++) {
                finite &= epoch.getAsBoolean();
            }
            rates[r] = perRun / seconds(System.nanoTime() - t0);
            cpuRates[r] = perRun / seconds(Math.max(1, cpuNanos() - cpu0));
        }
        return new TrainingSpeed(median(rates), median(cpuRates), perRun, !finite);
    }

    // the process's CPU time (java.management, which would time this thread alone, is not in the image)
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
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
