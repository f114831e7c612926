package neurallab.session.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import neurallab.data.Dataset;
import neurallab.engine.Activation;
import neurallab.engine.Batches;
import neurallab.engine.DenseLayer;
import neurallab.engine.LayerParameters;
import neurallab.engine.Network;
import neurallab.engine.OptimizerSettings;
import neurallab.session.Limits;
import neurallab.session.NeuronGrid;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.LossHistory;
import java.math.BigDecimal;

/**
 * The insight models fed from the live trainer's snapshots, for one reader (the FX thread): a mirror
 * network holding the newest snapshot's weights and last gradients, and the recorders that need every
 * snapshot (gradient flow, boundary history, weight trajectory). The costlier models (weights matrix,
 * activation histograms) are updated only when asked, i.e. for the tab on screen. The landscape and the
 * learning-rate finder are handed out as tasks over copies, to run on a background thread.
 * A new generation (rebuilt network or data) or an epoch going back (reset) starts every recorder afresh;
 * pinned runs stay.
 */
public final class LiveInsights {
    public static final int FLOW_CAPACITY = 600;
    public static final int HISTORY_CAPACITY = 64;
    public static final int TRAJECTORY_CAPACITY = 60;
    public static final int BINS = 24;
    /** Rows of the training split run through the network for the activation histograms. */
    public static final int ACTIVATION_ROWS = 500;
    public static final int THUMBNAIL = 96;
    public static final int FINDER_STEPS = 200;
    public static final int LANDSCAPE_RESOLUTION = 31;

    private final RunComparison comparison;
    private LiveSnapshot latest;
    private long generation = Long.MIN_VALUE;
    private int lastEpoch;
    private long lastSteps = -1;
    private long frames;
    private Network mirror;
    private Network scratch;
    private WeightsModel weights;
    private GradientFlow flow;
    private ActivationStats activations;
    private BoundaryHistory history;
    private WeightTrajectory trajectory;
    private NeuronGrid thumbnailGrid;
    private double[] activationX = new double[0];
    private int activationRows;

    public LiveInsights() {
        this(new RunComparison());
    }

    /** Pinning into {@code comparison} (the experiment's pins, which outlive the window's models). */
    public LiveInsights(RunComparison comparison) {
        this.comparison = comparison;
    }

    /**
     * Whether the mirror has the snapshot's shapes: a new trainer (an opened file) counts its generations
     * from the start again, so an equal generation does not mean the same network.
     */
    private boolean fits(LiveSnapshot s) {
        List<DenseLayer> layers = mirror.layers();
        if (layers.size() != s.weights().size()) {
            return false;
        }
        for (int l = 0; l < layers.size(); l++) {
            double[][] kernel = s.weights().get(l).kernel();
            if (kernel.length != layers.get(l).fanIn() || kernel.length > 0 && kernel[0].length != layers.get(l).units()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes a new snapshot: copies its weights and gradients into the mirror and records it. Returns true when
     * the models were rebuilt (views holding the old ones must be rebuilt); false also when the snapshot has no
     * network (failed to load).
     */
    public boolean accept(LiveSnapshot s) {
        if (s == null || s.weights() == null || s.splits() == null) {
            return false;
        }
        boolean rebuilt = false;
        if (mirror == null || s.generation() != generation || s.epoch() < lastEpoch || !fits(s)) {
            rebuild(s);
            rebuilt = true;
        }
        latest = s;
        mirror.importParameters(s.weights());
        List<DenseLayer> layers = mirror.layers();
        for (int l = 0; l < layers.size(); l++) {
            copyOrZero(s.kernelGradients(), l, layers.get(l).kernelGradient());
            copyOrZero(s.biasGradients(), l, layers.get(l).biasGradient());
        }
        if (s.steps() != lastSteps) {
            flow.record(mirror, s.steps());
            history.offer(s.epoch(), s::weights);
            // the trajectory is recorded per snapshot (its steps are snapshot counts), so its interval logic works
            // however many epochs lie between two frames
            trajectory.record(frames++, mirror);
            lastSteps = s.steps();
        }
        lastEpoch = s.epoch();
        return rebuilt;
    }

    private static void copyOrZero(List<double[]> from, int l, double[] to) {
        if (from != null && l < from.size() && from.get(l).length == to.length) {
            System.arraycopy(from.get(l), 0, to, 0, to.length);
        } else {
            Arrays.fill(to, 0.0);
        }
    }

    private void rebuild(LiveSnapshot s) {
        generation = s.generation();
        lastSteps = -1;
        frames = 0;
        Dataset train = s.splits().train();
        mirror = new Network(train.inputCount(), s.experiment().layers());
        mirror.importParameters(s.weights());
        scratch = new Network(train.inputCount(), s.experiment().layers());
        weights = new WeightsModel(mirror);
        flow = new GradientFlow(mirror, FLOW_CAPACITY);
        activations = new ActivationStats(mirror, BINS);
        history = new BoundaryHistory(HISTORY_CAPACITY);
        trajectory = new WeightTrajectory(mirror, TRAJECTORY_CAPACITY, 1);
        activationRows = Math.min(ACTIVATION_ROWS, train.size());
        activationX = Batches.unitMajor(Arrays.copyOf(train.inputs(), activationRows), train.inputCount());
        boolean planar = !s.experiment().features().isEmpty();
        thumbnailGrid = planar ? new NeuronGrid(s.experiment().features(), THUMBNAIL, Limits.PLANE_MIN,
                Limits.PLANE_MAX) : null;
    }

    public boolean ready() {
        return mirror != null;
    }

    public LiveSnapshot latest() {
        return latest;
    }

    /** The network as of the newest snapshot (do not train it). */
    public Network network() {
        return mirror;
    }

    /** Copies the mirror's weights (or gradients) into the weights model. */
    public WeightsModel updateWeights() {
        weights.update(mirror);
        return weights;
    }

    /** Recounts the activation histograms over the first {@link #ACTIVATION_ROWS} training rows. */
    public ActivationStats updateActivations() {
        activations.update(mirror, activationX, activationRows);
        return activations;
    }

    public WeightsModel weights() {
        return weights;
    }

    public GradientFlow flow() {
        return flow;
    }

    public ActivationStats activations() {
        return activations;
    }

    public BoundaryHistory history() {
        return history;
    }

    public WeightTrajectory trajectory() {
        return trajectory;
    }

    public RunComparison comparison() {
        return comparison;
    }

    /** Whether the data is 2-D, so the decision boundary can be drawn. */
    public boolean planar() {
        return thumbnailGrid != null;
    }

    public int trainingRows() {
        return latest == null ? 0 : latest.splits().train().size();
    }

    /**
     * The backpropagation of training sample i through the current weights, with the current loss and optimizer,
     * its formulas' words in the reader's language.
     */
    public BackpropWalkthrough walkthrough(int sample, FormulaWords words) {
        Dataset train = latest.splits().train();
        int i = Math.max(0, Math.min(train.size() - 1, sample));
        OptimizerSettings o = latest.experiment().training().optimizer();
        return BackpropWalkthrough.of(mirror, train.inputs()[i].clone(), train.targets()[i],
                latest.experiment().training().loss(), o, o.learningRate(), train.inputNames(), words);
    }

    /**
     * The range test over the training split from a network built afresh from the newest snapshot's weights (the
     * trainer's current state, whatever the views did to the mirror); call() off the FX thread.
     */
    public Callable<LearningRateFinder.Result> finderTask(long seed) {
        Network copy = new Network(mirror.inputCount(), latest.experiment().layers());
        copy.importParameters(latest.weights());
        Dataset train = latest.splits().train();
        var training = latest.experiment().training();
        return () -> LearningRateFinder.run(copy, Batches.unitMajor(train.inputs(), train.inputCount()),
                train.targets(), train.size(), training.loss(), training.optimizer(), training.batchSize(),
                FINDER_STEPS, seed);
    }

    /** The loss landscape around the current weights along the trajectory so far; call() off the FX thread. */
    public Callable<LossLandscape> landscapeTask() {
        Network copy = NetworkCopies.copy(mirror);
        WeightTrajectory path = new WeightTrajectory(copy, Math.max(3, trajectory.size()), 1);
        for (int k = 0; k < trajectory.size(); k++) {
            path.add(trajectory.step(k), trajectory.point(k));
        }
        Dataset train = latest.splits().train();
        var loss = latest.experiment().training().loss();
        boolean classification = latest.isClassification();
        return () -> LossLandscape.compute(copy, path, Batches.unitMajor(train.inputs(), train.inputCount()),
                train.targets(), train.size(), loss, classification, LANDSCAPE_RESOLUTION, 0.3);
    }

    /** Pins the run so far: its training loss over its real epochs and its current decision boundary. */
    public Optional<String> pin() {
        if (latest == null) {
            return Optional.of("nothing has been trained yet");
        }
        LossHistory.View h = latest.history();
        double[] losses = new double[h.size()];
        int[] epochs = new int[h.size()];
        for (int r = 0; r < losses.length; r++) {
            losses[r] = h.value(LossHistory.TRAIN_LOSS, r);
            epochs[r] = h.epoch(r);
        }
        var o = latest.experiment().training().optimizer();
        String label = String.format(Locale.ROOT, "%s η=%s, %s, epoch %d", o.type().id(),
                shortNumber(o.learningRate()), shape(), latest.epoch());
        int[] thumb = planar() ? boundary(latest.weights()) : new int[0];
        return comparison.pin(RunComparison.PinnedRun.fromRows(label, epochs, losses, planar() ? THUMBNAIL : 0, thumb));
    }

    private String shape() {
        StringBuilder b = new StringBuilder();
        for (DenseLayer layer : mirror.layers()) {
            b.append(b.length() == 0 ? "" : "-").append(layer.units());
        }
        return b.toString();
    }

    // three significant digits as typed: 0.03, not 0.0300
    private static String shortNumber(double v) {
        return new BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * The network's output over the plane as {@link #THUMBNAIL}² ARGB pixels (row 0 at the top), painted as the
     * main window paints its output ({@link Palette}): one classifying output through its activation onto the
     * diverging scale, a regression output around 0 scaled by its largest magnitude, several outputs (classes)
     * as the winning class shaded by its probability. Empty when the data is not 2-D.
     */
    public int[] boundary(List<LayerParameters> values) {
        if (thumbnailGrid == null) {
            return new int[0];
        }
        scratch.importParameters(values);
        thumbnailGrid.evaluate(scratch);
        int cells = THUMBNAIL * THUMBNAIL;
        int outputs = scratch.outputCount();
        double[] p = thumbnailGrid.outputs(scratch.layers().size() - 1);
        int[] argb = new int[cells];
        boolean classification = latest == null || latest.isClassification();
        Activation activation = scratch.layers().get(scratch.layers().size() - 1).activation();
        double range = 1e-12;
        for (int i = 0; i < cells && !classification; i++) {
            range = Math.max(range, Math.abs(p[i]));
        }
        for (int i = 0; i < cells; i++) {
            if (outputs > 1) {
                argb[i] = winner(p, outputs, cells, i);
            } else if (classification) {
                argb[i] = Palette.diverging(Palette.toUnit(p[i], activation), Palette.NEUTRAL);
            } else {
                argb[i] = Palette.argb(p[i], range);
            }
        }
        return argb;
    }

    // cell i's most probable class (unit-major: class j at j · cells + i), its saturation the probability
    private static int winner(double[] p, int outputs, int cells, int i) {
        int best = 0;
        for (int j = 1; j < outputs; j++) {
            if (p[j * cells + i] > p[best * cells + i]) {
                best = j;
            }
        }
        return Palette.confidence(best, p[best * cells + i], outputs, Palette.NEUTRAL);
    }
}
