package neurallab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.Activation;
import neurallab.engine.Batches;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.Optimizer;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;

/**
 * The engine alone on a classifier of any shape, for inputs wider than a data file may hold (784 pixels):
 * {@value #ROWS} rows of standard normal inputs with uniform random classes, ReLU hidden layers, a softmax
 * output with cross-entropy, Adam at 0.001, mini-batches of {@value #BATCH}, shuffled every epoch. The
 * same work per mini-batch as a training run (gather, forward, backward, step); the values do not change
 * the work.
 */
final class RandomShapeRun {
    static final int ROWS = 1024;
    static final int BATCH = 32;
    private static final double LEARNING_RATE = 0.001;

    private final int inputs;
    private final Network network;
    private final Optimizer optimizer;
    private final SplittableRandom random = new SplittableRandom(1);
    private final double[] x;
    private final double[] y;
    private final int[] order = new int[ROWS];
    private final double[] batchX;
    private final double[] batchY = new double[BATCH];

    RandomShapeRun(int[] shape) {
        inputs = shape[0];
        List<LayerSpec> layers = new ArrayList<>();
        for (int l = 1; l < shape.length; l++) {
            layers.add(new LayerSpec(shape[l], l == shape.length - 1 ? Activation.SOFTMAX : Activation.RELU));
        }
        network = new Network(inputs, layers);
        network.initialize(new Initializer(InitializerType.HE_UNIFORM), 1);
        network.ensureCapacity(BATCH);
        optimizer = Optimizer.create(OptimizerSettings.defaults(OptimizerType.ADAM, LEARNING_RATE), network.parameters());
        x = new double[ROWS * inputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        y = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            y[r] = random.nextInt(shape[shape.length - 1]);
            order[r] = r;
        }
        batchX = new double[BATCH * inputs];
    }

    int parameterCount() {
        return network.parameterCount();
    }

    /** One shuffled epoch of mini-batch steps; false if a pre-activation or a weight is not finite. */
    boolean trainEpoch() {
        for (int i = ROWS - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        boolean finite = true;
        for (int from = 0; from < ROWS; from += BATCH) {
            Batches.gather(x, y, ROWS, inputs, order, from, BATCH, batchX, batchY);
            finite &= network.computeGradients(batchX, batchY, BATCH, Loss.CROSS_ENTROPY, random);
            optimizer.step(LEARNING_RATE);
        }
        return finite && network.isFinite();
    }
}
