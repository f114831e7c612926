package neurallab.ui.insight;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import neurallab.session.insight.LearningRateFinder;
import neurallab.session.insight.LiveInsights;
import neurallab.session.insight.LossLandscape;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;
import neurallab.session.insight.RunComparison;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The insight views in a window of their own (owned by the playground, 1280×800, resizable: on a projector
 * it can take the whole screen while the playground stays where it is), one tab per view with a line saying
 * what it shows and how to read it. {@link #onFrame} takes every new snapshot: the recorders always run
 * (cheap, so history is complete whenever the window opens); the selected tab alone is updated and redrawn,
 * and only while the window shows. The landscape and the learning-rate finder run on the background executor.
 */
public final class InsightsWindow {
    /** The tabs, in order. */
    public enum Insight {
        WEIGHTS("Weights", "Each layer's weights: one row per input, one column per neuron; blue negative, orange positive. "
                + "Watch the colours grow as the network learns; tick the box to see the last gradient instead."),
        GRADIENT_FLOW("Gradient flow", "Per layer over time: how big the gradient is (top) and how much each step "
                + "changes the weights relative to their size (bottom). A flat line near zero means that layer stopped learning."),
        ACTIVATIONS("Activations", "What each layer's neurons output over 500 training points. Piles at the ends "
                + "mean saturated tanh/sigmoid neurons; a pile at 0 with ReLU means dead neurons."),
        BACKPROP("Backprop", "One training point through the current network, one step per click (Next, or → / ←): "
                + "forward pass, loss, then each δ and gradient by the chain rule, then the optimizer's update; the "
                + "drawing lights the units and links of the step. Pick the point with the number box."),
        OPTIMIZER_RACE("Optimizer race", "Every optimizer starts at the same point of a 2-D surface (pick one; ★ marks "
                + "the minima). Press Play and compare how fast, and by which path, each gets there; click the plot to "
                + "start elsewhere, change a learning rate or setting while they run."),
        LR_FINDER("LR finder", "A copy of the network trains while the learning rate grows from 10⁻⁶ to 10. "
                + "The best rate is where the loss falls fastest; the suggestion is marked."),
        LANDSCAPE("Landscape", "The loss on a plane through the current weights, along the two directions training "
                + "moved most; the line is the path taken so far. Darker is lower loss."),
        HISTORY("History", "The decision boundary as it was during training: drag the slider back to replay how the "
                + "network's picture of the data formed."),
        COMPARE("Compare", "Pin runs (up to 5) to compare their loss curves and final boundaries: change a setting, "
                + "reset, train, pin again.");

        final String title;
        final String explanation;

        Insight(String title, String explanation) {
            this.title = title;
            this.explanation = explanation;
        }

        public String title() {
            return title;
        }
    }

    private static final String TEXT_STYLE = "-fx-font-size: 18px;";

    private final PlaygroundViewModel vm;
    private final Executor background;
    private final LiveInsights insights;
    private final TabPane tabs = new TabPane();
    private final Map<Insight, Tab> tabOf = new EnumMap<>(Insight.class);
    private final Map<Insight, BorderPane> bodies = new EnumMap<>(Insight.class);
    private final Map<Insight, Integer> refreshes = new EnumMap<>(Insight.class);
    private final BorderPane root = new BorderPane(tabs);
    private Stage stage;

    private WeightsView weightsView;
    private GradientFlowView flowView;
    private ActivationsView activationsView;
    private WalkthroughView walkthroughView;
    private BoundaryHistoryView historyView;
    private CompareRunsView compareView;
    private LearningRateFinderView finderView;
    private LossLandscapeView landscapeView;
    private OptimizerRaceView raceView;
    private boolean viewsStale;
    private final Spinner<Integer> sample = new Spinner<>(0, 0, 0);
    private final Label walkthroughNote = label("");
    private final Label finderNote = label("Press Run: takes a few seconds, training goes on meanwhile.");
    private final Label landscapeNote = label("Train a while first, then press Compute: the path needs a few frames.");
    private final Label compareNote = label("");
    private final Button applyRate = new Button("Apply suggested rate");
    private final Button runFinder = new Button("Run the finder");
    private final Button computeLandscape = new Button("Compute the landscape");
    private LearningRateFinder.Result finderResult;
    private long compareShown = -1;
    private long frameNanos;
    private long maxFrameNanos;
    private long framesTimed;

    /** With a background thread of its own for the landscape and the finder. */
    public InsightsWindow(PlaygroundViewModel vm) {
        this(vm, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "neurallab-insights");
            t.setDaemon(true);
            return t;
        }));
    }

    public InsightsWindow(PlaygroundViewModel vm, Executor background) {
        this.vm = vm;
        this.background = background;
        this.insights = new LiveInsights(vm.pinnedRuns());
        for (Insight i : Insight.values()) {
            Label explanation = label(i.explanation);
            explanation.setWrapText(true);
            explanation.setId("insight-explanation-" + i.name());
            explanation.getStyleClass().add("insight-explanation");
            BorderPane body = new BorderPane(label("Start training (Space) to fill this view."));
            body.setTop(explanation);
            BorderPane.setMargin(explanation, new Insets(6, 10, 0, 10));
            Tab tab = new Tab(i.title, body);
            tab.setId("insight-tab-" + i.name());
            tab.setClosable(false);
            tabs.getTabs().add(tab);
            tabOf.put(i, tab);
            bodies.put(i, body);
            refreshes.put(i, 0);
        }
        tabs.setStyle("-fx-font-size: 17px;");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (isShowing()) {
                refreshSelected(true);
            }
        });
        buildToolbars();
        root.setId("insightsRoot");
    }

    private void buildToolbars() {
        sample.setEditable(true);
        sample.setId("walkthrough-sample");
        sample.setPrefWidth(120);
        sample.valueProperty().addListener((o, a, v) -> showWalkthrough());
        Button again = new Button("From the current weights");
        again.setOnAction(e -> showWalkthrough());
        tools(Insight.BACKPROP, label("training point"), sample, again, walkthroughNote);

        runFinder.setId("finder-run");
        runFinder.setOnAction(e -> runFinder());
        applyRate.setId("finder-apply");
        applyRate.setDisable(true);
        applyRate.setOnAction(e -> {
            if (finderResult != null) {
                String error = vm.setLearningRate(String.format(Locale.ROOT, "%.3g", finderResult.suggestion()));
                finderNote.setText(error == null ? "Learning rate set to "
                        + String.format(Locale.ROOT, "%.3g", finderResult.suggestion()) : error);
            }
        });
        tools(Insight.LR_FINDER, runFinder, applyRate, finderNote);

        computeLandscape.setId("landscape-compute");
        computeLandscape.setOnAction(e -> computeLandscape());
        tools(Insight.LANDSCAPE, computeLandscape, landscapeNote);

        Button pin = new Button("Pin this run");
        pin.setId("compare-pin");
        pin.setOnAction(e -> pin());
        Button clear = new Button("Clear pins");
        clear.setOnAction(e -> {
            insights.comparison().clear();
            vm.pinsChanged();
            compareNote.setText("");
            refreshSelected(true);
        });
        compareNote.setId("compare-note");
        tools(Insight.COMPARE, pin, clear, compareNote);
    }

    private void tools(Insight i, Node... nodes) {
        HBox bar = new HBox(12, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 0, 10));
        bar.setStyle(TEXT_STYLE);
        BorderPane body = bodies.get(i);
        VBox top = new VBox(4, body.getTop(), bar);
        body.setTop(top);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setStyle(TEXT_STYLE);
        return l;
    }

    private void setContent(Insight i, Node view) {
        bodies.get(i).setCenter(view);
    }

    // ---- showing --------------------------------------------------------------------------------

    /** Opens (or brings to front) the window, owned by the playground's. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("NeuralLab: insights");
            if (owner != null) {
                stage.initOwner(owner);
            }
            Scene scene = new Scene(root, 1280, 800);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isShortcutDown() && e.getCode() == KeyCode.I || e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                    e.consume();
                } else if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)
                        && !(scene.getFocusOwner() instanceof ButtonBase)) {
                    vm.togglePlay();
                    e.consume();
                }
            });
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        refreshSelected(true);
    }

    /** Shows the window, or hides it when it shows. */
    public void toggle(Window owner) {
        if (isShowing()) {
            stage.hide();
        } else {
            show(owner);
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }

    public BorderPane root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    public void select(Insight i) {
        tabs.getSelectionModel().select(tabOf.get(i));
    }

    public Insight selected() {
        return Insight.values()[Math.max(0, tabs.getSelectionModel().getSelectedIndex())];
    }

    /** How many times the tab's view was updated from a snapshot (tests: only the selected one is). */
    public int refreshes(Insight i) {
        return refreshes.get(i);
    }

    public LiveInsights insights() {
        return insights;
    }

    /** Mean and worst time of {@link #onFrame}, milliseconds, since the last reset. */
    public double meanFrameMillis() {
        return framesTimed == 0 ? Double.NaN : frameNanos / 1e6 / framesTimed;
    }

    public double maxFrameMillis() {
        return maxFrameNanos / 1e6;
    }

    public void resetTiming() {
        frameNanos = 0;
        maxFrameNanos = 0;
        framesTimed = 0;
    }

    // ---- feeding --------------------------------------------------------------------------------

    /** Once per frame with the newest snapshot, on the FX thread. */
    public void onFrame(LiveSnapshot s) {
        long start = System.nanoTime();
        // the views themselves are built when first shown: opening the app pays nothing for them
        viewsStale |= insights.accept(s);
        if (isShowing() && insights.ready()) {
            refreshSelected(false);
        }
        long spent = System.nanoTime() - start;
        frameNanos += spent;
        maxFrameNanos = Math.max(maxFrameNanos, spent);
        framesTimed++;
    }

    private void rebuildViews() {
        weightsView = new WeightsView(insights.weights());
        flowView = new GradientFlowView(insights.flow());
        activationsView = new ActivationsView(insights.activations());
        setContent(Insight.WEIGHTS, weightsView);
        setContent(Insight.GRADIENT_FLOW, flowView);
        setContent(Insight.ACTIVATIONS, activationsView);
        if (insights.planar()) {
            historyView = new BoundaryHistoryView(insights.history(), LiveInsights.THUMBNAIL, insights::boundary);
            setContent(Insight.HISTORY, historyView);
        } else {
            historyView = null;
            setContent(Insight.HISTORY, label("The decision boundary needs 2-D data (x1, x2): this data set has "
                    + insights.network().inputCount() + " inputs."));
        }
        if (compareView == null) {
            compareView = new CompareRunsView(insights.comparison());
            setContent(Insight.COMPARE, compareView);
        }
        int rows = insights.trainingRows();
        sample.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Math.max(0, rows - 1),
                Math.min(sample.getValue() == null ? 0 : sample.getValue(), Math.max(0, rows - 1))));
        walkthroughView = null;
        finderResult = null;
        applyRate.setDisable(true);
        if (finderView != null) {
            finderView = null;
            setContent(Insight.LR_FINDER, label("The network changed: run the finder again."));
        }
        if (landscapeView != null) {
            landscapeView = null;
            setContent(Insight.LANDSCAPE, label("The network changed: compute the landscape again."));
        }
    }

    /** Updates the selected tab's model and redraws it; the others cost nothing. */
    private void refreshSelected(boolean tabChanged) {
        if (!insights.ready()) {
            return;
        }
        if (viewsStale) {
            rebuildViews();
            viewsStale = false;
        }
        Insight i = selected();
        if (i == Insight.OPTIMIZER_RACE && raceView == null) {
            raceView = new OptimizerRaceView(OptimizerRace.allOptimizers(LossSurface.ROSENBROCK));
            setContent(Insight.OPTIMIZER_RACE, raceView);
        }
        switch (i) {
            case WEIGHTS -> {
                insights.updateWeights();
                weightsView.refresh();
            }
            case GRADIENT_FLOW -> flowView.refresh();
            case ACTIVATIONS -> {
                insights.updateActivations();
                activationsView.refresh();
            }
            case BACKPROP -> {
                if (tabChanged || walkthroughView == null) {
                    showWalkthrough();
                }
            }
            case HISTORY -> {
                if (historyView != null) {
                    historyView.refresh();
                }
            }
            case COMPARE -> {
                // the pins change when pinned, cleared, or replaced by an opened file's
                if (tabChanged || insights.comparison().version() != compareShown) {
                    compareShown = insights.comparison().version();
                    compareView.refresh();
                }
            }
            default -> {
                return;
            }
        }
        refreshes.merge(i, 1, Integer::sum);
    }

    private void showWalkthrough() {
        if (!insights.ready() || sample.getValue() == null) {
            return;
        }
        try {
            var w = insights.walkthrough(sample.getValue());
            if (walkthroughView == null) {
                walkthroughView = new WalkthroughView(w);
                setContent(Insight.BACKPROP, walkthroughView);
            } else {
                walkthroughView.show(w);
            }
            var train = insights.latest().splits().train();
            int k = Math.min(sample.getValue(), train.size() - 1);
            walkthroughNote.setText("inputs " + Arrays.toString(round(train.inputs()[k])) + " → target "
                    + InsightPane.num(train.targets()[k]) + ", epoch " + insights.latest().epoch());
        } catch (IllegalArgumentException e) {
            walkthroughNote.setText(e.getMessage());
        }
    }

    private static String[] round(double[] v) {
        String[] s = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = InsightPane.num(v[i]);
        }
        return s;
    }

    private void runFinder() {
        if (!insights.ready()) {
            return;
        }
        runFinder.setDisable(true);
        finderNote.setText("Running the finder on a copy of the network…");
        submit(insights.finderTask(insights.latest().experiment().seed()), r -> {
            finderResult = r;
            if (finderView == null) {
                finderView = new LearningRateFinderView(r);
                setContent(Insight.LR_FINDER, finderView);
            } else {
                finderView.show(r);
            }
            applyRate.setText("Apply suggested rate " + String.format(Locale.ROOT, "%.3g", r.suggestion()));
            applyRate.setDisable(!(r.suggestion() > 0));
            finderNote.setText("");
        }, runFinder, finderNote);
    }

    private void computeLandscape() {
        if (!insights.ready()) {
            return;
        }
        computeLandscape.setDisable(true);
        landscapeNote.setText("Computing " + LiveInsights.LANDSCAPE_RESOLUTION + "×" + LiveInsights.LANDSCAPE_RESOLUTION
                + " losses…");
        submit(insights.landscapeTask(), (LossLandscape l) -> {
            if (landscapeView == null) {
                landscapeView = new LossLandscapeView(l);
                setContent(Insight.LANDSCAPE, landscapeView);
            } else {
                landscapeView.show(l);
            }
            landscapeNote.setText("At epoch " + insights.latest().epoch() + "; press again to recompute.");
        }, computeLandscape, landscapeNote);
    }

    private <T> void submit(Callable<T> task, Consumer<T> done, Button button, Label note) {
        background.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    button.setDisable(false);
                    note.setText("Failed: " + e.getMessage());
                });
                return;
            }
            Platform.runLater(() -> {
                button.setDisable(false);
                done.accept(result);
            });
        });
    }

    /** Pins the run (the button's action); the refusal message, if any. */
    public Optional<String> pin() {
        Optional<String> refused = insights.pin();
        if (refused.isEmpty()) {
            vm.pinsChanged();
        }
        compareNote.setText(refused.orElse("Pinned " + insights.comparison().size() + " of "
                + RunComparison.MAX_RUNS + "."));
        if (compareView != null) {
            compareView.refresh();
        }
        return refused;
    }
}
