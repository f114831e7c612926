package neurallab.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RangeTexts;
import neurallab.ui.viewmodel.Validation;
import org.kordamp.ikonli.javafx.FontIcon;

/** The two toolbar rows: run controls and the epoch counter, then every training hyperparameter. */
public final class ToolbarView extends VBox {
    static final List<Speed> SPEEDS = List.of(new Speed(1), new Speed(2), new Speed(5), new Speed(10), new Speed(50),
            Speed.MAX);
    static final String[] RATES = {"0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"};

    private final PlaygroundViewModel vm;
    private final Subscriptions subscriptions;
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
    private final CheckBox earlyStop = new CheckBox(Texts.get("toolbar.earlyStopping"));
    /** What {@link #setCompact} hides, and what it hid (and so puts back). */
    private final List<Node> compactHides = new ArrayList<>(), compactHid = new ArrayList<>();

    public ToolbarView(PlaygroundViewModel vm, Appearance appearance, FileActions files, Subscriptions subscriptions) {
        this.vm = vm;
        this.subscriptions = subscriptions;
        this.popups = new SettingsPopups(vm);
        getStyleClass().add("toolbar");

        HBox row1 = runRow(appearance, files);

        // row 2: hyperparameters
        problem = Labelled.combo(List.of(ProblemType.values()), p -> Texts.get("problem." + p.id()), vm::setProblem);
        problem.setId("problemCombo");
        problem.follow(() -> vm.experiment().get().problem());
        loss = Labelled.combo(List.of(Loss.values()), Loss::id, vm::setLoss);
        loss.setId("lossCombo");
        loss.follow(() -> vm.experiment().get().training().loss());
        optimizer = Labelled.combo(List.of(OptimizerType.values()), OptimizerType::id, vm::setOptimizer);
        optimizer.setId("optimizerCombo");
        optimizer.follow(() -> vm.experiment().get().training().optimizer().type());
        learningRate = new ValidatedField(Texts.get("toolbar.learningRate"),
                Texts.get("toolbar.learningRate.help", RangeTexts.describe(Limits.LEARNING_RATE)), 6,
                t -> Validation.learningRate(t).error(), vm::setLearningRate);
        learningRate.setId("learningRateField");
        schedule = Labelled.combo(List.of(ScheduleType.values()), ScheduleType::id, vm::setScheduleType);
        schedule.setId("scheduleCombo");
        schedule.follow(() -> vm.experiment().get().training().schedule().type());
        regKind = Labelled.combo(List.of("none", "L1", "L2"),
                s -> s.equals("none") ? Texts.get("regularization.none") : s, this::pickRegularization);
        regKind.setId("regularizationCombo");
        regKind.follow(() -> regularizationKind(vm.experiment().get()));
        regRate = new ValidatedField(Texts.get("toolbar.regRate"),
                Texts.get("toolbar.regRate.help", RangeTexts.describe(Limits.L2)), 5, t -> Validation.regularizationRate(t).error(),
                t -> vm.setRegularization(regKind.getValue(), t));
        regRate.setId("regularizationRateField");
        initializer = Labelled.combo(List.of(InitializerType.values()), InitializerType::id, vm::setInitializer);
        initializer.setId("initializerCombo");
        initializer.follow(() -> vm.experiment().get().initializer().type());
        activation = Labelled.combo(Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).toList(),
                Activation::id, vm::setDefaultActivation);
        activation.setId("activationCombo");
        activation.follow(() -> firstHiddenActivation(vm.experiment().get()));
        batch = new ValidatedField(Texts.get("toolbar.batchSize"),
                Texts.get("toolbar.batchSize.help", RangeTexts.describe(Limits.BATCH_SIZE)), 4,
                t -> Validation.batchSize(t).error(), vm::setBatchSize);
        batch.setId("batchSizeField");
        seed = new ValidatedField(Texts.get("toolbar.seed"), Texts.get("toolbar.seed.help"), 6, t -> Validation.seed(t).error(), vm::setSeed);
        seed.setId("seedField");

        getChildren().addAll(row1, settingsRow());
        compactHides.add(getChildren().get(1));

        showPlaying(vm.playing().get()); // a window built again while training (a new language) shows pause
        subscriptions.listen(vm.playing(), (o, a, p) -> showPlaying(p));
        subscriptions.listen(vm.experiment(), (o, a, e) -> showExperiment(e));
        showExperiment(vm.experiment().get());
    }

    /**
     * Presenting on a small screen (a 1024 × 768 projector): the settings row gives its height to the panels,
     * the zoom buttons give way (Ctrl+= and Ctrl+− remain) and the labelled buttons show only their icons.
     * Leaving puts back only what this hid, so what a lesson hid stays hidden.
     */
    public void setCompact(boolean compact) {
        for (Node n : compact ? compactHides : List.copyOf(compactHid)) {
            if (n.isVisible() == compact) {
                n.setVisible(!compact);
                n.setManaged(!compact);
                if (compact) {
                    compactHid.add(n);
                } else {
                    compactHid.remove(n);
                }
            }
        }
        for (Node n : ((HBox) getChildren().get(0)).getChildren()) {
            if (n instanceof Labeled l && l.getGraphic() != null && l.getText() != null) {
                l.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            }
        }
    }

    /** Row 2: every training hyperparameter, each with its help. */
    private FlowPane settingsRow() {
        Button optSettings = iconButton("mdi-tune", "optimizerSettingsButton", Texts.get("toolbar.optimizerSettings"));
        optSettings.setOnAction(e -> popups.showOptimizerSettings(optSettings));
        MenuButton presets = new MenuButton();
        presets.setGraphic(new FontIcon("mdi-menu-down"));
        presets.setId("learningRatePresets");
        LazyTooltip.install(presets, Texts.get("toolbar.pickRate"));
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
        Button schedSettings = iconButton("mdi-tune", "scheduleSettingsButton", Texts.get("toolbar.scheduleSettings"));
        schedSettings.setOnAction(e -> popups.showScheduleSettings(schedSettings));
        Button dice = iconButton("mdi-dice-5", "reseedButton", Texts.get("toolbar.reseed"));
        dice.setOnAction(e -> vm.reseed());
        HBox seedBox = new HBox(2, seed, dice);
        seedBox.setAlignment(Pos.BOTTOM_LEFT);
        earlyStop.setId("earlyStoppingCheck");
        LazyTooltip.install(earlyStop, Texts.get("toolbar.earlyStopping.help"));
        earlyStop.setOnAction(e -> {
            vm.setEarlyStopping(earlyStop.isSelected());
            earlyStop.setSelected(vm.experiment().get().training().earlyStopping() != null); // refused: unticked again
        });
        VBox earlyBox = new VBox(1, new Label(" "), earlyStop);
        FlowPane row2 = new FlowPane(14, 6,
                Labelled.of(Texts.get("toolbar.problem"), Texts.get("toolbar.problem.help"), problem),
                Labelled.of(Texts.get("toolbar.loss"), Texts.get("toolbar.loss.help"), loss),
                hbox(Labelled.of(Texts.get("toolbar.optimizer"), Texts.get("toolbar.optimizer.help"), optimizer), optSettings),
                lrBox,
                hbox(Labelled.of(Texts.get("toolbar.schedule"), Texts.get("toolbar.schedule.help"), schedule), schedSettings),
                Labelled.of(Texts.get("toolbar.regularization"), Texts.get("toolbar.regularization.help"), regKind), regRate,
                Labelled.of(Texts.get("toolbar.initializer"), Texts.get("toolbar.initializer.help"), initializer),
                Labelled.of(Texts.get("toolbar.activation"), Texts.get("toolbar.activation.help"), activation),
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
        LazyTooltip.install(play, Texts.get("toolbar.play"));
        Button step = iconButton("mdi-step-forward", "stepButton", Texts.get("toolbar.step"));
        step.setOnAction(e -> vm.stepEpoch());
        Button stepBatch = iconButton("mdi-debug-step-over", "stepBatchButton", Texts.get("toolbar.stepBatch"));
        stepBatch.setOnAction(e -> vm.stepBatch());
        Button reset = iconButton("mdi-replay", "resetButton", Texts.get("toolbar.reset"));
        reset.setOnAction(e -> vm.reset());
        rate.getStyleClass().add("muted");
        rate.setId("epochRate");

        Labelled.Combo<Speed> speed = Labelled.combo(SPEEDS, s -> s.isMax() ? Texts.get("toolbar.speed.max")
                : Texts.get(s.epochsPerFrame() == 1 ? "toolbar.speed.one" : "toolbar.speed.many", s.epochsPerFrame()), vm.speed()::set);
        speed.setId("speedCombo");
        speed.show(vm.speed().get());
        subscriptions.listen(vm.speed(), (o, a, s) -> speed.show(s));

        MenuButton file = new MenuButton(Texts.get("toolbar.file"));
        file.setId("fileMenu");
        file.setGraphic(new FontIcon("mdi-folder-outline"));
        // filled as it opens, so the examples and lessons (read from their files) wait until then
        file.setOnShowing(e -> files.fillMenu(file));

        Button insights = new Button(Texts.get("toolbar.insights"), new FontIcon("mdi-microscope"));
        insights.setId("insightsButton");
        LazyTooltip.install(insights, Texts.get("toolbar.insights.help"));
        insights.setOnAction(e -> files.showInsights());
        Button present = iconButton("mdi-projector-screen", "presentButton", Texts.get("present.button.tip"));
        present.setOnAction(e -> files.togglePresentation());
        Button theme = iconButton("mdi-theme-light-dark", "themeButton", Texts.get("toolbar.theme"));
        theme.setOnAction(e -> appearance.toggleTheme());
        Button zoomOut = iconButton("mdi-magnify-minus", "zoomOutButton", Texts.get("toolbar.zoomOut"));
        zoomOut.setOnAction(e -> appearance.zoomOut());
        Button zoomIn = iconButton("mdi-magnify-plus", "zoomInButton", Texts.get("toolbar.zoomIn"));
        zoomIn.setOnAction(e -> appearance.zoomIn());
        Label zoom = new Label();
        subscriptions.bind(zoom.textProperty(), appearance.zoom().multiply(100).asString("%.0f%%"));
        zoom.getStyleClass().add("muted");
        compactHides.addAll(List.of(zoomOut, zoom, zoomIn));

        // on a narrow window (1024 px, a projector's) the measured speed gives way first, then the speed choice
        // shrinks; these keep their labels
        for (Region r : List.of(insights, file, zoom)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        speed.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FirstKept speedAndRate = new FirstKept(Labelled.of(Texts.get("toolbar.speed"), Texts.get("toolbar.speed.help"),
                speed), new LiveLabel(rate), 10);
        HBox row1 = new HBox(10, play, step, stepBatch, reset, historyButton(false), historyButton(true), epochBox(),
                speedAndRate, spacer, insights, file, zoomOut, zoom, zoomIn, present, theme);
        row1.setAlignment(Pos.CENTER_LEFT);
        row1.getStyleClass().add("toolbar-row");
        return row1;
    }

    // undo or redo, disabled when there is nothing to take back or to bring again
    private Button historyButton(boolean redo) {
        Button b = redo ? iconButton("mdi-redo", "redoButton", Texts.get("toolbar.redo"))
                : iconButton("mdi-undo", "undoButton", Texts.get("toolbar.undo"));
        b.setOnAction(e -> {
            if (redo) {
                vm.redo();
            } else {
                vm.undo();
            }
        });
        subscriptions.bind(b.disableProperty(), (redo ? vm.redoLabel() : vm.undoLabel()).isEmpty());
        return b;
    }

    private VBox epochBox() {
        epoch.getStyleClass().add("epoch-label");
        epoch.setId("epochLabel");
        epoch.setMinWidth(Region.USE_PREF_SIZE);
        Label epochCaption = new Label(Texts.get("toolbar.epoch"));
        epochCaption.getStyleClass().add("field-label");
        return new VBox(0, epochCaption, new LiveLabel(epoch));
    }

    private void showPlaying(boolean playing) {
        playIcon.setIconLiteral(playing ? "mdi-pause" : "mdi-play");
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
        rate.setText(s.epochsPerSecond() > 0 ? Texts.get("toolbar.epochsPerSecond", Format.count(Math.round(s.epochsPerSecond()))) : "");
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
