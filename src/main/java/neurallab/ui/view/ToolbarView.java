package neurallab.ui.view;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.InitializerType;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.Limits;
import neurallab.session.Range;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.Speed;
import neurallab.session.live.TrainerState;
import neurallab.ui.render.Format;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.Validation;
import org.kordamp.ikonli.javafx.FontIcon;

/** The two toolbar rows: run controls and the epoch counter, then every training hyperparameter. */
public final class ToolbarView extends VBox {
    static final List<Speed> SPEEDS = List.of(new Speed(1), new Speed(2), new Speed(5), new Speed(10), new Speed(50),
            Speed.MAX);
    static final String[] RATES = {"0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"};

    private final PlaygroundViewModel vm;
    private final Button play = new Button();
    private final FontIcon playIcon = new FontIcon("mdi-play");
    private final Label epoch = new Label("000,000");
    private final Label rate = new Label();
    private final TextRefresh refresh = new TextRefresh();
    private final Labelled.Combo<ProblemType> problem;
    private final Labelled.Combo<Loss> loss;
    private final Labelled.Combo<OptimizerType> optimizer;
    private final Labelled.Combo<ScheduleType> schedule;
    private final Labelled.Combo<String> regKind;
    private final Labelled.Combo<InitializerType> initializer;
    private final Labelled.Combo<Activation> activation;
    private final ValidatedField learningRate;
    private final ValidatedField regRate;
    private final ValidatedField batch;
    private final ValidatedField seed;
    private final javafx.scene.control.CheckBox earlyStop = new javafx.scene.control.CheckBox("Early stopping");

    public ToolbarView(PlaygroundViewModel vm, Appearance appearance, FileActions files) {
        this.vm = vm;
        getStyleClass().add("toolbar");

        // row 1: run controls
        play.setGraphic(playIcon);
        play.setId("playButton");
        play.getStyleClass().addAll("run-button", "play-button");
        play.setOnAction(e -> vm.togglePlay());
        LazyTooltip.install(play, "Play / pause training (Space)");
        Button step = iconButton("mdi-step-forward", "stepButton", "Train one epoch, then pause (→)");
        step.setOnAction(e -> vm.stepEpoch());
        Button stepBatch = iconButton("mdi-debug-step-over", "stepBatchButton", "Train one mini-batch, then pause (Shift+→)");
        stepBatch.setOnAction(e -> vm.stepBatch());
        Button reset = iconButton("mdi-replay", "resetButton", "New initial weights from the seed; epoch 0 (R)");
        reset.setOnAction(e -> vm.reset());
        Button undo = iconButton("mdi-undo", "undoButton", "Undo the last edit (Ctrl+Z)");
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.undoLabel().isEmpty());
        Button redo = iconButton("mdi-redo", "redoButton", "Redo what was undone (Ctrl+Shift+Z, Ctrl+Y)");
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.redoLabel().isEmpty());
        epoch.getStyleClass().add("epoch-label");
        epoch.setId("epochLabel");
        epoch.setMinWidth(Region.USE_PREF_SIZE);
        Label epochCaption = new Label("Epoch");
        epochCaption.getStyleClass().add("field-label");
        VBox epochBox = new VBox(0, epochCaption, new LiveLabel(epoch));
        rate.getStyleClass().add("muted");
        rate.setMinWidth(Region.USE_PREF_SIZE);

        Labelled.Combo<Speed> speed = Labelled.combo(SPEEDS, s -> s.isMax() ? "as fast as possible"
                : s.epochsPerFrame() + (s.epochsPerFrame() == 1 ? " epoch / frame" : " epochs / frame"), vm.speed()::set);
        speed.setId("speedCombo");
        speed.show(vm.speed().get());
        vm.speed().addListener((o, a, s) -> speed.show(s));

        MenuButton file = new MenuButton("File");
        file.setId("fileMenu");
        file.setGraphic(new FontIcon("mdi-folder-outline"));
        file.setOnShowing(e -> files.fillMenu(file));
        files.fillMenu(file);

        Button insights = new Button("Insights", new FontIcon("mdi-microscope"));
        insights.setId("insightsButton");
        LazyTooltip.install(insights, "See inside the network while it learns (Ctrl+I)");
        insights.setOnAction(e -> files.showInsights());
        Button theme = iconButton("mdi-theme-light-dark", "themeButton", "Light / dark theme");
        theme.setOnAction(e -> appearance.toggleTheme());
        Button zoomOut = iconButton("mdi-magnify-minus", "zoomOutButton", "Smaller text (Ctrl+−)");
        zoomOut.setOnAction(e -> appearance.zoomOut());
        Button zoomIn = iconButton("mdi-magnify-plus", "zoomInButton", "Larger text, for the back of the room (Ctrl+=)");
        zoomIn.setOnAction(e -> appearance.zoomIn());
        Label zoom = new Label();
        zoom.textProperty().bind(appearance.zoom().multiply(100).asString("%.0f%%"));
        zoom.getStyleClass().add("muted");

        // on a narrow window at a large zoom the speed choice gives way first; these keep their labels
        for (Region r : List.of(insights, file, zoom)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        speed.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row1 = new HBox(10, play, step, stepBatch, reset, undo, redo, epochBox, Labelled.of("Speed",
                "How many epochs run between two pictures; 'as fast as possible' trains flat out and "
                        + "refreshes the pictures once per frame", speed), new LiveLabel(rate), spacer, insights, file, zoomOut, zoom, zoomIn, theme);
        row1.setAlignment(Pos.CENTER_LEFT);
        row1.getStyleClass().add("toolbar-row");

        // row 2: hyperparameters
        problem = Labelled.combo(List.of(ProblemType.values()), ProblemType::id, vm::setProblem);
        problem.setId("problemCombo");
        loss = Labelled.combo(List.of(Loss.values()), Loss::id, vm::setLoss);
        loss.setId("lossCombo");
        optimizer = Labelled.combo(List.of(OptimizerType.values()), OptimizerType::id, vm::setOptimizer);
        optimizer.setId("optimizerCombo");
        Button optSettings = iconButton("mdi-tune", "optimizerSettingsButton", "This optimizer's settings");
        optSettings.setOnAction(e -> showOptimizerSettings(optSettings));
        learningRate = new ValidatedField("Learning rate", "Step size η: w ← w − η·∂L/∂w. Allowed: "
                + Limits.LEARNING_RATE.describe() + ". Applied at the next mini-batch, no reset.", 6,
                t -> Validation.learningRate(t).error(), vm::setLearningRate);
        learningRate.setId("learningRateField");
        MenuButton presets = new MenuButton();
        presets.setGraphic(new FontIcon("mdi-menu-down"));
        LazyTooltip.install(presets, "Pick a learning rate");
        for (String r : RATES) {
            MenuItem item = new MenuItem(r);
            item.setOnAction(e -> {
                learningRate.field().setText(r);
                learningRate.commit();
            });
            presets.getItems().add(item);
        }
        HBox lrBox = new HBox(2, learningRate, presets);
        lrBox.setAlignment(Pos.BOTTOM_LEFT);
        schedule = Labelled.combo(List.of(ScheduleType.values()), ScheduleType::id, vm::setScheduleType);
        schedule.setId("scheduleCombo");
        Button schedSettings = iconButton("mdi-tune", "scheduleSettingsButton", "The schedule's settings");
        schedSettings.setOnAction(e -> showScheduleSettings(schedSettings));
        regKind = Labelled.combo(List.of("none", "L1", "L2"), s -> s, this::pickRegularization);
        regKind.setId("regularizationCombo");
        regRate = new ValidatedField("Reg. rate", "Penalty λ added to the loss: L1 λ·Σ|w|, L2 λ·Σw² (kernels only). "
                + "Allowed: " + Limits.L2.describe() + ". Applied at the next mini-batch.", 5, t -> Validation.regularizationRate(t).error(),
                t -> vm.setRegularization(regKind.getValue(), t));
        regRate.setId("regularizationRateField");
        initializer = Labelled.combo(List.of(InitializerType.values()), InitializerType::id, vm::setInitializer);
        initializer.setId("initializerCombo");
        activation = Labelled.combo(Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).toList(),
                Activation::id, vm::setDefaultActivation);
        activation.setId("activationCombo");
        batch = new ValidatedField("Batch size", "Samples per gradient step: 1 = plain SGD, ≥ training size = "
                + "full batch. Allowed: " + Limits.BATCH_SIZE.describe() + ". Applied at the next mini-batch.", 4,
                t -> Validation.batchSize(t).error(), vm::setBatchSize);
        batch.setId("batchSizeField");
        seed = new ValidatedField("Seed", "Same seed, same data and initial weights, on every machine. "
                + "A whole number.", 6, t -> Validation.seed(t).error(), vm::setSeed);
        seed.setId("seedField");
        Button dice = iconButton("mdi-dice-5", "reseedButton", "A new random seed: new data draw, new weights");
        dice.setOnAction(e -> vm.reseed());
        HBox seedBox = new HBox(2, seed, dice);
        seedBox.setAlignment(Pos.BOTTOM_LEFT);

        earlyStop.setId("earlyStoppingCheck");
        LazyTooltip.install(earlyStop, "Pause when the validation loss has not improved for 20 epochs and restore "
                + "the best weights (needs a validation split)");
        earlyStop.setOnAction(e -> vm.setEarlyStopping(earlyStop.isSelected()));
        VBox earlyBox = new VBox(1, new Label(" "), earlyStop);
        FlowPane row2 = new FlowPane(14, 6,
                Labelled.of("Problem", "Classification (classes) or regression (a number per point)", problem),
                Labelled.of("Loss", "What training minimises; only those that fit the problem and the output layer are offered", loss),
                hbox(Labelled.of("Optimizer", "How each step uses the gradient", optimizer), optSettings),
                lrBox,
                hbox(Labelled.of("Schedule", "How the learning rate changes over epochs", schedule), schedSettings),
                Labelled.of("Regularization", "A penalty on large weights, against overfitting", regKind), regRate,
                Labelled.of("Initializer", "How the weights start (changing it rebuilds the network)", initializer),
                Labelled.of("Activation", "Every hidden layer's activation (each layer can override it)", activation),
                batch, seedBox, earlyBox);
        row2.getStyleClass().add("toolbar-row");
        getChildren().addAll(row1, row2);

        vm.playing().addListener((o, a, p) -> playIcon.setIconLiteral(p ? "mdi-pause" : "mdi-play"));
        vm.experiment().addListener((o, a, e) -> showExperiment(e));
        showExperiment(vm.experiment().get());
    }

    private void pickRegularization(String kind) {
        vm.setRegularization(kind, regRate.field().getText());
    }

    private static HBox hbox(javafx.scene.Node a, javafx.scene.Node b) {
        HBox h = new HBox(2, a, b);
        h.setAlignment(Pos.BOTTOM_LEFT);
        return h;
    }

    static Button iconButton(String icon, String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("run-button");
        LazyTooltip.install(b, tip);
        b.setFocusTraversable(true);
        return b;
    }

    /** Per frame: the epoch counter and the measured speed. */
    public void update(LiveSnapshot s) {
        if (!refresh.due(s.state() == TrainerState.PLAYING, System.nanoTime())) {
            return;
        }
        epoch.setText(Format.epochCounter(s.epoch()));
        rate.setText(s.epochsPerSecond() > 0 ? Format.count(Math.round(s.epochsPerSecond())) + " epochs/s" : "");
    }

    private void showExperiment(Experiment e) {
        problem.show(e.problem());
        loss.showItems(ExperimentRules.losses(e.problem(), Edits.classes(e)), e.training().loss());
        optimizer.show(e.training().optimizer().type());
        learningRate.setValue(Format.exact(e.training().optimizer().learningRate()));
        schedule.show(e.training().schedule().type());
        Regularization r = e.training().regularization();
        regKind.show(r.l1() > 0 ? "L1" : r.l2() > 0 ? "L2" : "none");
        regRate.setValue(Format.exact(r.l1() > 0 ? r.l1() : r.l2() > 0 ? r.l2() : 0.001));
        initializer.show(e.initializer().type());
        List<neurallab.engine.LayerSpec> hidden = Edits.hidden(e);
        activation.show(hidden.isEmpty() ? null : hidden.get(0).activation());
        batch.setValue(Integer.toString(e.training().batchSize()));
        seed.setValue(Long.toString(e.seed()));
        earlyStop.setSelected(e.training().earlyStopping() != null);
    }

    private void showOptimizerSettings(Button anchor) {
        OptimizerSettings o = vm.experiment().get().training().optimizer();
        VBox box = new VBox(6);
        box.getStyleClass().add("hover-card");
        Label title = new Label(o.type().id() + " settings (applied at the next mini-batch)");
        title.getStyleClass().add("panel-title");
        box.getChildren().add(title);
        switch (o.type()) {
            case MOMENTUM, NESTEROV -> box.getChildren().add(setting(Limits.MOMENTUM, "v = μv + g", o.momentum(),
                    o::withMomentum));
            case RMSPROP -> box.getChildren().addAll(
                    setting(Limits.RHO, "s = ρs + (1−ρ)g²", o.rho(),
                            o::withRho),
                    setting(Limits.MOMENTUM, "b = μb + g/(√s + ε)", o.momentum(),
                            o::withMomentum),
                    epsilon(o));
            case ADAGRAD -> box.getChildren().add(epsilon(o));
            case ADADELTA -> box.getChildren().addAll(setting(Limits.RHO, "s = ρs + (1−ρ)g²", o.rho(),
                    o::withRho), epsilon(o));
            case ADAM, ADAMW, ADAMAX, NADAM -> {
                box.getChildren().addAll(
                        setting(Limits.BETA1, "m = β₁m + (1−β₁)g", o.beta1(),
                                o::withBeta1),
                        setting(Limits.BETA2, "v = β₂v + (1−β₂)g²", o.beta2(),
                                o::withBeta2),
                        epsilon(o));
                if (o.type() == OptimizerType.ADAMW) {
                    box.getChildren().add(setting(Limits.WEIGHT_DECAY, "w −= η·λ·w before the Adam step", o.weightDecay(),
                            o::withWeightDecay));
                }
                if (o.type() == OptimizerType.NADAM) {
                    box.getChildren().add(setting(Limits.MOMENTUM_DECAY, "μₜ = β₁(1 − ½·0.96^(tψ))", o.momentumDecay(),
                            o::withMomentumDecay));
                }
            }
            default -> box.getChildren().add(new Label("Plain SGD: w ← w − η·g. No other settings."));
        }
        popup(anchor, box);
    }

    private ValidatedField epsilon(OptimizerSettings o) {
        return setting(Limits.EPSILON, "added to the denominator for stability", o.epsilon(),
                o::withEpsilon);
    }

    private ValidatedField setting(Range range, String formula, double value,
                                   java.util.function.DoubleFunction<OptimizerSettings> make) {
        ValidatedField f = new ValidatedField(range.name(), formula, 8,
                t -> Validation.check(range, t).error(),
                t -> {
                    var c = Validation.check(range, t);
                    if (c.isOk()) {
                        vm.setOptimizerSettings(make.apply(c.value()));
                    }
                    return c.error();
                });
        f.setValue(Format.exact(value));
        return f;
    }

    private void showScheduleSettings(Button anchor) {
        Schedule s = vm.experiment().get().training().schedule();
        VBox box = new VBox(6);
        box.getStyleClass().add("hover-card");
        Label title = new Label(s.type().id() + " schedule: " + switch (s.type()) {
            case CONSTANT -> "lr(e) = lr₀";
            case STEP -> "lr(e) = lr₀·γ^⌊e / stepSize⌋";
            case EXPONENTIAL -> "lr(e) = lr₀·γ^e";
            case TIME -> "lr(e) = lr₀ / (1 + decay·e)";
            case COSINE -> "lr(e) = lo + ½(lr₀ − lo)(1 + cos(π·min(e, period)/period))";
        });
        title.getStyleClass().add("formula");
        box.getChildren().add(title);
        switch (s.type()) {
            case STEP, EXPONENTIAL -> {
                box.getChildren().add(schedField(Limits.GAMMA, s.gamma(), s::withGamma));
                if (s.type() == ScheduleType.STEP) {
                    box.getChildren().add(schedWhole(Limits.STEP_SIZE, s.stepSize(), s::withStepSize));
                }
            }
            case TIME -> box.getChildren().add(schedField(Limits.DECAY, s.decay(), s::withDecay));
            case COSINE -> box.getChildren().addAll(
                    schedWhole(Limits.PERIOD, s.period(), s::withPeriod),
                    schedField(Limits.MIN_LEARNING_RATE, s.minLearningRate(), s::withMinLearningRate));
            default -> box.getChildren().add(new Label("A constant rate has no settings."));
        }
        popup(anchor, box);
    }

    private ValidatedField schedField(Range range, double value, java.util.function.DoubleFunction<Schedule> make) {
        ValidatedField f = new ValidatedField(range.name(), range.name(), 8, t -> Validation.check(range, t).error(), t -> {
            var c = Validation.check(range, t);
            if (c.isOk()) {
                vm.setSchedule(make.apply(c.value()));
            }
            return c.error();
        });
        f.setValue(Format.exact(value));
        return f;
    }

    private ValidatedField schedWhole(Range range, int value, java.util.function.IntFunction<Schedule> make) {
        ValidatedField f = new ValidatedField(range.name(), range.name(), 8, t -> Validation.whole(range, t).error(), t -> {
            var c = Validation.whole(range, t);
            if (c.isOk()) {
                vm.setSchedule(make.apply(c.value()));
            }
            return c.error();
        });
        f.setValue(Integer.toString(value));
        return f;
    }

    private static void popup(Button anchor, VBox content) {
        Popup p = new Popup();
        p.setAutoHide(true);
        p.getContent().add(content);
        content.getStylesheets().setAll(anchor.getScene().getStylesheets());
        content.setStyle(anchor.getScene().getRoot().getStyle());
        content.getStyleClass().add("root");
        var b = anchor.localToScreen(anchor.getBoundsInLocal());
        p.show(anchor, b.getMinX(), b.getMaxY() + 4);
    }
}
