package neurallab.ui.view;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.Limits;
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
    private final SettingsPopups popups;
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
    private final CheckBox earlyStop = new CheckBox("Early stopping");

    public ToolbarView(PlaygroundViewModel vm, Appearance appearance, FileActions files) {
        this.vm = vm;
        this.popups = new SettingsPopups(vm);
        getStyleClass().add("toolbar");

        HBox row1 = runRow(appearance, files);

        // row 2: hyperparameters
        problem = Labelled.combo(List.of(ProblemType.values()), ProblemType::id, vm::setProblem);
        problem.setId("problemCombo");
        problem.follow(() -> vm.experiment().get().problem());
        loss = Labelled.combo(List.of(Loss.values()), Loss::id, vm::setLoss);
        loss.setId("lossCombo");
        loss.follow(() -> vm.experiment().get().training().loss());
        optimizer = Labelled.combo(List.of(OptimizerType.values()), OptimizerType::id, vm::setOptimizer);
        optimizer.setId("optimizerCombo");
        optimizer.follow(() -> vm.experiment().get().training().optimizer().type());
        learningRate = new ValidatedField("Learning rate", "Step size η: w ← w − η·∂L/∂w. Allowed: "
                + Limits.LEARNING_RATE.describe() + ". Applied at the next mini-batch, no reset.", 6,
                t -> Validation.learningRate(t).error(), vm::setLearningRate);
        learningRate.setId("learningRateField");
        schedule = Labelled.combo(List.of(ScheduleType.values()), ScheduleType::id, vm::setScheduleType);
        schedule.setId("scheduleCombo");
        schedule.follow(() -> vm.experiment().get().training().schedule().type());
        regKind = Labelled.combo(List.of("none", "L1", "L2"), s -> s, this::pickRegularization);
        regKind.setId("regularizationCombo");
        regKind.follow(() -> regularizationKind(vm.experiment().get()));
        regRate = new ValidatedField("Reg. rate", "Penalty λ added to the loss: L1 λ·Σ|w|, L2 λ·Σw² (kernels only). "
                + "Allowed: " + Limits.L2.describe() + ". Applied at the next mini-batch.", 5, t -> Validation.regularizationRate(t).error(),
                t -> vm.setRegularization(regKind.getValue(), t));
        regRate.setId("regularizationRateField");
        initializer = Labelled.combo(List.of(InitializerType.values()), InitializerType::id, vm::setInitializer);
        initializer.setId("initializerCombo");
        initializer.follow(() -> vm.experiment().get().initializer().type());
        activation = Labelled.combo(Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).toList(),
                Activation::id, vm::setDefaultActivation);
        activation.setId("activationCombo");
        activation.follow(() -> firstHiddenActivation(vm.experiment().get()));
        batch = new ValidatedField("Batch size", "Samples per gradient step: 1 = plain SGD, ≥ training size = "
                + "full batch. Allowed: " + Limits.BATCH_SIZE.describe() + ". Applied at the next mini-batch.", 4,
                t -> Validation.batchSize(t).error(), vm::setBatchSize);
        batch.setId("batchSizeField");
        seed = new ValidatedField("Seed", "Same seed, same data and initial weights, on every machine. "
                + "A whole number.", 6, t -> Validation.seed(t).error(), vm::setSeed);
        seed.setId("seedField");

        getChildren().addAll(row1, settingsRow());

        vm.playing().addListener((o, a, p) -> playIcon.setIconLiteral(p ? "mdi-pause" : "mdi-play"));
        vm.experiment().addListener((o, a, e) -> showExperiment(e));
        showExperiment(vm.experiment().get());
    }

    /** Row 2: every training hyperparameter, each with its help. */
    private FlowPane settingsRow() {
        Button optSettings = iconButton("mdi-tune", "optimizerSettingsButton", "This optimizer's settings");
        optSettings.setOnAction(e -> popups.showOptimizerSettings(optSettings));
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
        Button schedSettings = iconButton("mdi-tune", "scheduleSettingsButton", "The schedule's settings");
        schedSettings.setOnAction(e -> popups.showScheduleSettings(schedSettings));
        Button dice = iconButton("mdi-dice-5", "reseedButton", "A new random seed: new data draw, new weights");
        dice.setOnAction(e -> vm.reseed());
        HBox seedBox = new HBox(2, seed, dice);
        seedBox.setAlignment(Pos.BOTTOM_LEFT);
        earlyStop.setId("earlyStoppingCheck");
        LazyTooltip.install(earlyStop, "Pause when the validation loss has not improved for 20 epochs and restore "
                + "the best weights (needs a validation split)");
        earlyStop.setOnAction(e -> {
            vm.setEarlyStopping(earlyStop.isSelected());
            earlyStop.setSelected(vm.experiment().get().training().earlyStopping() != null); // refused: unticked again
        });
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
        return row2;
    }

    /** Row 1: play, step, reset, undo and redo, the epoch and its speed, then the window's own buttons. */
    private HBox runRow(Appearance appearance, FileActions files) {
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
        HBox row1 = new HBox(10, play, step, stepBatch, reset, historyButton(false), historyButton(true), epochBox(),
                Labelled.of("Speed",
                "How many epochs run between two pictures; 'as fast as possible' trains flat out and "
                        + "refreshes the pictures once per frame", speed), new LiveLabel(rate), spacer, insights, file, zoomOut, zoom, zoomIn, theme);
        row1.setAlignment(Pos.CENTER_LEFT);
        row1.getStyleClass().add("toolbar-row");
        return row1;
    }

    // undo or redo, disabled when there is nothing to take back or to bring again
    private Button historyButton(boolean redo) {
        Button b = redo ? iconButton("mdi-redo", "redoButton", "Redo what was undone (Ctrl+Shift+Z, Ctrl+Y)")
                : iconButton("mdi-undo", "undoButton", "Undo the last edit (Ctrl+Z)");
        b.setOnAction(e -> {
            if (redo) {
                vm.redo();
            } else {
                vm.undo();
            }
        });
        b.disableProperty().bind((redo ? vm.redoLabel() : vm.undoLabel()).isEmpty());
        return b;
    }

    private VBox epochBox() {
        epoch.getStyleClass().add("epoch-label");
        epoch.setId("epochLabel");
        epoch.setMinWidth(Region.USE_PREF_SIZE);
        Label epochCaption = new Label("Epoch");
        epochCaption.getStyleClass().add("field-label");
        return new VBox(0, epochCaption, new LiveLabel(epoch));
    }

    private void pickRegularization(String kind) {
        vm.setRegularization(kind, regRate.field().getText());
    }

    private static HBox hbox(Node a, Node b) {
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
        regKind.show(regularizationKind(e));
        regRate.setValue(Format.exact(r.l1() > 0 ? r.l1() : r.l2() > 0 ? r.l2() : 0.001));
        initializer.show(e.initializer().type());
        activation.show(firstHiddenActivation(e));
        batch.setValue(Integer.toString(e.training().batchSize()));
        seed.setValue(Long.toString(e.seed()));
        earlyStop.setSelected(e.training().earlyStopping() != null);
    }

    private static String regularizationKind(Experiment e) {
        Regularization r = e.training().regularization();
        return r.l1() > 0 ? "L1" : r.l2() > 0 ? "L2" : "none";
    }

    /** What the toolbar's activation shows: the first hidden layer's (none without hidden layers). */
    private static Activation firstHiddenActivation(Experiment e) {
        List<LayerSpec> hidden = Edits.hidden(e);
        return hidden.isEmpty() ? null : hidden.get(0).activation();
    }
}
