package neurallab.ui.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import neurallab.data.DataLoader;
import neurallab.data.DataSource;
import neurallab.data.Dataset;
import neurallab.data.GeneratorInfo;
import neurallab.data.Generators;
import neurallab.data.ProblemType;
import neurallab.data.Splits;
import neurallab.session.Experiment;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.Format;
import neurallab.session.Limits;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RangeTexts;
import neurallab.ui.viewmodel.Validation;
import org.kordamp.ikonli.javafx.FontIcon;

/** The data: generator thumbnails, bundled data sets, noise, samples, splits, regenerate, paint mode. */
public final class DataPanel extends ScrollPane {
    private static final int THUMB = 56;
    private static final double SIDE = Limits.PLANE_MAX - Limits.PLANE_MIN;
    private final PlaygroundViewModel vm;
    private final List<StackPane> thumbs = new ArrayList<>();
    private final ValidatedField noise;
    private final ValidatedField samples;
    private final ValidatedField test;
    private final ValidatedField validation;
    private final Spinner<Integer> classes = new Spinner<>(2, 10, 2);
    private final VBox classBox;
    private boolean updating;

    public DataPanel(PlaygroundViewModel vm, Subscriptions subscriptions) {
        this.vm = vm;
        getStyleClass().add("data-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label title = new Label(Texts.get("data.title"));
        title.getStyleClass().add("panel-title");
        TilePane tiles = new TilePane(6, 6);
        tiles.setPrefColumns(3);
        tiles.setId("datasetTiles");
        for (GeneratorInfo info : Generators.infos()) {
            StackPane t = thumb(info);
            thumbs.add(t);
            tiles.getChildren().add(t);
        }
        FlowPane builtins = new FlowPane(6, 6);
        for (String name : vm.builtinNames()) {
            Button b = new Button(name);
            b.setId("builtin-" + name);
            LazyTooltip.install(b, Texts.get("data.builtin.help", name));
            b.setOnAction(e -> vm.selectBuiltin(name));
            builtins.getChildren().add(b);
        }
        Label real = new Label(Texts.get("data.real"));
        real.getStyleClass().add("field-label");
        noise = new ValidatedField(Texts.get("data.noise"), Texts.get("data.noise.help", RangeTexts.describe(Limits.NOISE)), 5,
                t -> Validation.noise(t).error(), vm::setNoise);
        noise.setId("noiseField");
        samples = new ValidatedField(Texts.get("data.samples"), Texts.get("data.samples.help", RangeTexts.describe(Limits.SAMPLES)), 5, t -> Validation.samples(t).error(), vm::setSamples);
        samples.setId("samplesField");
        test = new ValidatedField(Texts.get("data.testFraction"), Texts.get("data.testFraction.help"), 5,
                t -> Validation.fraction(t, Limits.TEST_FRACTION, 0).error(), vm::setTestFraction);
        test.setId("testFractionField");
        validation = new ValidatedField(Texts.get("data.validation"), Texts.get("data.validation.help"), 5,
                t -> Validation.fraction(t, Limits.VALIDATION_FRACTION, 0).error(), vm::setValidationFraction);
        validation.setId("validationFractionField");
        classes.setEditable(false);
        classes.setPrefWidth(80);
        classes.valueProperty().addListener((o, a, k) -> {
            if (!updating && k != null) {
                vm.setClassCount(k);
            }
        });
        classBox = Labelled.of(Texts.get("data.classes"), Texts.get("data.classes.help"), classes);
        Button regenerate = new Button(Texts.get("data.regenerate"), new FontIcon("mdi-refresh"));
        regenerate.setId("regenerateButton");
        LazyTooltip.install(regenerate, Texts.get("data.regenerate.help"));
        regenerate.setOnAction(e -> vm.regenerate());
        FlowPane fields = new FlowPane(8, 6, noise, samples, test, validation, classBox);
        VBox box = new VBox(8, title, tiles, real, builtins, fields, regenerate);
        box.getStyleClass().add("panel");
        setContent(box);
        subscriptions.listen(vm.experiment(), (o, a, e) -> show(e));
        show(vm.experiment().get());
    }

    private StackPane thumb(GeneratorInfo info) {
        Canvas c = new Canvas(THUMB, THUMB);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setFill(Color.web("#f4f4f4"));
        gc.fillRect(0, 0, THUMB, THUMB);
        try {
            Splits s = DataLoader.load(new DataSource.Generator(info.name(), 200, 0.0, 0, 0.5, 0.0), info.problem(),
                    Path.of("."), 1);
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Dataset d : List.of(s.train(), s.test())) {
                for (double y : d.targets()) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
            for (Dataset d : List.of(s.train(), s.test())) {
                for (int i = 0; i < d.size(); i++) {
                    double x = (d.inputs()[i][0] - Limits.PLANE_MIN) / SIDE * THUMB, y = (Limits.PLANE_MAX - d.inputs()[i][1]) / SIDE * THUMB;
                    double t = d.targets()[i];
                    int col = info.problem() == ProblemType.CLASSIFICATION ? ColorScale.classColor((int) t)
                            : ColorScale.diverging(hi > lo ? 2 * (t - lo) / (hi - lo) - 1 : 0);
                    gc.setFill(ChartView.rgb(col));
                    gc.fillOval(x - 1.5, y - 1.5, 3, 3);
                }
            }
        } catch (Exception e) {
            gc.setFill(Color.GRAY);
            gc.fillText("?", THUMB / 2.0, THUMB / 2.0);
        }
        StackPane t = new StackPane(c);
        t.getStyleClass().add("thumb");
        t.setId("dataset-" + info.name());
        LazyTooltip.install(t, info.name() + " (" + Texts.get("problem." + info.problem().id()) + ")");
        t.setOnMouseClicked(e -> vm.selectGenerator(info.name()));
        t.getProperties().put("name", info.name());
        return t;
    }

    private void show(Experiment e) {
        String selected = e.data() instanceof DataSource.Generator g ? g.generator() : null;
        for (StackPane t : thumbs) {
            t.getStyleClass().remove("selected");
            if (t.getProperties().get("name").equals(selected)) {
                t.getStyleClass().add("selected");
            }
        }
        boolean gen = e.data() instanceof DataSource.Generator;
        noise.setDisable(!gen);
        samples.setDisable(!gen);
        test.setDisable(!gen);
        validation.setDisable(!gen);
        // a disabled field still shows the value in force, never one left over from other data
        noise.setValue(e.data() instanceof DataSource.Generator g ? Format.exact(g.noise()) : "—");
        samples.setValue(e.data() instanceof DataSource.Generator g ? Integer.toString(g.samples()) : "—");
        test.setValue(fraction(e.data(), true));
        validation.setValue(fraction(e.data(), false));
        if (e.data() instanceof DataSource.Generator g) {
            GeneratorInfo info = Generators.info(g.generator()).orElse(null);
            boolean takes = info != null && info.takesClasses();
            classBox.setVisible(takes);
            classBox.setManaged(takes);
            if (takes) {
                updating = true;
                classes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                        info.minClasses(), info.maxClasses(), g.classes() > 0 ? g.classes() : info.defaultClasses()));
                updating = false;
            }
        } else {
            classBox.setVisible(false);
            classBox.setManaged(false);
        }
    }

    private static String fraction(DataSource d, boolean test) {
        if (d instanceof DataSource.Generator g) {
            return Format.exact(test ? g.testFraction() : g.validationFraction());
        }
        if (d instanceof DataSource.Builtin b) {
            return Format.exact(test ? b.testFraction() : b.validationFraction());
        }
        if (d instanceof DataSource.Csv c) {
            return Format.exact(test ? c.testFraction() : c.validationFraction());
        }
        return "—"; // painted or inline points: the file lists each split's points
    }
}
