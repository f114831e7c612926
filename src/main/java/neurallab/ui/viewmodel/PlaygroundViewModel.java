package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import neurallab.data.Builtins;
import neurallab.io.ExperimentDocument;
import neurallab.session.Experiment;
import neurallab.session.insight.RunComparison;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.Speed;
import neurallab.session.live.TrainerWorker;
import neurallab.ui.text.Texts;

/**
 * The playground's state and commands. Views bind to the read-only properties and call the commands;
 * they never touch the engine. The experiment and its undo history belong to the {@link ExperimentEditor};
 * every edit goes through it to the live trainer, which keeps training after a change of hyperparameters
 * and rebuilds the network after any other. {@link #frame()} is called once per frame on the FX thread.
 */
public final class PlaygroundViewModel extends DataCommands implements AutoCloseable {
    /** Resolution of the neuron maps and the output map (cells per side). */
    public static final int GRID = 48;

    /** What closing the window needs. */
    public enum CloseDecision { CLOSE, ASK }

    /** The user's answer to "save changes?". */
    public enum CloseAnswer { SAVE, DISCARD, CANCEL }

    private final Path baseDir;
    private final ExperimentStore store;
    private final RecentFiles recent;
    /** Where the experiment's relative data paths are read from: its file's folder, else baseDir. */
    private Path dataFolder;
    /** The Compare view's pinned runs: saved with the experiment, replaced when a file is opened. */
    private final RunComparison pinnedRuns = new RunComparison();
    private final ReadOnlyBooleanWrapper planar = new ReadOnlyBooleanWrapper(true);
    private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.ONE);
    private final BooleanProperty discretize = new SimpleBooleanProperty(false);
    private final BooleanProperty showTestPoints = new SimpleBooleanProperty(false);
    private final BooleanProperty logScale = new SimpleBooleanProperty(false);
    private final IntegerProperty paintClass = new SimpleIntegerProperty(0);
    private final BooleanProperty paintMode = new SimpleBooleanProperty(false);

    public PlaygroundViewModel(Experiment initial, Path baseDir, Supplier<TrainerWorker> workers,
                               ExperimentStore store, RecentFiles recent) {
        this(initial, baseDir, workers, store, recent, new DocumentState());
    }

    private PlaygroundViewModel(Experiment initial, Path baseDir, Supplier<TrainerWorker> workers,
                                ExperimentStore store, RecentFiles recent, DocumentState document) {
        this(initial, baseDir, store, recent, document, new TrainerBridge(workers));
    }

    private PlaygroundViewModel(Experiment initial, Path baseDir, ExperimentStore store, RecentFiles recent,
                                DocumentState document, TrainerBridge bridge) {
        super(new ExperimentEditor(initial, bridge, document), document, bridge);
        this.baseDir = baseDir;
        this.store = store;
        this.recent = recent;
        this.dataFolder = baseDir;
        bridge.notices(editor::notice);
        bridge.start(initial, baseDir, speed.get(), GRID);
        speed.addListener((o, a, s) -> bridge.trainer().setSpeed(s));
        editor.experiment().addListener((o, a, e) -> planar.set(!e.features().isEmpty()));
        planar.set(!initial.features().isEmpty());
    }

    // ---- properties ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Experiment> experiment() {
        return editor.experiment();
    }

    public ReadOnlyObjectProperty<LiveSnapshot> snapshot() {
        return bridge.snapshot();
    }

    public ReadOnlyBooleanProperty playing() {
        return bridge.playing();
    }

    public ReadOnlyBooleanProperty diverged() {
        return bridge.diverged();
    }

    /** The divergence explanation (empty when training is fine). */
    public ReadOnlyStringProperty banner() {
        return bridge.banner();
    }

    /** The latest notice: a rebuilt network, a refused change, a failed file. */
    public ReadOnlyStringProperty notice() {
        return editor.notice();
    }

    /** What Undo would take back ("Undo: learning rate 0.03 → 0.3"), empty when nothing. */
    public ReadOnlyStringProperty undoLabel() {
        return editor.undoLabel();
    }

    public ReadOnlyStringProperty redoLabel() {
        return editor.redoLabel();
    }

    /** The language changed: the title and the Undo and Redo labels are written again in it. */
    public void textsChanged() {
        document.updateTitle();
        editor.labels();
    }

    public ReadOnlyBooleanProperty dirty() {
        return document.dirty();
    }

    public ReadOnlyObjectProperty<Path> file() {
        return document.file();
    }

    public ReadOnlyStringProperty title() {
        return document.title();
    }

    /** Counts the user's changes (edits, hand-set weights, pins), not training progress: autosave restarts on each. */
    public ReadOnlyLongProperty changes() {
        return document.changes();
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Whether the data is 2-D (neuron maps and the decision boundary apply). */
    public ReadOnlyBooleanProperty planar() {
        return planar.getReadOnlyProperty();
    }

    public ObjectProperty<Speed> speed() {
        return speed;
    }

    public BooleanProperty discretize() {
        return discretize;
    }

    public BooleanProperty showTestPoints() {
        return showTestPoints;
    }

    public BooleanProperty logScale() {
        return logScale;
    }

    public IntegerProperty paintClass() {
        return paintClass;
    }

    public BooleanProperty paintMode() {
        return paintMode;
    }

    /** The recent files and the folder the file choosers last showed. */
    public RecentFiles recent() {
        return recent;
    }

    public List<String> builtinNames() {
        return Builtins.names();
    }

    // ---- the frame and the run commands ----------------------------------------------------------

    /** Once per frame on the FX thread: takes the newest snapshot (never waits). True if it was new. */
    public boolean frame() {
        LiveSnapshot s = bridge.frame();
        if (s != null) {
            document.trained(s);
        }
        return s != null;
    }

    public void play() {
        bridge.play();
    }

    public void pause() {
        bridge.pause();
    }

    public void togglePlay() {
        if (bridge.playing().get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepEpoch() {
        bridge.stepEpoch();
    }

    public void stepBatch() {
        bridge.stepBatch();
    }

    /** New initial weights from the seed (training progress, not an edit). */
    public void reset() {
        bridge.trainer().reset();
    }

    /** A new random seed: data drawn again, weights re-initialised. */
    public void reseed() {
        reseedTo(new SplittableRandom().nextLong(1, 1_000_000));
    }

    /** The same generator drawn again with a new seed (weights re-initialised as well). */
    public void regenerate() {
        reseed();
    }

    public void undo() {
        editor.undo();
    }

    public void redo() {
        editor.redo();
    }

    // ---- weights: training progress, not edits of the experiment ---------------------------------

    public String setWeight(int layer, int input, int unit, String text) {
        Checked<Double> c = Validation.weight(text);
        if (c.isOk()) {
            bridge.trainer().setWeight(layer, input, unit, c.value());
            document.markDirty();
        }
        return c.error();
    }

    public String setBias(int layer, int unit, String text) {
        Checked<Double> c = Validation.weight(text);
        if (c.isOk()) {
            bridge.trainer().setBias(layer, unit, c.value());
            document.markDirty();
        }
        return c.error();
    }

    // ---- files ---------------------------------------------------------------------------------------

    /** The pinned runs of the Compare view, saved with the experiment and restored when a file is opened. */
    public RunComparison pinnedRuns() {
        return pinnedRuns;
    }

    /** The pins were changed (pinned, cleared): the file differs from what was saved. */
    public void pinsChanged() {
        document.markDirty();
    }

    /** The experiment with the current weights, as saved. */
    public Experiment current() {
        LiveSnapshot s = bridge.snapshot().get();
        Experiment e = experimentNow();
        return s == null || s.weights().isEmpty() ? e : e.withWeights(s.weights());
    }

    /**
     * Saves to the current file; false if there is none yet or it failed (the view then asks for a name), or if
     * someone else changed the file since it was opened or saved here: a newer file is never silently replaced.
     */
    public boolean save() {
        Path file = document.file().get();
        if (file != null && document.changedOnDisk()) {
            editor.notice(Texts.get("files.changedOnDisk", file.getFileName()));
            return false;
        }
        return file != null && saveAs(file);
    }

    public boolean saveAs(Path target) {
        try {
            store.write(new ExperimentDocument(current(), pinnedRuns.runs()), target);
        } catch (IOException | RuntimeException e) {
            editor.notice(Texts.get("notice.saveFailed", target.getFileName(), e.getMessage()));
            return false;
        }
        recent.add(target);
        document.saved(target, bridge.snapshot().get());
        editor.notice(Texts.get("notice.saved", target.getFileName()));
        return true;
    }

    public boolean open(Path source) {
        ExperimentDocument d;
        try {
            d = store.readDocument(source);
        } catch (IOException | RuntimeException ex) {
            editor.notice(Texts.get("notice.openFailed", source.getFileName(), ex.getMessage()));
            return false;
        }
        load(d.experiment(), source.toAbsolutePath().getParent());
        pinnedRuns.replaceAll(d.pinnedRuns());
        document.loaded(source);
        recent.add(source);
        editor.notice(Texts.get("notice.opened", source.getFileName()));
        return true;
    }

    /** Starts over with a fresh trainer on this experiment (a new file, or an opened one): no history. */
    public void load(Experiment e, Path dir) {
        editor.reset(e);
        dataFolder = dir == null ? baseDir : dir;
        bridge.start(e, dataFolder, speed.get(), GRID);
        document.loaded(null);
    }

    /** The experiment just loaded is a step of the lesson of this title: the window's title names the lesson. */
    public void loadedFromLesson(String lessonTitle) {
        document.inLesson(lessonTitle);
    }

    /** Takes back an autosaved experiment: it belongs to file (null: untitled) and has unsaved changes. */
    public void restore(ExperimentDocument d, Path file, Path folder) {
        load(d.experiment(), folder);
        pinnedRuns.replaceAll(d.pinnedRuns());
        document.restored(file);
    }

    // ---- lessons: the user's own experiment set aside, then brought back ----------------------------

    /** Sets the user's experiment aside (a lesson starts): the next load starts with an empty history. */
    public Workspace setAside() {
        return new Workspace(current(), dataFolder, document.file().get(), document.dirty().get(), pinnedRuns.runs(),
                editor.setAsideHistory());
    }

    /** Brings back what {@link #setAside} kept: the experiment with its weights, history, file, pins and saved state. */
    public void restore(Workspace w) {
        load(w.experiment(), w.dir());
        editor.bringBack(w.history());
        pinnedRuns.replaceAll(w.pins());
        document.loaded(w.file());
        if (w.dirty()) {
            document.markDirty();
        }
    }

    public void newExperiment() {
        load(Edits.playgroundDefault(), baseDir);
    }

    public CloseDecision closeRequested() {
        return document.dirty().get() ? CloseDecision.ASK : CloseDecision.CLOSE;
    }

    /**
     * The answer to "save changes?": true if the window may close. SAVE with no file yet needs a target
     * (pass it; null means the user cancelled the file chooser).
     */
    public boolean resolveClose(CloseAnswer answer, Path target) {
        return switch (answer) {
            case CANCEL -> false;
            case DISCARD -> true;
            case SAVE -> target != null && saveAs(target);
        };
    }

    /** Shows a message in the window's notice (what an export wrote, or why it could not). */
    public void say(String message) {
        editor.notice(message);
    }

    public void dismissNotice() {
        editor.notice("");
    }

    @Override
    public void close() {
        bridge.close();
    }
}
