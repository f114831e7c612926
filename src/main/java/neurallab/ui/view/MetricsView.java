package neurallab.ui.view;

import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.LossHistory;
import neurallab.session.live.TrainerState;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.Format;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The current figures in large type, then tabs: loss over epochs, accuracy, the confusion matrix, and any
 * insight views added by {@link #addTab}.
 */
public final class MetricsView extends VBox {
    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    private final Label testLoss = new Label("–");
    private final Label trainLoss = new Label("–");
    private final Label accuracy = new Label("");
    private final TextRefresh refresh = new TextRefresh();
    private final ChartView lossChart;
    private final ChartView accuracyChart;
    private final GridPane confusion = new GridPane();
    private final Label confusionNote = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab accuracyTab;
    private final Tab confusionTab;
    private int[][] shownConfusion;
    /** The charts' repaint turn: while training they draw on every third snapshot (20 Hz). */
    private final ViewTurn turn = new ViewTurn(ViewTurn.Turn.CHART);

    public MetricsView(PlaygroundViewModel vm, Appearance appearance, Subscriptions subscriptions) {
        this.vm = vm;
        this.appearance = appearance;
        getStyleClass().addAll("panel", "metrics-view");
        setSpacing(6);
        testLoss.getStyleClass().add("big-number");
        testLoss.setId("testLossLabel");
        trainLoss.getStyleClass().add("big-number");
        trainLoss.setId("trainLossLabel");
        accuracy.getStyleClass().add("big-number");
        accuracy.setId("accuracyLabel");
        FlowPane numbers = new FlowPane(18, 4, figure(Texts.get("metrics.testLoss"), testLoss, 2),
                figure(Texts.get("metrics.trainLoss"), trainLoss, 0), figure(Texts.get("metrics.testAccuracy"), accuracy, 2));
        numbers.setId("metricNumbers");
        int[] lossCols = {LossHistory.TRAIN_LOSS, LossHistory.VALIDATION_LOSS, LossHistory.TEST_LOSS};
        int[] accCols = {LossHistory.TRAIN_ACCURACY, LossHistory.VALIDATION_ACCURACY, LossHistory.TEST_ACCURACY};
        lossChart = new ChartView(appearance, lossCols, false, subscriptions);
        lossChart.setId("lossChart");
        accuracyChart = new ChartView(appearance, accCols, true, subscriptions);
        CheckBox log = new CheckBox(Texts.get("metrics.logScale"));
        log.setId("logScaleCheck");
        subscriptions.bindBidirectional(log.selectedProperty(), vm.logScale());
        // a narrow panel (1024 × 768 with a lesson beside it) wraps the legend rather than cut its names
        FlowPane legend = new FlowPane(10, 2, swatch(Texts.get("split.train"), 0), swatch(Texts.get("split.validation"), 1),
                swatch(Texts.get("split.test"), 2), log);
        legend.setAlignment(Pos.CENTER_LEFT);
        log.setMinWidth(Region.USE_PREF_SIZE);
        VBox lossBox = new VBox(4, lossChart, legend);
        lossChart.setMinHeight(0);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        tabs.getTabs().add(new Tab(Texts.get("metrics.loss"), lossBox));
        accuracyTab = new Tab(Texts.get("metrics.accuracy"), accuracyChart);
        confusion.setHgap(2);
        confusion.setVgap(2);
        confusion.setId("confusionMatrix");
        confusionNote.getStyleClass().addAll("small", "muted");
        confusionNote.setWrapText(true);
        // ten classes at a large zoom are taller than the tab: the matrix scrolls rather than lose rows
        ScrollPane confusionScroll = new ScrollPane(confusion);
        confusionScroll.getStyleClass().add("data-scroll");
        VBox.setVgrow(confusionScroll, Priority.ALWAYS);
        confusionTab = new Tab(Texts.get("metrics.confusion"), new VBox(6, confusionNote, confusionScroll));
        subscriptions.listen(appearance.theme(), (o, a, t) -> shownConfusion = null); // the cells take the theme's colours
        tabs.getTabs().addAll(accuracyTab, confusionTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("metricsTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(numbers, tabs);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (vm.snapshot().get() != null) {
                update(vm.snapshot().get());
            }
        });
        subscriptions.listen(vm.logScale(), (o, a, b) -> {
            if (vm.snapshot().get() != null) {
                update(vm.snapshot().get());
            }
        });
    }

    /** Where insight views plug in: one more tab beside loss, accuracy and the confusion matrix. */
    public TabPane tabs() {
        return tabs;
    }

    public void addTab(String title, Node content) {
        tabs.getTabs().add(new Tab(title, content));
    }

    private static VBox figure(String caption, Label value, int tooltipKind) {
        Label c = new Label(caption);
        c.getStyleClass().add("field-label");
        value.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(0, c, new LiveLabel(value));
    }

    private static Label swatch(String name, int i) {
        Region r = new Region();
        r.setMinSize(14, 4);
        r.setMaxHeight(4);
        r.setStyle("-fx-background-color: " + ChartView.css(i) + ";");
        Label l = new Label(name, r);
        l.getStyleClass().add("small");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public void update(LiveSnapshot s) {
        if (s.figures() == null) {
            testLoss.setText("–");
            trainLoss.setText("–");
            accuracy.setText("");
            lossChart.setData(LossHistory.View.empty(), null, null, false);
            return;
        }
        var f = s.figures();
        if (refresh.due(s.state() == TrainerState.PLAYING, System.nanoTime())) {
            testLoss.setText(f.testLoss() == null ? "–" : Format.number(f.testLoss()));
            trainLoss.setText(Format.number(f.trainLoss()));
            Double acc = f.testAccuracy() != null ? f.testAccuracy() : f.trainAccuracy();
            accuracy.setText(acc == null ? "–" : Format.percent(acc));
        }
        // while training the charts redraw on every third snapshot (the network and output maps take the others), and only the one on show
        if (turn.repaints(s)) {
            var shownTab = tabs.getSelectionModel().getSelectedItem();
            if (shownTab != accuracyTab || s.state() != TrainerState.PLAYING) {
                lossChart.setData(s.history(), s.divergedAt(), s.bestEpoch(), vm.logScale().get());
            }
            if (shownTab == accuracyTab || s.state() != TrainerState.PLAYING) {
                accuracyChart.setData(s.history(), s.divergedAt(), s.bestEpoch(), false);
            }
        }
        accuracyTab.setDisable(!s.isClassification());
        confusionTab.setDisable(s.confusion() == null);
        if (tabs.getSelectionModel().getSelectedItem().isDisable()) {
            tabs.getSelectionModel().select(0); // a regression has no accuracy or matrix: the loss, never a stale one
        }
        if (s.confusion() != null && tabs.getSelectionModel().getSelectedItem() == confusionTab) {
            showConfusion(s.confusion(), s.splits() != null && !s.splits().test().isEmpty());
        }
    }

    private void showConfusion(int[][] m, boolean test) {
        if (Arrays.deepEquals(m, shownConfusion)) {
            return;
        }
        shownConfusion = m;
        confusion.getChildren().clear();
        confusionNote.setText(Texts.get(test ? "metrics.confusion.noteTest" : "metrics.confusion.noteTrain"));
        int k = m.length;
        int max = 1;
        for (int[] row : m) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        for (int j = 0; j < k; j++) {
            Label h = new Label("→" + j);
            h.getStyleClass().addAll("small", "muted", "confusion-cell");
            confusion.add(h, j + 1, 0);
            Label r = new Label(j + "");
            r.getStyleClass().addAll("small", "muted", "confusion-cell");
            confusion.add(r, 0, j + 1);
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Label c = new Label(Integer.toString(m[i][j]));
                c.getStyleClass().add("confusion-cell");
                double t = (double) m[i][j] / max;
                Appearance.Theme theme = appearance.theme().get();
                // an empty cell is the panel's own colour, so a dark theme has no glaring white squares
                int color = ColorScale.mix(theme.background(), i == j ? ColorScale.BLUE : ColorScale.ORANGE, 0.85 * t);
                c.setStyle("-fx-background-color: " + ColorScale.css(color) + "; -fx-text-fill: "
                        + (t > 0.55 ? "white" : ColorScale.css(theme.text())) + ";");
                LazyTooltip.install(c, Texts.get("metrics.confusion.cell", m[i][j], i, j));
                confusion.add(c, j + 1, i + 1);
            }
        }
    }
}
