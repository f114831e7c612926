package neurallab.ui.insight;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import neurallab.session.insight.LearningRateFinder;
import neurallab.session.insight.LiveInsights;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.text.Texts;
import neurallab.ui.view.Subscriptions;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The insight views in a window of their own, owned by the playground's: it opens on the right of the screen,
 * its full height and half its width, and "Side by side" gives the playground the left half, so an insight and
 * the training are watched together. One tab per view with a line saying what it shows and how to read it; the
 * theme and the zoom are the playground's. {@link #onFrame} hands every snapshot to the view-model; the
 * selected tab alone is updated and redrawn, and only while the window shows.
 */
public final class InsightsWindow {
    /** The tabs, in order; each one's title and explanation are the texts insight.tab.title.NAME and .explain.NAME. */
    public enum Insight {
        WEIGHTS, GRADIENT_FLOW, ACTIVATIONS, BACKPROP, OPTIMIZER_RACE, LR_FINDER, LANDSCAPE, HISTORY, COMPARE;

        public String title() {
            return InsightTexts.named("insight.tab.title.", this);
        }

        /** The line under the tabs saying what the view shows and how to read it. */
        String explanation() {
            // the finder's caption states the rule its suggestion follows, with the share the loss must fall by
            String rule = Texts.get("insight.finder.rule", Math.round(100 * LearningRateFinder.FALL));
            return InsightTexts.named("insight.tab.explain.", this, rule);
        }

        /** What the tab says before its view exists. */
        String placeholder() {
            return switch (this) {
                case LR_FINDER -> Texts.get("insight.placeholder.finder");
                case LANDSCAPE -> Texts.get("insight.placeholder.landscape");
                default -> Texts.get("insight.placeholder.train");
            };
        }
    }

    private final InsightsViewModel model;
    private final Appearance appearance;
    /** The playground window's: the theme and zoom followed here are let go with it. */
    private final Subscriptions subscriptions;
    private final TabPane tabs = new TabPane();
    private final Map<Insight, Tab> tabOf = new EnumMap<>(Insight.class);
    private final Map<Insight, BorderPane> bodies = new EnumMap<>(Insight.class);
    private final VBox root;
    private final InsightViews views;
    private final Spinner<Integer> sample = new Spinner<>(0, 0, 0);
    private Stage stage;
    private Look look;

    /** With a background thread of its own for the landscape and the finder. */
    public InsightsWindow(PlaygroundViewModel vm, Appearance appearance, Subscriptions subscriptions) {
        this.model = new InsightsViewModel(vm, backgroundThread());
        this.appearance = appearance;
        this.subscriptions = subscriptions;
        for (Insight i : Insight.values()) {
            Label explanation = new Label(i.explanation());
            explanation.setWrapText(true);
            explanation.setId("insight-explanation-" + i.name());
            explanation.getStyleClass().add("insight-explanation");
            BorderPane body = new BorderPane(placeholder(i.placeholder()));
            // the tab never grows wider than the window: its views fit, wrap or scroll, none runs off the edge
            body.setMinSize(0, 0);
            body.setTop(explanation);
            BorderPane.setMargin(explanation, new Insets(6, 10, 0, 10));
            Tab tab = new Tab(i.title(), body);
            tab.setId("insight-tab-" + i.name());
            tab.setClosable(false);
            tabs.getTabs().add(tab);
            tabOf.put(i, tab);
            bodies.put(i, body);
        }
        views = new InsightViews(model, this::setContent);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (isShowing()) {
                refreshSelected(true);
            }
        });
        buildToolbars();
        Button tile = new Button(Texts.get("insight.window.sideBySide"));
        tile.setId("insights-side-by-side");
        tile.setOnAction(e -> sideBySide());
        // on a row of its own above the tabs: over the tab strip it hid the selected tab when the tabs overflowed
        HBox bar = new HBox(tile);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(3, 6, 0, 6));
        root = new VBox(bar, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setId("insightsRoot");
        root.getStyleClass().add("insights");
    }

    static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("overlay-message");
        return l;
    }

    private void buildToolbars() {
        sample.setEditable(true);
        sample.setId("walkthrough-sample");
        sample.setPrefWidth(110);
        sample.valueProperty().addListener((o, a, v) -> showWalkthrough());
        Button again = new Button(Texts.get("insight.walkthrough.again"));
        again.setOnAction(e -> showWalkthrough());
        tools(Insight.BACKPROP, note(model.walkthroughNote()), new Label(Texts.get("insight.walkthrough.point")), sample,
                again);

        Button runFinder = new Button(Texts.get("insight.finder.run"));
        runFinder.setId("finder-run");
        runFinder.setOnAction(e -> model.runFinder());
        runFinder.disableProperty().bind(model.busy());
        Button apply = new Button(Texts.get("insight.finder.apply"));
        apply.setId("finder-apply");
        apply.setOnAction(e -> model.applySuggestion());
        model.finder().addListener((o, a, r) -> {
            apply.setDisable(r == null || !r.hasSuggestion());
            apply.setText(r == null || !r.hasSuggestion() ? Texts.get("insight.finder.apply")
                    : Texts.get("insight.finder.applyRate", InsightsViewModel.rate(r.suggestion())));
        });
        apply.setDisable(true);
        tools(Insight.LR_FINDER, note(model.finderNote()), runFinder, apply);

        Button compute = new Button(Texts.get("insight.landscape.compute"));
        compute.setId("landscape-compute");
        compute.setOnAction(e -> model.computeLandscape());
        compute.disableProperty().bind(model.busy());
        tools(Insight.LANDSCAPE, note(model.landscapeNote()), compute);

        Button pin = new Button(Texts.get("insight.compare.pin"));
        pin.setId("compare-pin");
        pin.setOnAction(e -> pin());
        Button clear = new Button(Texts.get("insight.compare.clear"));
        clear.setOnAction(e -> {
            model.clearPins();
            refreshSelected(true);
        });
        Label compareNote = note(model.compareNote());
        compareNote.setId("compare-note");
        tools(Insight.COMPARE, compareNote, pin, clear);
    }

    // a line under the controls, wrapped within the tab, taking no room while it says nothing
    private static Label note(ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.getStyleClass().add("insight-text");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        VBox.setMargin(l, new Insets(0, 10, 0, 10));
        return l;
    }

    // a row of controls under the tab's explanation, then its note; the row wraps rather than cut a label off
    private void tools(Insight i, Label note, Node... nodes) {
        FlowPane bar = new FlowPane(12, 6, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 0, 10));
        bar.getStyleClass().add("insight-tools");
        BorderPane body = bodies.get(i);
        Node explanation = body.getTop();
        // the explanation keeps its margin inside the box (a BorderPane's margin no longer reaches it there)
        VBox.setMargin(explanation, BorderPane.getMargin(explanation));
        body.setTop(new VBox(4, explanation, bar, note));
    }

    private void setContent(Insight i, Node view) {
        if (view instanceof Themed t) {
            t.setLook(lookNow());
        }
        bodies.get(i).setCenter(view);
    }

    private Look lookNow() {
        if (look == null) {
            look = Look.of(appearance.theme().get(), appearance.fontSize());
        }
        return look;
    }

    // ---- showing --------------------------------------------------------------------------------

    /** Opens (or brings to front) the window, owned by the playground's. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(Texts.get("insight.window.title"));
            if (owner != null) {
                stage.initOwner(owner);
            }
            Rectangle2D place = InsightsPlacement.insights(screen(owner));
            Scene scene = new Scene(root, place.getWidth(), place.getHeight());
            applyAppearance(scene);
            subscriptions.listen(appearance.theme(), (o, a, t) -> applyAppearance(scene));
            subscriptions.listen(appearance.zoom(), (o, a, z) -> applyAppearance(scene));
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(scene, e));
            stage.setScene(scene);
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
        }
        stage.show();
        stage.toFront();
        refreshSelected(true);
    }

    private void keys(Scene scene, KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.I || e.getCode() == KeyCode.ESCAPE) {
            stage.hide();
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)
                && !(scene.getFocusOwner() instanceof ButtonBase)) {
            model.togglePlay();
            e.consume();
        }
    }

    // the visual bounds of the screen the playground is on (the primary one without it)
    private static Rectangle2D screen(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** The playground on the left half of its screen, the insights on the right half. */
    public void sideBySide() {
        Window owner = stage == null ? null : stage.getOwner();
        Rectangle2D[] halves = InsightsPlacement.sideBySide(screen(owner));
        if (owner instanceof Stage playground) {
            playground.setMaximized(false);
            place(playground, halves[0]);
        }
        place(stage, halves[1]);
    }

    private static void place(Stage s, Rectangle2D r) {
        s.setX(r.getMinX());
        s.setY(r.getMinY());
        s.setWidth(r.getWidth());
        s.setHeight(r.getHeight());
    }

    // the playground's stylesheets and zoom, and the insights' own; every canvas redrawn in the new look
    private void applyAppearance(Scene scene) {
        scene.getStylesheets().setAll(css("base.css"), css(appearance.theme().get().stylesheet()), css("insights.css"));
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", appearance.fontSize()));
        look = Look.of(appearance.theme().get(), appearance.fontSize());
        for (BorderPane body : bodies.values()) {
            if (body.getCenter() instanceof Themed t) {
                t.setLook(look);
            }
        }
    }

    private static String css(String name) {
        return InsightsWindow.class.getResource("/neurallab/ui/" + name).toExternalForm();
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

    public TabPane tabs() {
        return tabs;
    }

    public void select(Insight i) {
        tabs.getSelectionModel().select(tabOf.get(i));
    }

    public Insight selected() {
        return Insight.values()[Math.max(0, tabs.getSelectionModel().getSelectedIndex())];
    }

    public InsightsViewModel model() {
        return model;
    }

    public LiveInsights insights() {
        return model.insights();
    }

    // ---- feeding --------------------------------------------------------------------------------

    /** Once per frame with the newest snapshot, on the FX thread. */
    public void onFrame(LiveSnapshot s) {
        // the views themselves are built when first shown: opening the app pays nothing for them
        views.stale(model.accept(s));
        if (isShowing() && model.ready()) {
            refreshSelected(false);
        }
    }

    private void refreshSelected(boolean tabChanged) {
        if (!model.ready()) {
            return;
        }
        if (views.rebuildIfStale()) {
            int rows = model.insights().trainingRows();
            int last = Math.max(0, rows - 1);
            sample.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, last,
                    Math.min(sample.getValue() == null ? 0 : sample.getValue(), last)));
        }
        views.refresh(selected(), tabChanged);
        if (selected() == Insight.BACKPROP && (tabChanged || !views.hasWalkthrough())) {
            showWalkthrough();
        }
    }

    private void showWalkthrough() {
        if (sample.getValue() != null) {
            model.walkthrough(sample.getValue()).ifPresent(views::showWalkthrough);
        }
    }

    /** Pins the run (the button's action); the refusal message, if any. */
    public Optional<String> pin() {
        var refused = model.pin();
        views.refresh(Insight.COMPARE, true);
        return refused;
    }

    // one thread for the landscape and the finder, which ends after a minute idle (a window replaced in another
    // language leaves no thread behind) and starts again on the next job
    private static Executor backgroundThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "neurallab-insights");
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
