package neurallab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.insight.InsightsWindow;
import neurallab.ui.lesson.LessonDock;
import neurallab.ui.text.Texts;
import neurallab.ui.view.DataPanel;
import neurallab.ui.view.FileActions;
import neurallab.ui.view.MetricsView;
import neurallab.ui.view.NetworkView;
import neurallab.ui.view.OutputView;
import neurallab.ui.view.Subscriptions;
import neurallab.ui.view.ToolbarView;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The playground window: toolbar on top; data, network and output left to right; the figures and
 * charts under the output, in tabs where insight views plug in ({@link #metrics()}). An AnimationTimer
 * takes the trainer's newest snapshot once per frame and hands it to the views.
 */
public final class PlaygroundWindow implements FileActions {
    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    /** What this window's views hold on the view-model, the appearance and the stage: let go by {@link #close()}. */
    private final Subscriptions subscriptions = new Subscriptions();
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
    private final FileMenu files;
    private final Presentation presentation;
    private final ExportMenu exports;
    private final Shortcuts shortcuts;
    private final LessonDock lessons;

    public PlaygroundWindow(PlaygroundViewModel vm, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        lessons = new LessonDock(vm, subscriptions);
        files = new FileMenu(vm, lessons);
        DataPanel data = new DataPanel(vm, subscriptions);
        network = new NetworkView(vm, appearance, subscriptions);
        output = new OutputView(vm, appearance, subscriptions);
        metrics = new MetricsView(vm, appearance, subscriptions);
        insights = new InsightsWindow(vm, appearance, subscriptions);
        exports = new ExportMenu(vm, layout, network, output, metrics, insights);
        toolbar = new ToolbarView(vm, appearance, this, subscriptions); // its File menu holds the Export submenu
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

        Notices notices = new Notices(vm, subscriptions);
        VBox top = new VBox(toolbar, notices.banner());
        layout.setTop(top);
        layout.setBottom(statusBar());
        ZoomedPanels.install(layout, center, appearance, subscriptions);
        root = new StackPane(layout);
        notices.floatOver(root, shortcutHint);
        root.setId("playgroundRoot");
        lessons.install(center, root);
        frameListeners.add(lessons::onFrame);
        frameListeners.add(insights::onFrame);
        presentation = new Presentation(appearance, root, toolbar::setCompact, subscriptions);
        shortcuts = new Shortcuts(vm, appearance, files, this::showInsights, presentation, exports::picture);
        shortcuts.setLessonSteps(lessons.session()::next, lessons.session()::back);
        shortcutHint.setText(shortcuts.hint());

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

    public LessonDock lessons() {
        return lessons;
    }

    /** Opens a file as the user would: a lesson file starts its lesson, any other opens as an experiment. */
    public boolean open(Path file) {
        return lessons.open(file);
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

    /**
     * Takes the window down for good, another being built in its place: frames stop, and its views let go of
     * the view-model, the appearance and the stage, so nothing of this window stays reachable or at work.
     */
    public void close() {
        stop();
        subscriptions.release();
    }

    /** The scene with theme, zoom and keyboard shortcuts. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        applyTheme(scene);
        subscriptions.listen(appearance.theme(), (o, a, t) -> applyTheme(scene));
        subscriptions.listen(appearance.zoom(), (o, a, z) -> applyZoom());
        applyZoom();
        shortcuts.install(scene, root);
        return scene;
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

    private Region statusBar() {
        Label file = new Label();
        subscriptions.bind(file.textProperty(), vm.title());
        file.getStyleClass().add("small");
        Label keys = shortcutHint;
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
        files.setOwner(s);
        exports.setOwner(s);
        presentation.attach(s);
        subscriptions.bind(s.titleProperty(), vm.title());
        LanguageSwitch.follow(this, s, vm, appearance);
        s.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
    }

    /** True if the window may close (asks first when there are unsaved changes). */
    public boolean confirmClose() {
        return files.confirmClose();
    }

    /** The insight views in their own window (toolbar button, Ctrl+I). */
    @Override
    public void showInsights() {
        insights.toggle(stage);
    }

    /** Presentation mode on or off (F5, the toolbar's projector button). */
    @Override
    public void togglePresentation() {
        presentation.toggle();
    }

    ExportMenu exports() {
        return exports;
    }

    public InsightsWindow insights() {
        return insights;
    }

    @Override
    public void fillMenu(MenuButton menu) {
        files.fill(menu, exports.menu());
        menu.getItems().add(LanguageSwitch.menu(appearance.language()));
    }
}
