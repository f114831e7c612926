package neurallab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.insight.InsightsWindow;
import neurallab.ui.view.DataPanel;
import neurallab.ui.view.FileActions;
import neurallab.ui.view.LazyTooltip;
import neurallab.ui.view.MetricsView;
import neurallab.ui.view.NetworkView;
import neurallab.ui.view.OutputView;
import neurallab.ui.view.ToolbarView;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The playground window: toolbar on top; data, network and output left to right; the figures and
 * charts under the output, in tabs where insight views plug in ({@link #metrics()}). An AnimationTimer
 * takes the trainer's newest snapshot once per frame and hands it to the views.
 */
public final class PlaygroundWindow implements FileActions {
    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    /** Toolbar, panels and status bar. */
    private final BorderPane layout = new BorderPane();
    /** The scene's root: the layout, with the notice floating over its bottom edge. */
    private final StackPane root;
    private final ToolbarView toolbar;
    private final NetworkView network;
    private final OutputView output;
    private final MetricsView metrics;
    private final FrameStats stats = new FrameStats();
    private final AnimationTimer timer;
    private Stage stage;
    private final List<Consumer<LiveSnapshot>> frameListeners = new ArrayList<>();
    private final InsightsWindow insights;
    private final Label shortcutHint = new Label();
    private Menu examples; // File > Examples, built when the menu first opens

    public PlaygroundWindow(PlaygroundViewModel vm, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        toolbar = new ToolbarView(vm, appearance, this);
        DataPanel data = new DataPanel(vm);
        network = new NetworkView(vm, appearance);
        output = new OutputView(vm, appearance);
        metrics = new MetricsView(vm, appearance);
        SplitPane right = new SplitPane(output, metrics);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        data.setMinWidth(150);
        data.setPrefWidth(15.5 * Appearance.BASE_FONT);
        right.setMinWidth(220);
        right.setPrefWidth(26 * Appearance.BASE_FONT);
        SplitPane center = new SplitPane(data, network, right);
        center.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(data, false);
        BorderPane.setMargin(center, new Insets(6));

        VBox top = new VBox(toolbar, banner());
        layout.setTop(top);
        layout.setBottom(statusBar());
        ZoomedPanels.install(layout, center, appearance);
        // The notice floats over the status bar instead of taking a row above the panels: coming and
        // going, it then repaints only itself, where a row would move every panel (a whole-window repaint
        // in software, every time a notice times out during training).
        root = new StackPane(layout);
        Region notice = notice();
        notice.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(notice, Pos.BOTTOM_LEFT); // over the file name: the shortcut hint stays readable
        notice.maxWidthProperty().bind(root.widthProperty().subtract(shortcutHint.widthProperty()).subtract(36));
        StackPane.setMargin(notice, new Insets(0, 0, 3, 6));
        root.setId("playgroundRoot");
        insights = new InsightsWindow(vm, appearance);
        frameListeners.add(insights::onFrame);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stats.frame(now);
                if (vm.frame()) {
                    LiveSnapshot s = vm.snapshot().get();
                    toolbar.update(s);
                    network.update(s);
                    output.update(s);
                    metrics.update(s);
                    for (Consumer<LiveSnapshot> l : frameListeners) {
                        l.accept(s);
                    }
                }
            }
        };
    }

    /**
     * Where insight views plug in: {@code metrics().addTab(title, view)} adds a tab beside loss, accuracy
     * and the confusion matrix, and {@link #addFrameListener} hands the view each new snapshot (weights,
     * biases, last gradients, neuron maps) once per frame on the FX thread.
     */
    public void addFrameListener(Consumer<LiveSnapshot> listener) {
        frameListeners.add(listener);
    }

    public MetricsView metrics() {
        return metrics;
    }

    public NetworkView network() {
        return network;
    }

    public FrameStats stats() {
        return stats;
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** The scene with theme, zoom and keyboard shortcuts. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        applyTheme(scene);
        appearance.theme().addListener((o, a, t) -> applyTheme(scene));
        appearance.zoom().addListener((o, a, z) -> applyZoom());
        applyZoom();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (e.isShortcutDown()) {
                switch (e.getCode()) {
                    case EQUALS, PLUS, ADD -> appearance.zoomIn();
                    case MINUS, SUBTRACT -> appearance.zoomOut();
                    case DIGIT0, NUMPAD0 -> appearance.resetZoom();
                    case S -> save(e.isShiftDown());
                    case O -> open();
                    case N -> newExperiment();
                    case I -> showInsights();
                    case Z, Y -> {
                        if (typing) {
                            return; // the text field's own undo
                        }
                        history(e);
                    }
                    default -> {
                        return;
                    }
                }
                e.consume();
                return;
            }
            if (typing) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                vm.togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                if (e.isShiftDown()) {
                    vm.stepBatch();
                } else {
                    vm.stepEpoch();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                vm.reset();
                e.consume();
            }
        });
        return scene;
    }

    // Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo
    private void history(KeyEvent e) {
        if (e.getCode() == KeyCode.Y || e.isShiftDown()) {
            vm.redo();
        } else {
            vm.undo();
        }
    }

    private void applyTheme(Scene scene) {
        scene.getStylesheets().setAll(
                PlaygroundWindow.class.getResource("base.css").toExternalForm(),
                PlaygroundWindow.class.getResource(appearance.theme().get().stylesheet()).toExternalForm());
    }

    private void applyZoom() {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", appearance.fontSize()));
        root.requestLayout();
    }

    private Region banner() {
        Label text = new Label();
        text.textProperty().bind(vm.banner());
        text.setWrapText(true);
        text.setId("bannerText");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button lower = new Button("Lower the learning rate ×0.1", new FontIcon("mdi-arrow-down-bold"));
        lower.setId("lowerRateButton");
        lower.setOnAction(e -> vm.lowerLearningRate());
        lower.visibleProperty().bind(vm.diverged());
        Button reset = new Button("Reset", new FontIcon("mdi-replay"));
        reset.setId("bannerResetButton");
        reset.setOnAction(e -> vm.reset());
        // the message wraps; the two actions always show their whole label
        lower.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        HBox box = new HBox(10, new FontIcon("mdi-alert"), text, lower, reset);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("banner");
        box.setId("banner");
        box.visibleProperty().bind(vm.banner().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Region notice() {
        Label text = new Label();
        text.textProperty().bind(vm.notice());
        text.setId("noticeText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi-close"));
        close.setOnAction(e -> vm.dismissNotice());
        close.setId("noticeClose");
        LazyTooltip.install(close, "Dismiss this notice (it also goes away by itself after 8 s)");
        HBox box = new HBox(8, new FontIcon("mdi-information-outline"), text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("notice");
        // a notice says what just happened; it goes away by itself after a while
        PauseTransition fade = new PauseTransition(Duration.seconds(8));
        fade.setOnFinished(e -> vm.dismissNotice());
        // The notice joins and leaves the scene rather than turning invisible: the first invisible node
        // sends the FX thread's compiled bounds code, which has only met visible nodes, back to the
        // interpreter, a stall in the middle of training.
        vm.notice().addListener((o, a, t) -> {
            if (t != null && !t.isEmpty()) {
                fade.playFromStart();
            }
            floatNotice(box);
        });
        floatNotice(box);
        return box;
    }

    private void floatNotice(Region box) {
        String text = vm.notice().get();
        boolean shown = text != null && !text.isEmpty();
        if (shown && !root.getChildren().contains(box)) {
            root.getChildren().add(box);
        } else if (!shown) {
            root.getChildren().remove(box);
        }
    }

    private Region statusBar() {
        Label file = new Label();
        file.textProperty().bind(vm.title());
        file.getStyleClass().add("small");
        Label keys = shortcutHint;
        keys.setText("Space play/pause · → step · Shift+→ one batch · R reset · Ctrl+Z undo · Ctrl+I insights · Ctrl+= / Ctrl+− zoom · Ctrl+S save");
        keys.getStyleClass().addAll("small", "muted");
        keys.setId("shortcutHint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, file, spacer, keys);
        box.getStyleClass().add("status-bar");
        return box;
    }

    // ---- files ---------------------------------------------------------------------------------

    /** Binds the stage: title, close with unsaved changes. */
    public void attach(Stage s) {
        stage = s;
        s.titleProperty().bind(vm.title());
        s.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
    }

    /** True if the window may close (asks first when there are unsaved changes). */
    public boolean confirmClose() {
        return confirmDiscard("closing");
    }

    /** True if the experiment may be replaced (asks first when there are unsaved changes); doing: "opening …". */
    private boolean confirmDiscard(String doing) {
        if (vm.closeRequested() == PlaygroundViewModel.CloseDecision.CLOSE) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to this experiment before " + doing + "?",
                save, discard, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(stage);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            Path target = vm.file().get() != null ? vm.file().get() : chooseSaveTarget();
            return vm.resolveClose(PlaygroundViewModel.CloseAnswer.SAVE, target);
        }
        return vm.resolveClose(answer == discard ? PlaygroundViewModel.CloseAnswer.DISCARD
                : PlaygroundViewModel.CloseAnswer.CANCEL, null);
    }

    /** The insight views in their own window (toolbar button, Ctrl+I). */
    @Override
    public void showInsights() {
        insights.toggle(stage);
    }

    public InsightsWindow insights() {
        return insights;
    }

    @Override
    public void fillMenu(MenuButton menu) {
        MenuItem newItem = new MenuItem("New", new FontIcon("mdi-file-outline"));
        newItem.setOnAction(e -> newExperiment());
        MenuItem open = new MenuItem("Open…", new FontIcon("mdi-folder-outline"));
        open.setId("openItem");
        open.setOnAction(e -> open());
        MenuItem save = new MenuItem("Save", new FontIcon("mdi-content-save"));
        save.setOnAction(e -> save(false));
        MenuItem saveAs = new MenuItem("Save as…");
        saveAs.setOnAction(e -> save(true));
        MenuItem importCsv = new MenuItem("Import data (CSV)…", new FontIcon("mdi-file-delimited"));
        importCsv.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Import data: numeric columns, the last one the label");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File f = fc.showOpenDialog(stage);
            if (f != null) {
                vm.selectCsv(f.toPath());
            }
        });
        MenuItem exportCsv = new MenuItem("Export data (CSV)…");
        exportCsv.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export data");
            fc.setInitialFileName("data.csv");
            File f = fc.showSaveDialog(stage);
            if (f != null) {
                vm.exportCsv(f.toPath());
            }
        });
        MenuItem about = new MenuItem("About NeuralLab", new FontIcon("mdi-information-outline"));
        about.setOnAction(e -> AboutDialog.show(stage));
        if (examples == null) {
            examples = ExamplesMenu.create(e -> {
                if (confirmClose()) {
                    vm.load(e, null); // untitled: saving asks for a file instead of writing into the app
                }
            });
        }
        menu.getItems().setAll(HistoryItems.undo(vm), HistoryItems.redo(vm), new SeparatorMenuItem(), newItem, open,
                examples, save, saveAs, new SeparatorMenuItem(), importCsv, exportCsv,
                new SeparatorMenuItem(), about);
        List<Path> recent = vm.recentFiles();
        if (!recent.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            for (Path p : recent) {
                MenuItem item = new MenuItem(p.getFileName().toString());
                item.setOnAction(e -> {
                    if (confirmDiscard("opening " + p.getFileName())) {
                        vm.open(p);
                    }
                });
                menu.getItems().add(item);
            }
        }
    }

    private void newExperiment() {
        if (confirmDiscard("starting a new experiment")) {
            vm.newExperiment();
        }
    }

    private void open() {
        if (!confirmDiscard("opening another experiment")) {
            return;
        }
        FileChooser fc = chooser();
        fc.setTitle("Open experiment");
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private void save(boolean as) {
        if (as || !vm.save()) {
            Path target = chooseSaveTarget();
            if (target != null) {
                vm.saveAs(target);
            }
        }
    }

    private Path chooseSaveTarget() {
        FileChooser fc = chooser();
        fc.setTitle("Save experiment");
        fc.setInitialFileName("experiment.json");
        File f = fc.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    private static FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("NeuralLab experiment", "*.json"));
        return fc;
    }

    /** Frame times measured by the AnimationTimer, for --benchmark-ui. */
    public static final class FrameStats {
        private long[] gaps = new long[1 << 16];
        private long[] ends = new long[1 << 16];
        private int count;
        private long last;
        private long startAfter = Long.MAX_VALUE;

        /** Starts recording frames after this System.nanoTime(). */
        public void recordFrom(long nanos) {
            startAfter = nanos;
            count = 0;
            last = 0;
        }

        void frame(long now) {
            if (now >= startAfter) {
                if (last != 0 && count < gaps.length) {
                    ends[count] = now;
                    gaps[count++] = now - last;
                }
                last = now;
            }
        }

        public int count() {
            return count;
        }

        /** How many gaps were longer than this many milliseconds. */
        public int countOver(double millis) {
            return secondsOfGapsOver(millis).length;
        }

        /** When each gap longer than this many milliseconds ended, in seconds after recording started. */
        public double[] secondsOfGapsOver(double millis) {
            return IntStream.range(0, count).filter(i -> gaps[i] > millis * 1e6)
                    .mapToDouble(i -> (ends[i] - startAfter) / 1e9).toArray();
        }

        /** Gap quantile q in [0, 1], milliseconds. */
        public double quantileMillis(double q) {
            if (count == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(gaps, count);
            Arrays.sort(sorted);
            int i = (int) Math.min(count - 1, Math.round(q * (count - 1)));
            return sorted[i] / 1e6;
        }
    }
}
