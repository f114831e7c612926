package neurallab.cli;

import java.util.List;
import neurallab.data.Feature;
import neurallab.engine.Network;
import neurallab.session.TrainingRun;

/**
 * How long one evaluation of every neuron over a 100x100 grid of the input plane (x1, x2 in [-6, 6], the
 * experiment's features computed per point) takes: the work behind each redraw of the decision map and
 * the neuron thumbnails. Median of timed evaluations after warm-up, in milliseconds.
 */
final class GridSpeed {
    static final int SIDE = 100;
    private static final double EXTENT = 6.0;
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final int TIMED = 51;

    private GridSpeed() {
    }

    static double medianMillis(TrainingRun run) {
        Network network = run.network();
        List<Feature> features = run.experiment().features();
        double[] inputs = inputs(features);
        int points = SIDE * SIDE;
        double[][] outputs = new double[network.layers().size()][];
        int widest = 0;
        for (int l = 0; l < outputs.length; l++) {
            int units = network.layers().get(l).units();
            outputs[l] = new double[points * units];
            widest = Math.max(widest, units);
        }
        double[] scratch = new double[points * widest];
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            network.inferAll(inputs, points, outputs, scratch);
        }
        double[] millis = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long t0 = System.nanoTime();
            network.inferAll(inputs, points, outputs, scratch);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return TrainingSpeed.median(millis);
    }

    /** Row after row of grid points, each the features of (x1, x2) at the cell centre. */
    static double[] inputs(List<Feature> features) {
        double[] inputs = new double[SIDE * SIDE * features.size()];
        double cell = 2 * EXTENT / SIDE;
        int i = 0;
        for (int row = 0; row < SIDE; row++) {
            double x2 = EXTENT - (row + 0.5) * cell;
            for (int column = 0; column < SIDE; column++) {
                double x1 = -EXTENT + (column + 0.5) * cell;
                for (Feature feature : features) {
                    inputs[i++] = feature.valueAt(x1, x2);
                }
            }
        }
        return inputs;
    }
}
