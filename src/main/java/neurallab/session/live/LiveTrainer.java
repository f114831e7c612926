package neurallab.session.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import neurallab.data.DataException;
import neurallab.data.DataLoader;
import neurallab.data.Dataset;
import neurallab.data.ProblemType;
import neurallab.data.Splits;
import neurallab.engine.Activation;
import neurallab.engine.DenseLayer;
import neurallab.engine.Network;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Parameter;
import neurallab.engine.Seeds;
import neurallab.session.EpochRecord;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.InvalidExperimentException;
import neurallab.session.Limits;
import neurallab.session.NeuronGrid;
import neurallab.session.TrainingRun;
import neurallab.session.TrainingSpec;

/**
 * Trains one experiment live for one window. Commands (play, pause, step, reset, new hyperparameters, a
 * rebuilt network, an edited weight) may come from any thread: they are queued and applied by the
 * trainer's thread between mini-batches. The trainer publishes immutable {@link LiveSnapshot}s into an
 * atomic slot; {@link #take()} returns the newest without ever waiting. Figures and neuron maps are
 * evaluated once per publication, not once per epoch, so training runs at full speed: at most one
 * publication per frame the window has shown (or per {@value #MAX_QUIET_MILLIS} ms when nobody looks).
 */
public final class LiveTrainer implements AutoCloseable {
    static final long MIN_PUBLISH_NANOS = 14_000_000L;
    static final long MAX_QUIET_MILLIS = 250;
    private static final long SLICE_NANOS = 8_000_000L;
    private static final long LATE_NANOS = 25_000_000L;

    private final Path baseDir;
    private final int gridResolution;
    private final TrainerWorker worker;
    private final Queue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Publication> slot = new AtomicReference<>();
    private final Queue<GridFrame> returned = new ConcurrentLinkedQueue<>();

    // confined to the trainer's thread
    private Experiment experiment;
    private TrainingRun run;
    private Splits rawSplits;
    private TrainerState state = TrainerState.PAUSED;
    private Speed speed = Speed.ONE;
    private final LossHistory history = new LossHistory();
    private NeuronGrid grid;
    private List<?> gridFeatures;
    private GridFrame lastMaps; // the newest published maps; null after a rebuild
    private GridFrame shownMaps; // the maps of the newest snapshot the window took
    private long generation;
    private long serial;
    private double[][] backup = new double[0][];
    // early stopping, checked at each evaluation (once per published frame)
    private double[][] best = new double[0][];
    private double bestLoss = Double.POSITIVE_INFINITY;
    private Integer bestEpoch;
    private Integer divergedAt;
    private String message;
    private boolean dirty;
    private long lastPublishNanos;
    private long rateStartNanos;
    private int rateStartEpoch;
    private double epochsPerSecond;
    private double[] confusionX = new double[0];
    private double[][] confusionOut = new double[0][];
    private double[] confusionScratch = new double[0];

    public LiveTrainer(Experiment experiment, Path baseDir, int gridResolution, TrainerWorker worker) {
        this.baseDir = baseDir;
        this.gridResolution = gridResolution;
        this.worker = worker;
        this.experiment = experiment;
        submit(() -> rebuild(experiment, null, false));
        worker.attach(this);
        worker.wake();
    }

    // ---- the window's side: commands and the snapshot slot -------------------------------------

    /** The newest snapshot (null before the first), marking it seen so the trainer may publish the next. */
    public LiveSnapshot take() {
        for (Publication p = slot.get(); p != null; p = slot.get()) {
            if (p.state.compareAndSet(Publication.FRESH, Publication.TAKEN)) {
                worker.wake();
                return p.snapshot;
            }
            if (p.state.get() == Publication.TAKEN) {
                return p.snapshot;
            }
            // reclaimed: the trainer replaced it before the window looked, so the slot holds a newer one
        }
        return null;
    }

    /**
     * Hands back the neuron maps of a snapshot the window no longer shows (and will not read again), so
     * that a later publication reuses their arrays instead of allocating megabytes per frame.
     */
    public void recycle(GridFrame frame) {
        if (frame != null && returned.size() < 2) {
            returned.add(frame);
        }
    }

    /** The newest snapshot without marking it seen (so its maps may be reused once it is replaced). */
    public LiveSnapshot peek() {
        Publication p = slot.get();
        return p == null ? null : p.snapshot;
    }

    public void play() {
        submit(() -> {
            if (state == TrainerState.PAUSED) {
                state = TrainerState.PLAYING;
                message = null;
                rateStartNanos = System.nanoTime();
                rateStartEpoch = run.epoch();
                dirty = true;
            }
        });
    }

    public void pause() {
        submit(() -> {
            if (state == TrainerState.PLAYING) {
                state = TrainerState.PAUSED;
                dirty = true;
            }
        });
    }

    /** Pauses, then trains one epoch (or what is left of the current one). */
    public void stepEpoch() {
        submit(() -> {
            if (pauseForStep()) {
                trainEpoch();
                dirty = true;
            }
        });
    }

    /** Pauses, then trains one mini-batch. */
    public void stepBatch() {
        submit(() -> {
            if (pauseForStep()) {
                boolean finite = run.trainBatch() && run.network().isFinite();
                if (finite) {
                    saveBackup();
                } else {
                    diverge();
                }
                dirty = true;
            }
        });
    }

    /** New initial weights from the experiment's seed; same data. Keeps playing if it was. */
    public void reset() {
        submit(() -> rebuild(experiment.withWeights(null), "Weights re-initialised from seed " + experiment.seed(),
                false));
    }

    /** A new seed: new data draw, new initial weights. */
    public void reseed(long seed) {
        submit(() -> {
            doRebuild(experiment.withSeed(seed).withWeights(null),
                    "New seed " + seed + ": data drawn again, weights re-initialised", false);
        });
    }

    public void setSpeed(Speed newSpeed) {
        submit(() -> speed = newSpeed);
    }

    /** New hyperparameters from the next mini-batch on, without a reset. */
    public void updateTraining(TrainingSpec training) {
        submit(() -> {
            experiment = experiment.withTraining(training);
            if (run != null) {
                run.setTraining(training);
            }
            dirty = true;
        });
    }

    /** After a divergence: these hyperparameters (e.g. a lower rate), fresh optimizer state, paused. */
    public void recover(TrainingSpec training) {
        submit(() -> {
            experiment = experiment.withTraining(training);
            if (run == null) {
                return;
            }
            freshOptimizer(training);
            if (state == TrainerState.DIVERGED) {
                state = TrainerState.PAUSED;
            }
            message = "Learning rate now " + training.optimizer().learningRate() + "; press play to continue";
            dirty = true;
        });
    }

    public void setDropout(int layer, double p) {
        submit(() -> {
            experiment = withLayerDropout(experiment, layer, p);
            if (run != null) {
                run.setDropout(layer, p);
            }
            dirty = true;
        });
    }

    /**
     * A new network or data: starts a new run. With keepWeights the current weights carry over when
     * the shapes still fit (e.g. a painted point), otherwise the experiment's own weights or its
     * initializer are used. The reason is shown by the window.
     */
    public void rebuild(Experiment newExperiment, String reason, boolean keepWeights) {
        submit(() -> doRebuild(newExperiment, reason, keepWeights));
    }

    /** Sets one kernel entry (layer l, input i, unit j); applied at the next mini-batch. */
    public void setWeight(int layer, int input, int unit, double value) {
        submit(() -> {
            if (run != null && Double.isFinite(value)) {
                DenseLayer d = run.network().layers().get(layer);
                d.kernel()[input * d.units() + unit] = value;
                saveBackup();
                dirty = true;
            }
        });
    }

    public void setBias(int layer, int unit, double value) {
        submit(() -> {
            if (run != null && Double.isFinite(value)) {
                run.network().layers().get(layer).bias()[unit] = value;
                saveBackup();
                dirty = true;
            }
        });
    }

    @Override
    public void close() {
        worker.close();
    }

    private void submit(Runnable command) {
        commands.add(command);
        worker.wake();
    }

    // ---- the trainer's side --------------------------------------------------------------------

    /** Applies the queued commands and publishes if they changed anything. */
    public void runCommands() {
        Runnable c;
        while ((c = commands.poll()) != null) {
            c.run();
        }
        if (dirty) {
            publish();
        }
    }

    /**
     * One slice of work on the trainer's thread: queued commands, then (when playing) training until the
     * next publication is due. Returns whether more work is pending right away.
     */
    public boolean tick() {
        runCommands();
        if (state != TrainerState.PLAYING) {
            return !commands.isEmpty();
        }
        if (speed.isMax()) {
            if (windowBehind()) {
                return false; // the worker parks until take() wakes it
            }
            long start = System.nanoTime();
            long now = start;
            while (state == TrainerState.PLAYING && commands.isEmpty() && now - start < SLICE_NANOS) {
                trainEpoch();
                now = System.nanoTime();
                if (taken() && now - lastPublishNanos >= MIN_PUBLISH_NANOS) {
                    break;
                }
            }
            if (state != TrainerState.PLAYING || taken()
                    || now - lastPublishNanos >= MAX_QUIET_MILLIS * 1_000_000L) {
                publish();
            }
            return state == TrainerState.PLAYING;
        }
        if (!taken() && System.nanoTime() - lastPublishNanos < MAX_QUIET_MILLIS * 1_000_000L) {
            return !commands.isEmpty(); // the window has not shown the last frame yet; take() wakes us
        }
        for (int i = 0; i < speed.epochsPerFrame() && state == TrainerState.PLAYING; i++) {
            trainEpoch();
        }
        publish();
        return false;
    }

    // every neuron's map, copied into the arrays of a frame the window has handed back when one fits
    private GridFrame gridFrame() {
        int layers = run.network().layers().size();
        double[][] outs = null;
        while (outs == null && !returned.isEmpty()) {
            GridFrame old = returned.poll();
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

    /**
     * Whether the window is late with the last publication (waiting longer than a frame and a half) while
     * still showing frames: training at full speed then yields until the window takes it, so that a busy
     * moment (the JIT compiling, a resize) costs epochs, not frames. A window that has not looked for
     * {@value #MAX_QUIET_MILLIS} ms does not hold training back.
     */
    private boolean windowBehind() {
        long waited = System.nanoTime() - lastPublishNanos;
        return !taken() && waited > LATE_NANOS && waited < MAX_QUIET_MILLIS * 1_000_000L;
    }

    /** The worker's last resort: an unexpected error stops training with a message. */
    void fail(Throwable e) {
        state = TrainerState.FAILED;
        message = "Training stopped by an internal error: " + e;
        publish();
    }

    private boolean pauseForStep() {
        if (state == TrainerState.PLAYING) {
            state = TrainerState.PAUSED;
        }
        return state == TrainerState.PAUSED && run != null;
    }

    private void trainEpoch() {
        boolean finite = run.trainEpoch() && run.network().isFinite();
        if (finite) {
            saveBackup();
        } else {
            diverge();
        }
    }

    private void diverge() {
        restoreBackup();
        divergedAt = run.epoch() + (run.atEpochStart() ? 0 : 1);
        state = TrainerState.DIVERGED;
        message = "Training diverged at epoch " + divergedAt + ": the loss or a weight became infinite or NaN. "
                + "The last finite weights are kept. The learning rate (" + run.training().optimizer().learningRate()
                + ") is probably too high: lower it, or reset.";
        dirty = true;
    }

    private void doRebuild(Experiment e, String reason, boolean keepWeights) {
        boolean wasPlaying = state == TrainerState.PLAYING;
        Experiment start = e;
        if (keepWeights && run != null && e.weights() == null) {
            start = e.withWeights(run.weights());
        }
        experiment = e;
        TrainingRun next;
        try {
            try {
                next = TrainingRun.start(start, baseDir);
            } catch (InvalidExperimentException ex) {
                if (start == e) {
                    throw ex;
                }
                next = TrainingRun.start(e, baseDir); // the old weights no longer fit
            }
        } catch (InvalidExperimentException ex) {
            fail(String.join("\n", ex.problems()));
            return;
        } catch (DataException ex) {
            fail("The data could not be loaded: " + ex.getMessage());
            return;
        } catch (RuntimeException ex) {
            fail("The experiment could not be started: " + ex.getMessage());
            return;
        }
        run = next;
        rawSplits = loadRaw(e);
        history.clear();
        generation++;
        lastMaps = null;
        divergedAt = null;
        bestEpoch = null;
        bestLoss = Double.POSITIVE_INFINITY;
        message = reason;
        state = wasPlaying ? TrainerState.PLAYING : TrainerState.PAUSED;
        if (e.features().isEmpty()) {
            grid = null;
            gridFeatures = null;
        } else if (grid == null || !e.features().equals(gridFeatures)) {
            grid = new NeuronGrid(e.features(), gridResolution, Limits.PLANE_MIN, Limits.PLANE_MAX);
            gridFeatures = e.features();
        }
        prepareConfusion();
        backup = new double[run.network().parameters().size()][];
        saveBackup();
        rateStartNanos = System.nanoTime();
        rateStartEpoch = 0;
        dirty = true;
    }

    private Splits loadRaw(Experiment e) {
        if (e.features().isEmpty()) {
            return run.splits();
        }
        try {
            return DataLoader.load(e.data(), e.problem(), baseDir, Seeds.derive(e.seed(), Seeds.DATA));
        } catch (DataException ex) {
            return run.splits();
        }
    }

    private void fail(String why) {
        run = null;
        state = TrainerState.FAILED;
        message = why;
        generation++;
        history.clear();
        dirty = true;
    }

    private void saveBackup() {
        List<Parameter> ps = run.network().parameters();
        for (int i = 0; i < ps.size(); i++) {
            double[] v = ps.get(i).value();
            if (backup[i] == null || backup[i].length != v.length) {
                backup[i] = new double[v.length];
            }
            System.arraycopy(v, 0, backup[i], 0, v.length);
        }
    }

    private void restoreBackup() {
        List<Parameter> ps = run.network().parameters();
        for (int i = 0; i < ps.size(); i++) {
            System.arraycopy(backup[i], 0, ps.get(i).value(), 0, backup[i].length);
        }
        freshOptimizer(run.training());
    }

    // The optimizer's moment estimates may hold NaN after a divergence. TrainingRun starts a fresh
    // optimizer only when the type changes, so switch away and back.
    private void freshOptimizer(TrainingSpec training) {
        OptimizerType type = training.optimizer().type();
        OptimizerType other = type == OptimizerType.SGD ? OptimizerType.MOMENTUM : OptimizerType.SGD;
        run.setTraining(training.withOptimizer(OptimizerSettings.defaults(other, 0.01)));
        run.setTraining(training);
    }

    private void prepareConfusion() {
        Dataset d = confusionSplit();
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

    private Dataset confusionSplit() {
        return run.splits().test().isEmpty() ? run.splits().train() : run.splits().test();
    }

    private int[][] confusion() {
        if (experiment.problem() != ProblemType.CLASSIFICATION) {
            return null;
        }
        Dataset d = confusionSplit();
        if (d.isEmpty()) {
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
            int predicted = predictedClass(a, r, d.size(), k, out);
            int actual = (int) d.targets()[r];
            if (actual >= 0 && actual < classes && predicted < classes) {
                m[actual][predicted]++;
            }
        }
        return m;
    }

    /**
     * The class row r of n unit-major outputs (unit j at [j · n + r]) predicts (engine-semantics.md,
     * "Accuracy").
     */
    static int predictedClass(double[] a, int row, int n, int k, Activation output) {
        if (k == 1) {
            double threshold = output == Activation.SIGMOID ? 0.5 : 0.0;
            return a[row] > threshold ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (a[j * n + row] > a[best * n + row]) {
                best = j;
            }
        }
        return best;
    }

    private void publish() {
        dirty = false;
        long now = System.nanoTime();
        if (state == TrainerState.FAILED || run == null) {
            replace(new LiveSnapshot(++serial, generation, state, experiment, null, null, 0, 0, null,
                    LossHistory.View.empty(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, message,
                    0));
            lastPublishNanos = now;
            return;
        }
        EpochRecord figures = run.evaluate();
        if (!Double.isFinite(figures.trainLoss()) && state != TrainerState.DIVERGED) {
            diverge();
            figures = run.evaluate();
        }
        history.append(figures.epoch(), row(figures));
        if (earlyStopping(figures)) {
            figures = run.evaluate(); // the restored best weights' figures replace this epoch's row
            history.append(figures.epoch(), row(figures));
        }
        GridFrame frame = null;
        if (grid != null) {
            // on a chart's turn no view draws the maps (LiveSnapshot.Turn): the last ones stand in
            boolean unseen = state == TrainerState.PLAYING && LiveSnapshot.turnOf(serial + 1) == LiveSnapshot.Turn.CHART;
            if (lastMaps == null || !unseen) {
                grid.evaluate(run.network());
                lastMaps = gridFrame();
            }
            frame = lastMaps;
        }
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
                rateStartNanos = now;
                rateStartEpoch = run.epoch();
            }
        } else {
            epochsPerSecond = 0;
        }
        replace(new LiveSnapshot(++serial, generation, state, experiment, run.splits(), rawSplits, run.epoch(),
                run.steps(), figures, history.view(), List.copyOf(activations), run.weights(),
                List.copyOf(kernelGradients), List.copyOf(biasGradients), frame, confusion(), divergedAt, bestEpoch,
                message, epochsPerSecond));
        lastPublishNanos = now;
    }

    /** Whether the window has taken the newest snapshot (true before the first). */
    private boolean taken() {
        Publication p = slot.get();
        return p == null || p.state.get() == Publication.TAKEN;
    }

    /**
     * Puts the next snapshot into the slot. The one it replaces, if the window never took it, is taken back:
     * its maps are reused by a later publication unless a snapshot the window took or the next one carries
     * them too (consecutive snapshots share maps on a chart's turn).
     */
    private void replace(LiveSnapshot next) {
        Publication old = slot.getAndSet(new Publication(next));
        if (old == null || old.snapshot.grid() == null) {
            return;
        }
        GridFrame maps = old.snapshot.grid();
        if (!old.state.compareAndSet(Publication.FRESH, Publication.RECLAIMED)) {
            shownMaps = maps;
        } else if (maps != shownMaps && maps != next.grid()) {
            recycle(maps);
        }
    }

    /** A snapshot in the slot, and whether the window took it or the trainer took it back unseen. */
    private static final class Publication {
        static final int FRESH = 0, TAKEN = 1, RECLAIMED = 2;
        final LiveSnapshot snapshot;
        final AtomicInteger state = new AtomicInteger(FRESH);

        Publication(LiveSnapshot snapshot) {
            this.snapshot = snapshot;
        }
    }

    /**
     * Early stopping as the headless run does it, on the evaluations the window sees: an improvement is a
     * validation loss below best − minDelta; after {@code patience} epochs without one, training pauses
     * (restoring the best weights when asked). Evaluations happen once per frame, so at high speed the
     * best epoch is the best evaluated one.
     */
    private boolean earlyStopping(EpochRecord figures) {
        neurallab.session.EarlyStopping stop = run.training().earlyStopping();
        if (stop == null || figures.validationLoss() == null || !Double.isFinite(figures.validationLoss())) {
            return false;
        }
        if (figures.validationLoss() < bestLoss - stop.minDelta()) {
            bestLoss = figures.validationLoss();
            bestEpoch = figures.epoch();
            copyParameters(best = resize(best), false);
        } else if (bestEpoch != null && figures.epoch() - bestEpoch >= stop.patience()
                && state == TrainerState.PLAYING) {
            state = TrainerState.PAUSED;
            if (stop.restoreBest()) {
                copyParameters(best, true);
                saveBackup();
            }
            message = "Early stopping at epoch " + figures.epoch() + ": the validation loss has not improved for "
                    + stop.patience() + " epochs" + (stop.restoreBest() ? "; the best weights (epoch " + bestEpoch
                    + ") are restored" : "") + ". Press play to train on.";
            bestLoss = Double.POSITIVE_INFINITY; // playing again starts a new watch
            return stop.restoreBest();
        }
        return false;
    }

    private double[][] resize(double[][] copy) {
        List<Parameter> ps = run.network().parameters();
        if (copy.length != ps.size()) {
            copy = new double[ps.size()][];
        }
        for (int i = 0; i < ps.size(); i++) {
            if (copy[i] == null || copy[i].length != ps.get(i).value().length) {
                copy[i] = new double[ps.get(i).value().length];
            }
        }
        return copy;
    }

    private void copyParameters(double[][] copy, boolean restore) {
        List<Parameter> ps = run.network().parameters();
        for (int i = 0; i < ps.size(); i++) {
            double[] v = ps.get(i).value();
            if (restore) {
                System.arraycopy(copy[i], 0, v, 0, v.length);
            } else {
                System.arraycopy(v, 0, copy[i], 0, v.length);
            }
        }
    }

    private static double[] row(EpochRecord r) {
        return new double[] {r.trainLoss(), orNaN(r.validationLoss()), orNaN(r.testLoss()), orNaN(r.trainAccuracy()),
                orNaN(r.validationAccuracy()), orNaN(r.testAccuracy())};
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    private static Experiment withLayerDropout(Experiment e, int layer, double p) {
        List<neurallab.engine.LayerSpec> layers = new ArrayList<>(e.layers());
        layers.set(layer, layers.get(layer).withDropout(p));
        return e.withLayers(layers);
    }
}
