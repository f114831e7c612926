package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import neurallab.data.CsvExport;
import neurallab.data.CsvImport;
import neurallab.data.DataException;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.GeneratorInfo;
import neurallab.data.Generators;
import neurallab.data.ProblemType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.Limits;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.text.Phrase;
import neurallab.ui.text.Texts;

/**
 * The playground's edits of the data: a generator, a bundled data set or a CSV file (each starts an
 * untitled experiment, so the opened file is never overwritten with other data), the generator's
 * settings, and painted points.
 */
abstract class DataCommands extends EditCommands {
    protected final DocumentState document;
    protected final TrainerBridge bridge;
    private Object stroke;

    DataCommands(ExperimentEditor editor, DocumentState document, TrainerBridge bridge) {
        super(editor);
        this.document = document;
        this.bridge = bridge;
    }

    private void newData(Experiment next, Phrase label) {
        if (editor.edit(next, label)) {
            document.untitled();
        }
    }

    public void setProblem(ProblemType problem) {
        if (experimentNow().problem() != problem) {
            selectGenerator(problem == ProblemType.REGRESSION ? "plane" : "circle");
        }
    }

    public void selectGenerator(String name) {
        GeneratorInfo info = Generators.info(name).orElseThrow();
        Experiment e = experimentNow();
        DataSource.Generator old = e.data() instanceof DataSource.Generator g ? g : null;
        DataSource.Generator g = old == null
                ? new DataSource.Generator(name, info.defaultSamples(), 0.0, info.defaultClasses(), 0.5, 0.0)
                : old.withGenerator(name).withClasses(info.defaultClasses());
        List<Feature> features = e.features().isEmpty() ? List.of(Feature.X1, Feature.X2) : e.features();
        newData(Edits.withData(e, info.problem(), g, features), Phrase.of("edit.data", name));
    }

    public void selectBuiltin(String name) {
        Experiment e = experimentNow();
        double test = e.data() instanceof DataSource.Generator g ? g.testFraction() : 0.3;
        newData(Edits.withData(e, ProblemType.CLASSIFICATION, new DataSource.Builtin(name, test, 0.0), List.of()),
                Phrase.of("edit.data", name));
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
            classes = CsvImport.read(file, file.getFileName().toString(), null, problem).data().classCount();
        } catch (DataException e) {
            problem = ProblemType.REGRESSION;
            classes = 0;
            try {
                CsvImport.read(file, file.getFileName().toString(), null, problem);
            } catch (DataException again) {
                editor.notice(Texts.get("notice.importFailed", file.getFileName(), again.getMessage()));
                return;
            }
        }
        Experiment e = experimentNow();
        // the class count comes from the file: fit the output layer to it
        Loss loss = ExperimentRules.losses(problem, classes).contains(e.training().loss()) ? e.training().loss()
                : ExperimentRules.defaultLoss(problem, classes);
        List<LayerSpec> layers = new ArrayList<>(Edits.hidden(e));
        layers.add(ExperimentRules.outputLayer(problem, classes, loss));
        newData(e.withProblem(problem).withData(new DataSource.Csv(file.toString(), null, 0.3, 0.0))
                .withFeatures(List.of()).withLayers(layers).withWeights(null).withTraining(e.training().withLoss(loss)),
                Phrase.of("edit.data", file.getFileName()));
    }

    public String setNoise(String text) {
        Checked<Double> c = Validation.noise(text);
        if (c.isOk()) {
            editGenerator(g -> g.withNoise(c.value()), g -> change(RangeTexts.namePhrase(Limits.NOISE), g.noise(), c.value()));
        }
        return c.error();
    }

    public String setSamples(String text) {
        Checked<Integer> c = Validation.samples(text);
        if (c.isOk()) {
            editGenerator(g -> g.withSamples(c.value()), g -> change(RangeTexts.namePhrase(Limits.SAMPLES), g.samples(), c.value()));
        }
        return c.error();
    }

    public String setTestFraction(String text) {
        double val = experimentNow().data() instanceof DataSource.Generator g ? g.validationFraction() : 0;
        Checked<Double> c = Validation.fraction(text, Limits.TEST_FRACTION, val);
        if (c.isOk()) {
            editGenerator(g -> g.withTestFraction(c.value()), g -> change(RangeTexts.namePhrase(Limits.TEST_FRACTION), g.testFraction(), c.value()));
        }
        return c.error();
    }

    public String setValidationFraction(String text) {
        double test = experimentNow().data() instanceof DataSource.Generator g ? g.testFraction() : 0;
        Checked<Double> c = Validation.fraction(text, Limits.VALIDATION_FRACTION, test);
        if (c.isOk()) {
            editGenerator(g -> g.withValidationFraction(c.value()),
                    g -> change(RangeTexts.namePhrase(Limits.VALIDATION_FRACTION), g.validationFraction(), c.value()));
        }
        return c.error();
    }

    public void setClassCount(int classes) {
        editGenerator(g -> g.withClasses(classes), g -> change(Phrase.of("edit.classes"), g.classes(), classes));
    }

    private void editGenerator(UnaryOperator<DataSource.Generator> edit,
                               Function<DataSource.Generator, Phrase> label) {
        Experiment e = experimentNow();
        if (e.data() instanceof DataSource.Generator g) {
            editor.edit(Edits.withData(e, e.problem(), edit.apply(g), e.features()), label.apply(g));
        } else {
            editor.notice(Texts.get("edit.generatorOnly"));
        }
    }

    // ---- painting: one stroke (press to release) is one step of the history ----------------------

    /** Adds a painted point (2-D data only); the weights carry over while the output layer fits. */
    public void paint(double x1, double x2, double label) {
        LiveSnapshot s = paintable();
        if (s != null) {
            editor.edit(Painting.add(experimentNow(), s.rawSplits(), x1, x2, label), Phrase.of("edit.painted"), null, stroke());
        }
    }

    /** Removes the painted point nearest to (x1, x2), within radius. */
    public void erase(double x1, double x2, double radius) {
        LiveSnapshot s = paintable();
        Experiment next = s == null ? null : Painting.erase(experimentNow(), s.rawSplits(), x1, x2, radius);
        if (next != null) {
            editor.edit(next, Phrase.of("edit.erased"), null, stroke());
        }
    }

    /** Writes the current data (features applied, with a split column) as CSV. */
    public boolean exportCsv(Path target) {
        LiveSnapshot s = bridge.snapshot().get();
        if (s == null || s.rawSplits() == null) {
            return false;
        }
        try {
            CsvExport.write(s.rawSplits(), target);
            editor.notice(Texts.get("notice.exported", target.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            editor.notice(Texts.get("notice.exportFailed", target.getFileName(), e.getMessage()));
            return false;
        }
    }

    /** The mouse was released: the next point starts a new step. */
    public void endStroke() {
        stroke = null;
        editor.seal();
    }

    private Object stroke() {
        if (stroke == null) {
            stroke = new Object();
        }
        return stroke;
    }

    private LiveSnapshot paintable() {
        if (experimentNow().features().isEmpty()) {
            editor.notice(Texts.get("edit.paintingNeeds2d"));
            return null;
        }
        LiveSnapshot s = bridge.snapshot().get();
        return s == null || s.rawSplits() == null ? null : s;
    }
}
