package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import neurallab.data.Builtins;
import neurallab.data.DataSource;
import neurallab.data.Dataset;
import neurallab.data.Feature;
import neurallab.data.GeneratorInfo;
import neurallab.data.Generators;
import neurallab.data.PointSet;
import neurallab.data.ProblemType;
import neurallab.data.Splits;
import neurallab.engine.Activation;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import neurallab.io.ExperimentDocument;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.Limits;
import neurallab.session.TrainingSpec;
import neurallab.session.insight.RunComparison;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.LiveTrainer;
import neurallab.session.live.Speed;
import neurallab.session.live.TrainerState;
import neurallab.session.live.TrainerWorker;

/**
 * The playground's state and commands. Views bind to the read-only properties and call the commands;
 * they never touch the engine. Hyperparameters go to the live trainer without a reset; architecture,
 * activation, initializer, data and feature changes rebuild the network and say so in {@link #notice()}.
 * {@link #frame()} is called once per frame on the FX thread: it takes the trainer's newest snapshot.
 */
public final class PlaygroundViewModel implements AutoCloseable {
    /** Resolution of the neuron maps and the output map (cells per side). */
    public static final int GRID = 48;

    /** What closing the window needs. */
    public enum CloseDecision { CLOSE, ASK }

    /** The user's answer to "save changes?". */
    public enum CloseAnswer { SAVE, DISCARD, CANCEL }

    private final Path baseDir;
    private final Supplier<TrainerWorker> workers;
    private final ExperimentStore store;
    private final RecentFiles recent;
    /** The Compare view's pinned runs: saved with the experiment, replaced when a file is opened. */
    private final RunComparison pinnedRuns = new RunComparison();
    private LiveTrainer trainer;
    private LiveSnapshot previous; // the snapshot shown before the current one

    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LiveSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("NeuralLab");
    private final ReadOnlyBooleanWrapper planar = new ReadOnlyBooleanWrapper(true);
    private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.ONE);
    private final BooleanProperty discretize = new SimpleBooleanProperty(false);
    private final BooleanProperty showTestPoints = new SimpleBooleanProperty(false);
    private final BooleanProperty logScale = new SimpleBooleanProperty(false);
    private final IntegerProperty paintClass = new SimpleIntegerProperty(0);
    private final BooleanProperty paintMode = new SimpleBooleanProperty(false);
    private PointSet painted;
    private List<double[]> paintedTest = List.of();
    private long savedSteps;
    private long savedSerialGeneration = -1;

    public PlaygroundViewModel(Experiment initial, Path baseDir, Supplier<TrainerWorker> workers,
                               ExperimentStore store, RecentFiles recent) {
        this.baseDir = baseDir;
        this.workers = workers;
        this.store = store;
        this.recent = recent;
        experiment.set(initial);
        trainer = new LiveTrainer(initial, baseDir, GRID, workers.get());
        speed.addListener((o, a, s) -> trainer.setSpeed(s));
        experiment.addListener((o, a, e) -> planar.set(!e.features().isEmpty()));
        planar.set(!initial.features().isEmpty());
        updateTitle();
    }

    // ---- properties ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Experiment> experiment() {
        return experiment.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LiveSnapshot> snapshot() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playing() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty diverged() {
        return diverged.getReadOnlyProperty();
    }

    /** The divergence explanation (empty when training is fine). */
    public ReadOnlyStringProperty banner() {
        return banner.getReadOnlyProperty();
    }

    /** The latest notice: a rebuilt network, a refused change, a failed file. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
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

    public List<Path> recentFiles() {
        return recent.list();
    }

    // ---- the frame -------------------------------------------------------------------------------

    /** Once per frame on the FX thread: takes the newest snapshot (never waits). True if it was new. */
    public boolean frame() {
        LiveSnapshot s = trainer.take();
        if (s == null || s == snapshot.get()) {
            return false;
        }
        LiveSnapshot before = snapshot.get();
        // the views still draw `before` until this frame's update; its maps go back one frame later (unless a
        // later snapshot carries the same maps: see LiveSnapshot.Turn)
        if (previous != null && previous != s && previous.grid() != null && previous.grid() != s.grid()
                && (before == null || previous.grid() != before.grid())) {
            trainer.recycle(previous.grid());
        }
        previous = before;
        snapshot.set(s);
        playing.set(s.state() == TrainerState.PLAYING);
        boolean isDiverged = s.state() == TrainerState.DIVERGED;
        diverged.set(isDiverged);
        banner.set(isDiverged || s.state() == TrainerState.FAILED ? s.message() : "");
        if (!isDiverged && s.state() != TrainerState.FAILED && s.message() != null
                && (before == null || !s.message().equals(before.message()))) {
            notice.set(s.message());
        }
        if (savedSerialGeneration < 0) {
            savedSerialGeneration = s.generation();
            savedSteps = s.steps();
        }
        if (s.generation() != savedSerialGeneration || s.steps() != savedSteps) {
            markDirty();
        }
        return true;
    }

    // ---- run commands ----------------------------------------------------------------------------

    public void play() {
        if (!diverged.get()) {
            trainer.play();
            playing.set(true);
        }
    }

    public void pause() {
        trainer.pause();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepEpoch() {
        playing.set(false);
        trainer.stepEpoch();
    }

    public void stepBatch() {
        playing.set(false);
        trainer.stepBatch();
    }

    /** New initial weights from the seed. */
    public void reset() {
        trainer.reset();
    }

    /** A new random seed: data drawn again, weights re-initialised. */
    public void reseed() {
        long seed = new java.util.SplittableRandom().nextLong(1, 1_000_000);
        experiment.set(experiment.get().withSeed(seed).withWeights(null));
        markDirty();
        trainer.apply(experiment.get());
        updateTitle();
    }

    /** After a divergence: learning rate × 0.1, fresh optimizer state, last finite weights. */
    public void lowerLearningRate() {
        TrainingSpec t = experiment.get().training();
        double lr = t.optimizer().learningRate() * 0.1;
        TrainingSpec lower = t.withOptimizer(t.optimizer().withLearningRate(lr));
        experiment.set(experiment.get().withTraining(lower));
        markDirty();
        trainer.apply(experiment.get());
    }

    // ---- hyperparameters: applied at the next mini-batch, no reset -------------------------------

    public String setLearningRate(String text) {
        Checked<Double> c = Validation.learningRate(text);
        if (c.isOk()) {
            TrainingSpec t = experiment.get().training();
            updateTraining(t.withOptimizer(t.optimizer().withLearningRate(c.value())));
        }
        return c.error();
    }

    public void setOptimizer(OptimizerType type) {
        TrainingSpec t = experiment.get().training();
        if (t.optimizer().type() != type) {
            updateTraining(t.withOptimizer(OptimizerSettings.defaults(type, t.optimizer().learningRate())));
        }
    }

    public void setOptimizerSettings(OptimizerSettings settings) {
        updateTraining(experiment.get().training().withOptimizer(settings));
    }

    public String setBatchSize(String text) {
        Checked<Integer> c = Validation.batchSize(text);
        if (c.isOk()) {
            Experiment e = experiment.get();
            if (c.value() == 1 && e.layers().stream().anyMatch(LayerSpec::batchNorm)) {
                return "batch size must be at least 2 with batch norm on";
            }
            updateTraining(e.training().withBatchSize(c.value()));
        }
        return c.error();
    }

    /** kind: "none", "L1" or "L2". */
    public String setRegularization(String kind, String rateText) {
        Checked<Double> c = Validation.regularizationRate(rateText);
        if (!c.isOk()) {
            return c.error();
        }
        double rate = c.value();
        Regularization r = switch (kind) {
            case "L1" -> new Regularization(rate, 0);
            case "L2" -> new Regularization(0, rate);
            default -> Regularization.NONE;
        };
        updateTraining(experiment.get().training().withRegularization(r));
        return null;
    }

    /** Early stopping on the validation loss (patience 20 epochs, best weights restored). */
    public void setEarlyStopping(boolean on) {
        Experiment e = experiment.get();
        TrainingSpec t = e.training();
        if (on && !(e.data() instanceof DataSource.Generator g && g.validationFraction() > 0)) {
            notice.set("Early stopping watches the validation loss: set a validation fraction > 0 first");
            return;
        }
        updateTraining(t.withEarlyStopping(on ? new neurallab.session.EarlyStopping(20, 0.0, true) : null));
    }

    public void setSchedule(Schedule schedule) {
        updateTraining(experiment.get().training().withSchedule(schedule));
    }

    public void setScheduleType(ScheduleType type) {
        setSchedule(experiment.get().training().schedule().withType(type));
    }

    public String setDropout(int layer, String text) {
        Checked<Double> c = Validation.dropout(text);
        if (c.isOk()) {
            Experiment e = experiment.get();
            List<LayerSpec> layers = new ArrayList<>(e.layers());
            LayerSpec s = layers.get(layer);
            layers.set(layer, s.withDropout(c.value()));
            experiment.set(e.withLayers(layers));
            markDirty();
            trainer.apply(experiment.get());
        }
        return c.error();
    }

    private void updateTraining(TrainingSpec t) {
        experiment.set(experiment.get().withTraining(t));
        markDirty();
        trainer.apply(experiment.get());
    }

    // ---- changes that rebuild the network --------------------------------------------------------

    public void setLoss(Loss loss) {
        Experiment e = experiment.get();
        if (e.training().loss() == loss) {
            return;
        }
        rebuild(Edits.settleOutput(e.withTraining(e.training().withLoss(loss))), "loss changed to " + loss.id());
    }

    public void setProblem(ProblemType problem) {
        if (experiment.get().problem() == problem) {
            return;
        }
        selectGenerator(problem == ProblemType.REGRESSION ? "plane" : "circle");
    }

    public void setInitializer(InitializerType type) {
        Experiment e = experiment.get();
        rebuild(e.withInitializer(e.initializer().withType(type)).withWeights(null),
                "initializer changed to " + type.id());
    }

    /** Every hidden layer's activation. */
    public void setDefaultActivation(Activation a) {
        Experiment e = experiment.get();
        List<LayerSpec> hidden = new ArrayList<>();
        for (LayerSpec s : Edits.hidden(e)) {
            hidden.add(s.withActivation(a));
        }
        rebuild(Edits.withHidden(e, hidden), "activation changed to " + a.id());
    }

    public String setSeed(String text) {
        Checked<Long> c = Validation.seed(text);
        if (c.isOk() && c.value() != experiment.get().seed()) {
            experiment.set(experiment.get().withSeed(c.value()).withWeights(null));
            markDirty();
            trainer.apply(experiment.get());
        }
        return c.error();
    }

    public void addLayer() {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experiment.get()));
        if (!Limits.HIDDEN_LAYERS.contains(hidden.size() + 1)) {
            notice.set("Not added: " + Limits.HIDDEN_LAYERS.name() + " must be " + Limits.HIDDEN_LAYERS.describe());
            return;
        }
        Activation a = hidden.isEmpty() ? Activation.TANH : hidden.get(hidden.size() - 1).activation();
        int units = hidden.isEmpty() ? 4 : Math.min(hidden.get(hidden.size() - 1).units(), 8);
        hidden.add(new LayerSpec(units, a));
        rebuild(Edits.withHidden(experiment.get(), hidden), "hidden layer added");
    }

    public void removeLayer() {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experiment.get()));
        if (hidden.isEmpty()) {
            return;
        }
        hidden.remove(hidden.size() - 1);
        rebuild(Edits.withHidden(experiment.get(), hidden), "hidden layer removed");
    }

    public void addNeuron(int layer) {
        changeUnits(layer, +1);
    }

    public void removeNeuron(int layer) {
        changeUnits(layer, -1);
    }

    private void changeUnits(int layer, int delta) {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experiment.get()));
        LayerSpec s = hidden.get(layer);
        int units = s.units() + delta;
        if (!Limits.UNITS.contains(units)) {
            notice.set("Not changed: " + Limits.UNITS.name() + " must be " + Limits.UNITS.describe());
            return;
        }
        hidden.set(layer, s.withUnits(units));
        rebuild(Edits.withHidden(experiment.get(), hidden),
                "layer " + (layer + 1) + " now has " + units + (units == 1 ? " neuron" : " neurons"));
    }

    public void setLayerActivation(int layer, Activation a) {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experiment.get()));
        LayerSpec s = hidden.get(layer);
        if (s.activation() == a) {
            return;
        }
        hidden.set(layer, s.withActivation(a));
        rebuild(Edits.withHidden(experiment.get(), hidden), "layer " + (layer + 1) + " activation " + a.id());
    }

    public void setLayerBatchNorm(int layer, boolean on) {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experiment.get()));
        LayerSpec s = hidden.get(layer);
        if (on && experiment.get().training().batchSize() == 1) {
            notice.set("Batch norm needs mini-batches of at least 2: raise the batch size first");
            return;
        }
        hidden.set(layer, s.withBatchNorm(on));
        rebuild(Edits.withHidden(experiment.get(), hidden), "layer " + (layer + 1) + " batch norm " + (on ? "on" : "off"));
    }

    public void toggleFeature(Feature f) {
        Experiment e = experiment.get();
        if (e.features().isEmpty()) {
            return;
        }
        List<Feature> fs = new ArrayList<>(e.features());
        if (fs.contains(f)) {
            if (fs.size() == 1) {
                notice.set("At least one input feature must stay on");
                return;
            }
            fs.remove(f);
        } else {
            fs.add(f);
            fs.sort(null);
        }
        rebuild(e.withFeatures(fs).withWeights(null), "input " + f.id() + (fs.contains(f) ? " on" : " off"));
    }

    // ---- data --------------------------------------------------------------------------------------

    public void selectGenerator(String name) {
        GeneratorInfo info = Generators.info(name).orElseThrow();
        Experiment e = experiment.get();
        DataSource.Generator old = e.data() instanceof DataSource.Generator g ? g : null;
        DataSource.Generator g = new DataSource.Generator(name, old == null ? info.defaultSamples() : old.samples(),
                old == null ? 0.0 : old.noise(), info.defaultClasses(), old == null ? 0.5 : old.testFraction(),
                old == null ? 0.0 : old.validationFraction());
        List<Feature> features = e.features().isEmpty() ? List.of(Feature.X1, Feature.X2) : e.features();
        painted = null;
        rebuild(Edits.withData(e, info.problem(), g, features), "data: " + name);
    }

    public void selectBuiltin(String name) {
        Experiment e = experiment.get();
        double test = e.data() instanceof DataSource.Generator g ? g.testFraction() : 0.3;
        painted = null;
        rebuild(Edits.withData(e, ProblemType.CLASSIFICATION, new DataSource.Builtin(name, test, 0.0), List.of()),
                "data: " + name + " (not 2-D: no neuron maps)");
    }

    /**
     * A CSV file as the data (not 2-D: every column but the label is an input; the last column is the
     * label). Classification when the labels are class names or whole numbers, else regression.
     */
    public void selectCsv(Path csv) {
        Path file = csv.toAbsolutePath().normalize();
        ProblemType problem = ProblemType.CLASSIFICATION;
        int classes;
        try {
            classes = neurallab.data.CsvImport.read(file, file.getFileName().toString(), null, problem).data().classCount();
        } catch (neurallab.data.DataException e) {
            problem = ProblemType.REGRESSION;
            classes = 0;
            try {
                neurallab.data.CsvImport.read(file, file.getFileName().toString(), null, problem);
            } catch (neurallab.data.DataException again) {
                notice.set("Could not import " + file.getFileName() + ": " + again.getMessage());
                return;
            }
        }
        Experiment e = experiment.get();
        painted = null;
        // the class count comes from the file: fit the output layer to it
        Loss loss = ExperimentRules.losses(problem, classes).contains(e.training().loss()) ? e.training().loss()
                : ExperimentRules.defaultLoss(problem, classes);
        List<LayerSpec> layers = new ArrayList<>(Edits.hidden(e));
        layers.add(ExperimentRules.outputLayer(problem, classes, loss));
        Experiment next = e.withProblem(problem).withData(new DataSource.Csv(file.toString(), null, 0.3, 0.0))
                .withFeatures(List.of()).withLayers(layers).withWeights(null)
                .withTraining(e.training().withLoss(loss));
        rebuild(next, "data: " + file.getFileName() + " (" + problem.id() + (classes > 0 ? ", " + classes + " classes" : "")
                + "; not 2-D: no neuron maps)");
    }

    /** Writes the current data (features applied, with a split column) as CSV. */
    public boolean exportCsv(Path target) {
        LiveSnapshot s = snapshot.get();
        if (s == null || s.rawSplits() == null) {
            return false;
        }
        try {
            neurallab.data.CsvExport.write(s.rawSplits(), target);
            notice.set("Exported the data to " + target.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            notice.set("Could not export " + target.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    public List<String> builtinNames() {
        return Builtins.names();
    }

    public String setNoise(String text) {
        Checked<Double> c = Validation.noise(text);
        if (c.isOk()) {
            editGenerator(g -> g.withNoise(c.value()), "noise " + c.value());
        }
        return c.error();
    }

    public String setSamples(String text) {
        Checked<Integer> c = Validation.samples(text);
        if (c.isOk()) {
            editGenerator(g -> g.withSamples(c.value()), c.value() + " samples");
        }
        return c.error();
    }

    public String setTestFraction(String text) {
        double val = experiment.get().data() instanceof DataSource.Generator g ? g.validationFraction() : 0;
        Checked<Double> c = Validation.fraction(text, "test fraction", val);
        if (c.isOk()) {
            editGenerator(g -> g.withTestFraction(c.value()), "test fraction " + c.value());
        }
        return c.error();
    }

    public String setValidationFraction(String text) {
        double test = experiment.get().data() instanceof DataSource.Generator g ? g.testFraction() : 0;
        Checked<Double> c = Validation.fraction(text, "validation fraction", test);
        if (c.isOk()) {
            editGenerator(g -> g.withValidationFraction(c.value()), "validation fraction " + c.value());
        }
        return c.error();
    }

    public void setClassCount(int classes) {
        editGenerator(g -> g.withClasses(classes), classes + " classes");
    }

    /** The same generator drawn again with a new seed (weights re-initialised as well). */
    public void regenerate() {
        reseed();
    }

    private void editGenerator(java.util.function.UnaryOperator<DataSource.Generator> edit, String what) {
        Experiment e = experiment.get();
        if (e.data() instanceof DataSource.Generator g) {
            DataSource.Generator next = edit.apply(g);
            if (!next.equals(g)) {
                rebuild(Edits.withData(e, e.problem(), next, e.features()), "data: " + what);
            }
        } else {
            notice.set("This setting applies to generated data; pick a generator first");
        }
    }

    /** Adds a painted point (2-D data only); the weights carry over. */
    public void paint(double x1, double x2, double label) {
        if (!ensurePainting()) {
            return;
        }
        painted.add(x1, x2, label);
        rebuildPainted();
    }

    /** Removes the painted point nearest to (x1, x2), within radius. */
    public void erase(double x1, double x2, double radius) {
        if (ensurePainting() && painted.removeNearest(x1, x2, radius)) {
            rebuildPainted();
        }
    }

    private boolean ensurePainting() {
        if (!planar.get()) {
            notice.set("Painting needs 2-D data");
            return false;
        }
        if (painted != null) {
            return true;
        }
        LiveSnapshot s = snapshot.get();
        if (s == null || s.rawSplits() == null) {
            return false;
        }
        painted = new PointSet();
        Splits raw = s.rawSplits();
        for (Dataset d : List.of(raw.train(), raw.validation())) {
            for (int r = 0; r < d.size(); r++) {
                painted.add(d.inputs()[r][0], d.inputs()[r][1], d.targets()[r]);
            }
        }
        List<double[]> test = new ArrayList<>();
        for (int r = 0; r < raw.test().size(); r++) {
            test.add(new double[] {raw.test().inputs()[r][0], raw.test().inputs()[r][1], raw.test().targets()[r]});
        }
        paintedTest = test;
        return true;
    }

    private void rebuildPainted() {
        Experiment e = experiment.get();
        DataSource.Inline data = new DataSource.Inline(painted.rows(), List.of(), paintedTest);
        Experiment next = e.withData(data).withWeights(null);
        next = Edits.settleOutput(next);
        experiment.set(next);
        markDirty();
        trainer.apply(next);
    }

    // ---- weights -------------------------------------------------------------------------------------

    public String setWeight(int layer, int input, int unit, String text) {
        Checked<Double> c = Validation.weight(text);
        if (c.isOk()) {
            trainer.setWeight(layer, input, unit, c.value());
            markDirty();
        }
        return c.error();
    }

    public String setBias(int layer, int unit, String text) {
        Checked<Double> c = Validation.weight(text);
        if (c.isOk()) {
            trainer.setBias(layer, unit, c.value());
            markDirty();
        }
        return c.error();
    }

    // ---- rebuild ----------------------------------------------------------------------------------------

    private void rebuild(Experiment next, String why) {
        List<String> problems = ExperimentRules.structural(next);
        if (!problems.isEmpty()) {
            notice.set("Not applied: " + String.join("; ", problems));
            return;
        }
        experiment.set(next);
        markDirty();
        trainer.apply(next, why);
    }

    // ---- files ---------------------------------------------------------------------------------------

    /** The pinned runs of the Compare view, saved with the experiment and restored when a file is opened. */
    public RunComparison pinnedRuns() {
        return pinnedRuns;
    }

    /** The pins were changed (pinned, cleared): the file differs from what was saved. */
    public void pinsChanged() {
        markDirty();
    }

    /** The experiment with the current weights, as saved. */
    public Experiment current() {
        LiveSnapshot s = snapshot.get();
        Experiment e = experiment.get();
        return s == null || s.weights().isEmpty() ? e : e.withWeights(s.weights());
    }

    /** Saves to the current file; false if there is none yet (the view asks for one) or it failed. */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    public boolean saveAs(Path target) {
        try {
            store.write(new ExperimentDocument(current(), pinnedRuns.runs()), target);
        } catch (IOException | RuntimeException e) {
            notice.set("Could not save " + target.getFileName() + ": " + e.getMessage());
            return false;
        }
        file.set(target);
        recent.add(target);
        dirty.set(false);
        LiveSnapshot s = snapshot.get();
        savedSteps = s == null ? 0 : s.steps();
        savedSerialGeneration = s == null ? -1 : s.generation();
        notice.set("Saved " + target.getFileName());
        updateTitle();
        return true;
    }

    public boolean open(Path source) {
        ExperimentDocument d;
        try {
            d = store.readDocument(source);
        } catch (IOException | RuntimeException ex) {
            notice.set("Could not open " + source.getFileName() + ": " + ex.getMessage());
            return false;
        }
        load(d.experiment(), source.toAbsolutePath().getParent());
        pinnedRuns.replaceAll(d.pinnedRuns());
        file.set(source);
        recent.add(source);
        notice.set("Opened " + source.getFileName());
        updateTitle();
        return true;
    }

    /** Starts over with a fresh trainer on this experiment (a new file, or an opened one). */
    public void load(Experiment e, Path dir) {
        trainer.close();
        painted = null;
        experiment.set(e);
        trainer = new LiveTrainer(e, dir == null ? baseDir : dir, GRID, workers.get());
        trainer.setSpeed(speed.get());
        snapshot.set(null);
        playing.set(false);
        diverged.set(false);
        banner.set("");
        file.set(null);
        dirty.set(false);
        savedSerialGeneration = -1;
        updateTitle();
    }

    public void newExperiment() {
        load(Edits.playgroundDefault(), baseDir);
    }

    public CloseDecision closeRequested() {
        return dirty.get() ? CloseDecision.ASK : CloseDecision.CLOSE;
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

    private void markDirty() {
        if (!dirty.get()) {
            dirty.set(true);
            updateTitle();
        }
    }

    private void updateTitle() {
        String name = file.get() == null ? "untitled" : file.get().getFileName().toString();
        title.set((dirty.get() ? "• " : "") + name + " — NeuralLab");
    }

    public void dismissNotice() {
        notice.set("");
    }

    @Override
    public void close() {
        trainer.close();
    }
}
