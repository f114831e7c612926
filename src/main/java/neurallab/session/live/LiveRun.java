package neurallab.session.live;

import java.nio.file.Path;
import java.util.Objects;
import neurallab.data.DataException;
import neurallab.data.DataSource;
import neurallab.data.Splits;
import neurallab.engine.DenseLayer;
import neurallab.session.DivergenceBackup;
import neurallab.session.EarlyStopWatch;
import neurallab.session.EpochRecord;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.session.TrainingRun;

/**
 * The experiment being trained live and what happens to it, confined to the trainer's thread: whole
 * experiments applied (hyperparameters at the next mini-batch, anything else by a rebuild), training,
 * divergence and its recovery, early stopping, and the figures of each publication.
 */
final class LiveRun {
    private final Path baseDir;
    private final SnapshotBuilder snapshots;
    private Experiment experiment;
    private TrainingRun run;
    private TrainerState state = TrainerState.PAUSED;
    private String message;
    private Integer divergedAt;
    private DivergenceBackup backup;
    private EarlyStopWatch watch;
    private boolean dirty;

    LiveRun(Experiment experiment, Path baseDir, SnapshotBuilder snapshots) {
        this.experiment = experiment;
        this.baseDir = baseDir;
        this.snapshots = snapshots;
    }

    TrainerState state() {
        return state;
    }

    /** Whether something changed since the last publication. */
    boolean dirty() {
        return dirty;
    }

    /**
     * The next experiment. Hyperparameters alone (learning rate, optimizer, penalties, batch size,
     * schedule, early stopping, dropout) act at the next mini-batch without a reset; after a divergence
     * they also bring back the last sane weights. Anything else rebuilds: painted data keeps the weights
     * when they still fit, a new seed draws the data again, other changes re-initialise.
     */
    void apply(Experiment next, String note) {
        if (run == null || rebuilds(experiment, next)) {
            boolean painted = next.data() instanceof DataSource.Inline
                    && next.withData(experiment.data()).withWeights(experiment.weights()).equals(experiment);
            rebuild(next, run == null || painted ? null : rebuiltBecause(next, note), painted);
            return;
        }
        experiment = next;
        run.setTraining(next.training());
        for (int l = 0; l < next.layers().size(); l++) {
            run.setDropout(l, next.layers().get(l).dropout());
        }
        if (!Objects.equals(watch == null ? null : watch.rule(), next.training().earlyStopping())) {
            watch = next.training().earlyStopping() == null ? null : new EarlyStopWatch(next.training().earlyStopping());
        }
        if (state == TrainerState.DIVERGED) {
            recover();
        }
        dirty = true;
    }

    /** The notice after a rebuild of a running experiment: a new seed, or what the user changed. */
    private String rebuiltBecause(Experiment next, String note) {
        if (next.withSeed(experiment.seed()).equals(experiment)) {
            return "New seed " + next.seed() + ": data drawn again, weights re-initialised";
        }
        return "Network rebuilt (" + (note == null ? "settings changed" : note) + "): weights re-initialised, epoch 0";
    }

    private static boolean rebuilds(Experiment a, Experiment b) {
        return !structure(a).equals(structure(b)) || a.training().loss() != b.training().loss();
    }

    // the experiment without what may change while training goes on
    private static Experiment structure(Experiment e) {
        return e.withTraining(null).withLayers(e.layers().stream().map(l -> l.withDropout(0.0)).toList());
    }

    /** New initial weights from the experiment's seed; same data. */
    void reset() {
        rebuild(experiment.withWeights(null), "Weights re-initialised from seed " + experiment.seed(), false);
    }

    void play() {
        if (state == TrainerState.PAUSED && run != null) {
            state = TrainerState.PLAYING;
            message = null;
            snapshots.startRate(run.epoch());
            dirty = true;
        }
    }

    void pause() {
        if (state == TrainerState.PLAYING) {
            state = TrainerState.PAUSED;
            dirty = true;
        }
    }

    void stepEpoch() {
        if (pauseForStep()) {
            trainEpoch();
        }
    }

    void stepBatch() {
        if (pauseForStep()) {
            if (!run.trainBatch() || !run.network().isFinite()) {
                diverge();
            }
            dirty = true;
        }
    }

    private boolean pauseForStep() {
        if (state == TrainerState.PLAYING) {
            state = TrainerState.PAUSED;
        }
        return state == TrainerState.PAUSED && run != null;
    }

    /** One epoch (or what is left of the current one). */
    void trainEpoch() {
        if (!run.trainEpoch() || !run.network().isFinite()) {
            diverge();
        }
        dirty = true;
    }

    /** Sets one kernel entry (layer l, input i, unit j), or one bias (input −1); ignored when out of range. */
    void setParameter(int layer, int input, int unit, double value) {
        if (run == null || !Double.isFinite(value) || layer < 0 || layer >= run.network().layers().size()) {
            return;
        }
        DenseLayer d = run.network().layers().get(layer);
        if (unit < 0 || unit >= d.units() || input >= d.kernel().length / d.units()) {
            return;
        }
        if (input < 0) {
            d.bias()[unit] = value;
        } else {
            d.kernel()[input * d.units() + unit] = value;
        }
        dirty = true;
    }

    private void diverge() {
        divergedAt = run.epoch() + (run.atEpochStart() ? 0 : 1);
        run.restore(backup.lastSane());
        state = TrainerState.DIVERGED;
        message = "Training diverged at epoch " + divergedAt + ": the loss or a weight became infinite or NaN. "
                + "The last weights whose loss was still sane are back. The learning rate ("
                + run.training().optimizer().learningRate() + ") is probably too high: lower it, or reset.";
        dirty = true;
    }

    // new hyperparameters after a divergence: from the last sane weights, with fresh optimizer state
    private void recover() {
        run.restore(backup.lastSane());
        state = TrainerState.PAUSED;
        message = "Learning rate now " + run.training().optimizer().learningRate()
                + "; the last sane weights are back: press play to continue";
    }

    private void rebuild(Experiment e, String reason, boolean keepWeights) {
        boolean wasPlaying = state == TrainerState.PLAYING;
        Experiment start = keepWeights && run != null && e.weights() == null ? e.withWeights(run.weights()) : e;
        experiment = e;
        TrainingRun next;
        try {
            Splits raw = TrainingRun.load(e, baseDir);
            try {
                next = TrainingRun.start(start, raw);
            } catch (InvalidExperimentException ex) {
                if (start == e) {
                    throw ex;
                }
                next = TrainingRun.start(e, raw); // the old weights no longer fit
            }
        } catch (InvalidExperimentException ex) {
            fail(String.join("\n", ex.problems()));
            return;
        } catch (DataException ex) {
            fail("The data could not be loaded: " + ex.getMessage());
            return;
        }
        run = next;
        divergedAt = null;
        message = reason;
        state = wasPlaying ? TrainerState.PLAYING : TrainerState.PAUSED;
        backup = new DivergenceBackup(run.network(), run.evaluate().trainLoss());
        watch = e.training().earlyStopping() == null ? null : new EarlyStopWatch(e.training().earlyStopping());
        snapshots.rebuilt(e, run);
        dirty = true;
    }

    /** Training stops with this message until the next rebuild. */
    void fail(String why) {
        run = null;
        state = TrainerState.FAILED;
        message = why;
        snapshots.failed();
        dirty = true;
    }

    /** Evaluates the run, watches for divergence and early stopping, and publishes a snapshot. */
    void publish() {
        dirty = false;
        if (run == null) {
            snapshots.publishEmpty(state, experiment, message);
            return;
        }
        EpochRecord figures = run.evaluate();
        if (!Double.isFinite(figures.trainLoss()) && state != TrainerState.DIVERGED) {
            diverge();
            figures = run.evaluate();
        } else if (Double.isFinite(figures.trainLoss())) {
            backup.observe(run.network(), figures.trainLoss());
        }
        snapshots.record(figures);
        if (earlyStopping(figures)) {
            figures = run.evaluate(); // the restored best weights' figures replace this epoch's row
            snapshots.record(figures);
        }
        snapshots.publish(state, experiment, run, figures, divergedAt, watch == null ? null : watch.bestEpoch(),
                message);
    }

    /**
     * Early stopping as the headless run does it, on the evaluations the window sees (once per frame, so
     * at high speed the best epoch is the best evaluated one). True if the best weights were restored.
     */
    private boolean earlyStopping(EpochRecord figures) {
        if (watch == null || figures.validationLoss() == null || !Double.isFinite(figures.validationLoss())
                || !watch.observe(figures.epoch(), figures.validationLoss(), run.network())
                || state != TrainerState.PLAYING) {
            return false;
        }
        state = TrainerState.PAUSED;
        boolean restored = watch.restoreBest(run.network());
        message = "Early stopping at epoch " + figures.epoch() + ": the validation loss has not improved for "
                + watch.rule().patience() + " epochs" + (restored ? "; the best weights (epoch " + watch.bestEpoch()
                + ") are restored" : "") + ". Press play to train on.";
        watch.restart();
        return restored;
    }
}
