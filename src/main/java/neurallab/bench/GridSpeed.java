package neurallab.bench;

import neurallab.engine.Network;
import neurallab.session.Limits;
import neurallab.session.NeuronGrid;
import neurallab.session.TrainingRun;

/**
 * How long one evaluation of every neuron over a 100x100 grid of the input plane takes ({@link NeuronGrid},
 * x1 and x2 in [-6, 6] as in the Playground): the work behind each redraw of the decision map and the
 * neuron thumbnails. Median of timed evaluations after warm-up, in milliseconds.
 */
final class GridSpeed {
    static final int RESOLUTION = 100;
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final int TIMED = 51;

    private GridSpeed() {
    }

    static double medianMillis(TrainingRun run) {
        Network network = run.network();
        NeuronGrid grid = new NeuronGrid(run.experiment().features(), RESOLUTION, Limits.PLANE_MIN, Limits.PLANE_MAX);
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            grid.evaluate(network);
        }
        double[] millis = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long t0 = System.nanoTime();
            grid.evaluate(network);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return TrainingSpeed.median(millis);
    }
}
