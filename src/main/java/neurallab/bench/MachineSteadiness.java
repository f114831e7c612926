package neurallab.bench;

import java.util.Arrays;

/**
 * How steadily this machine runs a fixed piece of arithmetic, about a frame's share of work, once per
 * 60 Hz frame with nothing else to do: the floor under {@code --benchmark-ui}'s frame times. On a
 * virtual machine whose host takes the CPU away, a unit that normally takes 4 ms now and then takes
 * 20-40 ms, and a window drops that frame whatever it draws.
 */
record MachineSteadiness(int units, double millisP50, double millisP99, double millisMax, int unitsOverAFrame) {
    /** A 60 Hz frame. */
    static final long FRAME_NANOS = 16_666_667L;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long UNIT_NANOS = 4_000_000L;
    private static volatile double sink;

    /** Calibrates a unit of work to about 4 ms during a 2 s warm-up, then times one unit per frame for this long. */
    static MachineSteadiness measure(double seconds) throws InterruptedException {
        int rounds = 1_000;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            long t = work(rounds);
            rounds = (int) Math.max(1, Math.min(1L << 30, rounds * (double) UNIT_NANOS / Math.max(1, t)));
        }
        long[] nanos = new long[(int) Math.ceil(seconds * 1e9 / FRAME_NANOS)];
        long t0 = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = work(rounds);
            long wait = t0 + (i + 1) * FRAME_NANOS - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        return of(nanos);
    }

    /** The summary of unit times in nanoseconds. */
    static MachineSteadiness of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int over = (int) Arrays.stream(sorted).filter(n -> n > FRAME_NANOS).count();
        return new MachineSteadiness(sorted.length, quantile(sorted, 0.5) / 1e6, quantile(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6, over);
    }

    // the nearest-rank quantile, as --benchmark-ui reports frame times
    private static long quantile(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }

    // a fixed amount of floating-point arithmetic (no memory traffic, no allocation); its duration in ns
    private static long work(int rounds) {
        long t = System.nanoTime();
        double x = 1;
        for (int i = 0; i < rounds; i++) {
            x = Math.sqrt(x + i) * 0.5 + 1;
        }
        sink = x;
        return System.nanoTime() - t;
    }
}
