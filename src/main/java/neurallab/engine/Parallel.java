package neurallab.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * A second core (or more) for the large products: on a machine of 4 or more cores a product of enough
 * multiply-adds is cut into contiguous ranges of its results, one per thread, the first on the caller's
 * thread. Each result is still summed by one thread in the product's own order, so a split run is bit
 * for bit the single-threaded one. On 2 or 3 cores nothing is split: the window keeps the other core.
 */
final class Parallel {
    /**
     * Threads a split uses, the caller's included; 1 turns splitting off. {@code -Dneurallab.threads=N}
     * overrides the machine's choice (1 times one thread on any machine). Tests set it.
     */
    static int threads = Math.max(1, Integer.getInteger("neurallab.threads",
            threadsFor(Runtime.getRuntime().availableProcessors())));
    /** Multiply-adds below which a product stays on one thread (waking a worker costs microseconds). Tests set it. */
    static long minWork = 1L << 18;

    private static final int ALIGN = 4;

    private Parallel() {
    }

    /** Half the cores, at most 4, on machines of 4 or more cores; otherwise 1. */
    static int threadsFor(int cores) {
        return cores >= 4 ? Math.min(4, cores / 2) : 1;
    }

    /** How many ranges a job of this many multiply-adds over this many results is cut into (1: not split). */
    static int parts(long work, int results) {
        int t = threads;
        if (t <= 1 || work < minWork) {
            return 1;
        }
        return Math.max(1, Math.min(t, results / ALIGN));
    }

    /** The work on results from … to − 1. */
    interface Range {
        void run(int from, int to);
    }

    /**
     * Runs range over [0, count) cut into {@code parts} contiguous pieces (boundaries on multiples of 4),
     * the first on this thread, and returns when every piece is done.
     */
    static void split(int count, int parts, Range range) {
        ForkJoinTask<?>[] others = new ForkJoinTask<?>[parts - 1];
        for (int k = 1; k < parts; k++) {
            int from = boundary(count, parts, k);
            int to = boundary(count, parts, k + 1);
            others[k - 1] = Workers.POOL.submit(() -> range.run(from, to));
        }
        range.run(0, boundary(count, parts, 1));
        for (ForkJoinTask<?> task : others) {
            task.join();
        }
    }

    // the start of piece k of parts over count results: k · count / parts, down to a multiple of 4
    private static int boundary(int count, int parts, int k) {
        if (k == parts) {
            return count;
        }
        return (int) ((long) count * k / parts) / ALIGN * ALIGN;
    }

    // created at the first split only: a 2-core machine never starts a worker
    private static final class Workers {
        static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }
}
