package neurallab.session.live;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.Dataset;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.DenseLayer;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.session.EpochRecord;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.Limits;
import neurallab.session.NeuronGrid;
import neurallab.session.TrainingRun;

/**
 * Builds the live trainer's snapshots on its thread: the loss history, every neuron's map over the
 * plane, the confusion matrix, the gradients and the training rate, into buffers sized once per rebuild.
 */
final class SnapshotBuilder {
    private final int gridResolution;
    private final SnapshotSlot slot;
    private final LossHistory history = new LossHistory();
    private NeuronGrid grid;
    private List<Feature> gridFeatures;
    private GridFrame lastMaps; // the newest published maps; null after a rebuild
    private long generation;
    private long serial;
    private long lastPublishNanos;
    private long rateStartNanos;
    private int rateStartEpoch;
    private double epochsPerSecond;
    private double[] confusionX = new double[0];
    private double[][] confusionOut = new double[0][];
    private double[] confusionScratch = new double[0];

    SnapshotBuilder(int gridResolution, SnapshotSlot slot) {
        this.gridResolution = gridResolution;
        this.slot = slot;
    }

    /** A new network or data: a new generation, an empty history, maps and buffers for this run. */
    void rebuilt(Experiment e, TrainingRun run) {
        history.clear();
        generation++;
        lastMaps = null;
        if (e.features().isEmpty()) {
            grid = null;
            gridFeatures = null;
        } else if (grid == null || !e.features().equals(gridFeatures)) {
            grid = new NeuronGrid(e.features(), gridResolution, Limits.PLANE_MIN, Limits.PLANE_MAX);
            gridFeatures = e.features();
        }
        prepareConfusion(run);
        startRate(0);
    }

    /** The run is gone (a failure): a new generation with nothing to show. */
    void failed() {
        generation++;
        history.clear();
    }

    /** Training (re)starts at this epoch: the rate is measured from now. */
    void startRate(int epoch) {
        rateStartNanos = System.nanoTime();
        rateStartEpoch = epoch;
    }

    long lastPublishNanos() {
        return lastPublishNanos;
    }

    /** One row of the history (epoch and figures). */
    void record(EpochRecord r) {
        history.append(r.epoch(), new double[] {r.trainLoss(), orNaN(r.validationLoss()), orNaN(r.testLoss()),
                orNaN(r.trainAccuracy()), orNaN(r.validationAccuracy()), orNaN(r.testAccuracy())});
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** A snapshot with no run: the experiment could not be started, or training failed. */
    void publishEmpty(TrainerState state, Experiment e, String message) {
        slot.put(new LiveSnapshot(++serial, generation, state, e, null, null, 0, 0, null, LossHistory.View.empty(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null, message, 0));
        lastPublishNanos = System.nanoTime();
    }

    /** A snapshot of the run with these figures (already recorded in the history). */
    void publish(TrainerState state, Experiment e, TrainingRun run, EpochRecord figures, Integer divergedAt,
                 Integer bestEpoch, String message) {
        long now = System.nanoTime();
        List<Activation> activations = new ArrayList<>();
        List<double[]> kernelGradients = new ArrayList<>();
        List<double[]> biasGradients = new ArrayList<>();
        for (DenseLayer d : run.network().layers()) {
            activations.add(d.activation());
            kernelGradients.add(d.kernelGradient().clone());
            biasGradients.add(d.biasGradient().clone());
        }
        if (state == TrainerState.PLAYING) {
            double seconds = (now - rateStartNanos) / 1e9;
            if (seconds >= 0.5) {
                epochsPerSecond = (run.epoch() - rateStartEpoch) / seconds;
                startRate(run.epoch());
            }
        } else {
            epochsPerSecond = 0;
        }
        GridFrame maps = maps(state, run);
        slot.put(new LiveSnapshot(++serial, generation, state, e, run.splits(), run.rawSplits(), run.epoch(),
                run.steps(), figures, history.view(), List.copyOf(activations), run.weights(),
                List.copyOf(kernelGradients), List.copyOf(biasGradients), maps, confusion(e, run),
                divergedAt, bestEpoch, message, epochsPerSecond));
        lastPublishNanos = now;
    }

    private GridFrame maps(TrainerState state, TrainingRun run) {
        if (grid == null) {
            return null;
        }
        // no view draws these maps: the last ones stand in
        if (lastMaps == null || !LiveSnapshot.carriesMapsBefore(serial + 1, state)) {
            grid.evaluate(run.network());
            lastMaps = gridFrame(run.network().layers().size());
        }
        return lastMaps;
    }

    // every neuron's map, copied into the arrays of a frame the window has handed back when one fits
    private GridFrame gridFrame(int layers) {
        double[][] outs = null;
        GridFrame old;
        while (outs == null && (old = slot.reusable()) != null) {
            if (fits(old.outputs(), layers)) {
                outs = old.outputs();
            }
        }
        if (outs == null) {
            outs = new double[layers][];
            for (int l = 0; l < layers; l++) {
                outs[l] = new double[grid.outputs(l).length];
            }
        }
        for (int l = 0; l < layers; l++) {
            System.arraycopy(grid.outputs(l), 0, outs[l], 0, outs[l].length);
        }
        return new GridFrame(grid.resolution(), grid.min(), grid.max(), grid.featureCount(), grid.inputs(), outs);
    }

    private boolean fits(double[][] outs, int layers) {
        if (outs.length != layers) {
            return false;
        }
        for (int l = 0; l < layers; l++) {
            if (outs[l].length != grid.outputs(l).length) {
                return false;
            }
        }
        return true;
    }

    private static Dataset confusionSplit(TrainingRun run) {
        return run.splits().test().isEmpty() ? run.splits().train() : run.splits().test();
    }

    private void prepareConfusion(TrainingRun run) {
        Dataset d = confusionSplit(run);
        int cols = d.inputCount();
        int rows = d.size();
        // unit-major, as the network reads a batch: input i of row r at [i · rows + r]
        confusionX = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < cols; i++) {
                confusionX[i * rows + r] = d.inputs()[r][i];
            }
        }
        Network n = run.network();
        confusionOut = new double[n.layers().size()][];
        int widest = 0;
        for (int l = 0; l < n.layers().size(); l++) {
            confusionOut[l] = new double[d.size() * n.layers().get(l).units()];
            widest = Math.max(widest, n.layers().get(l).units());
        }
        confusionScratch = new double[Math.max(1, d.size() * widest)];
    }

    // [true class][predicted class] over the test split (the training split when there is none)
    private int[][] confusion(Experiment e, TrainingRun run) {
        Dataset d = confusionSplit(run);
        if (e.problem() != ProblemType.CLASSIFICATION || d.isEmpty()) {
            return null;
        }
        Network n = run.network();
        n.inferAll(confusionX, d.size(), confusionOut, confusionScratch);
        double[] a = confusionOut[confusionOut.length - 1];
        int k = n.outputCount();
        int classes = Math.max(k == 1 ? 2 : k, ExperimentRules.classCount(run.splits()));
        int[][] m = new int[classes][classes];
        Activation out = n.output().activation();
        for (int r = 0; r < d.size(); r++) {
            int predicted = Loss.predictedClass(a, r, d.size(), k, out);
            int actual = (int) d.targets()[r];
            if (actual >= 0 && actual < classes && predicted < classes) {
                m[actual][predicted]++;
            }
        }
        return m;
    }
}
