package neurallab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Products cut across threads give the single-threaded result bit for bit, and so does training. */
class ParallelTest {
    private final int threads = Parallel.threads;
    private final long minWork = Parallel.minWork;

    @AfterEach
    void restoreTheMachinesSetting() {
        Parallel.threads = threads;
        Parallel.minWork = minWork;
    }

    @Test
    void twoCoresKeepOneThreadAndFourOrMoreUseHalf() {
        assertEquals(1, Parallel.threadsFor(1));
        assertEquals(1, Parallel.threadsFor(2));
        assertEquals(1, Parallel.threadsFor(3));
        assertEquals(2, Parallel.threadsFor(4));
        assertEquals(3, Parallel.threadsFor(6));
        assertEquals(4, Parallel.threadsFor(32));
    }

    @Test
    void piecesCoverEveryResultOnceOnSeveralThreads() {
        Parallel.threads = 3;
        Parallel.minWork = 0;
        for (int count : new int[] {12, 13, 30, 1000}) {
            int[] hits = new int[count];
            Set<Thread> seen = ConcurrentHashMap.newKeySet();
            Parallel.split(count, Parallel.parts(1, count), (from, to) -> {
                seen.add(Thread.currentThread());
                for (int i = from; i < to; i++) {
                    hits[i]++;
                }
            });
            int[] once = new int[count];
            Arrays.fill(once, 1);
            assertArrayEquals(once, hits, "count " + count);
            assertNotEquals(1, seen.size(), "count " + count + " ran on one thread");
        }
    }

    @Test
    void aSplitProductEqualsTheSingleThreadedOneBitForBit() {
        SplittableRandom random = new SplittableRandom(11);
        for (int[] shape : new int[][] {{37, 9, 5}, {6, 41, 3}, {64, 32, 128}, {10, 300, 8}}) {
            int rows = shape[0], cols = shape[1], depth = shape[2];
            double[] a = values(random, rows * depth);
            double[] b = values(random, cols * depth);
            double[] init = values(random, rows);
            double[] single = new double[rows * cols];
            double[] split = new double[rows * cols];
            Parallel.threads = 1;
            TiledProduct.multiply(rows, cols, depth, a, 0, 1, rows, b, 0, depth, 1, single, 0, cols, init);
            Parallel.threads = 3;
            Parallel.minWork = 0;
            TiledProduct.multiply(rows, cols, depth, a, 0, 1, rows, b, 0, depth, 1, split, 0, cols, init);
            assertArrayEquals(single, split, rows + "x" + cols + "x" + depth);
        }
    }

    @Test
    void trainingOnSeveralThreadsEndsWithTheSameWeightsBitForBit() {
        Parallel.threads = 1;
        List<double[]> single = train();
        Parallel.threads = 3;
        Parallel.minWork = 0;
        List<double[]> split = train();
        assertEquals(single.size(), split.size());
        for (int p = 0; p < single.size(); p++) {
            assertArrayEquals(single.get(p), split.get(p), "parameter " + p);
        }
    }

    @Test
    void aGridEvaluatedOnSeveralThreadsIsTheSameBitForBit() {
        Network network = new Network(7, List.of(new LayerSpec(8, Activation.TANH), new LayerSpec(8, Activation.SIGMOID),
                new LayerSpec(1, Activation.TANH)));
        network.initialize(new Initializer(InitializerType.XAVIER_UNIFORM), 9);
        int cells = 2500;
        double[] x = values(new SplittableRandom(2), cells * 7);
        Parallel.threads = 1;
        double[][] single = infer(network, x, cells);
        Parallel.threads = 3;
        Parallel.minWork = 0;
        double[][] split = infer(network, x, cells);
        for (int l = 0; l < single.length; l++) {
            assertArrayEquals(single[l], split[l], "layer " + l);
        }
    }

    private static double[][] infer(Network network, double[] x, int cells) {
        double[][] outputs = new double[network.layers().size()][];
        for (int l = 0; l < outputs.length; l++) {
            outputs[l] = new double[cells * network.layers().get(l).units()];
        }
        network.inferAll(x, cells, outputs, new double[cells * 8]);
        return outputs;
    }

    // 20 steps of Adam on a 12-24-10-3 net (batch norm, dropout) over batches of 30 random rows
    private static List<double[]> train() {
        Network network = new Network(12, List.of(new LayerSpec(24, Activation.TANH, 0.1, true),
                new LayerSpec(10, Activation.RELU), new LayerSpec(3, Activation.SOFTMAX)));
        network.initialize(new Initializer(InitializerType.HE_UNIFORM), 3);
        int n = 30;
        network.ensureCapacity(n);
        Optimizer adam = Optimizer.create(OptimizerSettings.defaults(OptimizerType.ADAM, 0.01), network.parameters());
        SplittableRandom random = new SplittableRandom(4);
        for (int step = 0; step < 20; step++) {
            double[] x = values(random, n * 12);
            double[] y = new double[n];
            for (int r = 0; r < n; r++) {
                y[r] = random.nextInt(3);
            }
            network.computeGradients(x, y, n, Loss.CROSS_ENTROPY, random);
            adam.step(0.01);
        }
        List<double[]> values = new ArrayList<>();
        for (Parameter p : network.parameters()) {
            values.add(p.value().clone());
        }
        return values;
    }

    private static double[] values(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-1, 1);
        }
        return v;
    }
}
