package neurallab.ui.view;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import neurallab.data.Dataset;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.session.Limits;
import neurallab.session.live.GridFrame;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.TrainerState;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.DataPicture;
import neurallab.ui.render.Format;
import neurallab.ui.render.Predictions;
import neurallab.ui.render.Raster;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The output: the decision boundary (or regression surface) over the input plane, behind the training
 * points (test points on request), with a legend. Painting adds points here when paint mode is on.
 */
public final class OutputView extends VBox {
    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    private final int[] pixels = new int[PlaygroundViewModel.GRID * PlaygroundViewModel.GRID];
    private PixelImage image = new PixelImage(1, 1);
    private final ImageView view = new ImageView(image.image());
    private final Canvas points = new Canvas();
    private final Pane plane = new Pane(view, points);
    private final Label message = new Label();
    private final Canvas legend = new Canvas(10, 14);
    private final Label legendLo = new Label(), legendHi = new Label();
    private final HBox classLegend = new HBox(8);
    private LiveSnapshot shown;
    private double regressionLo = -1, regressionHi = 1;
    private long pointsGeneration = -1;
    private long messageGeneration = -1; // the data whose "no data" message is shown
    private boolean pointsShowTest;
    private static final double SPAN = Limits.PLANE_MAX - Limits.PLANE_MIN;
    private final ViewTurn turn = new ViewTurn(ViewTurn.Turn.OUTPUT);
    /** Data without a plane: pixel images with their predictions, or two chosen inputs. */
    private final DigitGallery gallery;
    private final InputScatter scatter;
    private long predictedAt;

    public OutputView(PlaygroundViewModel vm, Appearance appearance, Subscriptions subscriptions) {
        this.vm = vm;
        this.appearance = appearance;
        getStyleClass().addAll("panel", "output-view");
        setSpacing(6);
        Label title = new Label(Texts.get("output.title"));
        title.getStyleClass().add("panel-title");
        FlowPane toggles = toggles(subscriptions);
        view.setSmooth(false);
        view.setPreserveRatio(false);
        view.setManaged(false); // placed by layoutPlane(); new pixels must not re-lay out the window each frame
        plane.setId("outputPlane");
        plane.setMinSize(120, 120);
        message.getStyleClass().add("overlay-message");
        message.setVisible(false);
        message.setMaxWidth(Double.MAX_VALUE);
        gallery = new DigitGallery(appearance);
        scatter = new InputScatter(appearance);
        gallery.setVisible(false);
        scatter.setVisible(false);
        StackPane stack = new StackPane(plane, gallery, scatter, message);
        stack.setAlignment(Pos.CENTER);
        VBox.setVgrow(stack, Priority.ALWAYS);
        plane.layoutBoundsProperty().addListener((o, a, b) -> layoutPlane());
        legendLo.getStyleClass().add("small");
        legendHi.getStyleClass().add("small");
        legendLo.setMinWidth(Region.USE_PREF_SIZE);
        legendHi.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, legendLo, legend, legendHi);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox legends = new VBox(4, bar, classLegend);
        getChildren().addAll(new HBox(8, title), stack, toggles, legends);
        plane.setOnMousePressed(this::paintAt);
        plane.setOnMouseReleased(e -> vm.endStroke()); // one stroke, one undo step
        subscriptions.listen(vm.showTestPoints(), (o, a, b) -> redrawPoints());
        subscriptions.listen(vm.discretize(), (o, a, b) -> {
            if (shown != null) {
                update(shown);
            }
        });
        InvalidationListener redrawAll = o -> {
            pointsGeneration = -1;
            messageGeneration = -1;
            if (shown != null) {
                update(shown);
            }
        };
        subscriptions.listen(appearance.theme(), redrawAll);
        subscriptions.listen(appearance.presenting(), redrawAll); // larger points
    }

    /** The plane's switches: test points, discretized colours, painting points and the class painted. */
    private FlowPane toggles(Subscriptions subscriptions) {
        CheckBox test = new CheckBox(Texts.get("output.showTest"));
        test.setId("showTestCheck");
        subscriptions.bindBidirectional(test.selectedProperty(), vm.showTestPoints());
        CheckBox discretize = new CheckBox(Texts.get("output.discretize"));
        discretize.setId("discretizeCheck");
        LazyTooltip.install(discretize, Texts.get("output.discretize.help"));
        subscriptions.bindBidirectional(discretize.selectedProperty(), vm.discretize());
        ToggleButton paint = new ToggleButton(Texts.get("output.paint"),
                new FontIcon("mdi-brush"));
        paint.setId("paintToggle");
        subscriptions.bindBidirectional(paint.selectedProperty(), vm.paintMode());
        LazyTooltip.install(paint, Texts.get("output.paint.help"));
        Spinner<Integer> paintClass = new Spinner<>(0, 9, 0);
        paintClass.setPrefWidth(4.5 * Appearance.BASE_FONT);
        paintClass.setId("paintClassSpinner");
        LazyTooltip.install(paintClass, Texts.get("output.paintClass.help"));
        paintClass.valueProperty().addListener((o, a, k) -> vm.paintClass().set(k));
        paintClass.visibleProperty().bind(paint.selectedProperty());
        FlowPane toggles = new FlowPane(12, 4, test, discretize, paint, paintClass);
        toggles.setAlignment(Pos.CENTER_LEFT);
        return toggles;
    }

    /** A press on the plane in paint mode adds a point there (right: class 1 or −1; shift: removes the nearest). */
    private void paintAt(MouseEvent e) {
        if (!vm.paintMode().get()) {
            return;
        }
        double[] x = toData(e.getX(), e.getY());
        if (e.isShiftDown()) {
            vm.erase(x[0], x[1], 0.5);
        } else if (e.getButton() == MouseButton.SECONDARY) {
            vm.paint(x[0], x[1], vm.experiment().get().problem() == ProblemType.REGRESSION ? -1 : 1);
        } else {
            vm.paint(x[0], x[1], vm.experiment().get().problem() == ProblemType.REGRESSION ? 1
                    : vm.paintClass().get());
        }
    }

    /** Plane coordinates (pixels in the plane) to data coordinates in the input plane [−6, 6]². */
    double[] toData(double px, double py) {
        double s = side();
        return new double[] {Limits.PLANE_MIN + SPAN * (px - offX()) / s, Limits.PLANE_MAX - SPAN * (py - offY()) / s};
    }

    private double side() {
        return Math.max(10, Math.min(plane.getWidth(), plane.getHeight()));
    }

    private double offX() {
        return (plane.getWidth() - side()) / 2;
    }

    private double offY() {
        return (plane.getHeight() - side()) / 2;
    }

    private void layoutPlane() {
        double s = side();
        view.relocate(Math.round(offX()), Math.round(offY())); // whole pixels: drawn 1:1, unfiltered
        int px = (int) Math.floor(s);
        if (px != image.width()) {
            image = new PixelImage(px, px);
            view.setImage(image.image());
            if (shown != null) {
                update(shown);
            }
        }
        points.relocate(offX(), offY());
        points.setWidth(s);
        points.setHeight(s);
        pointsGeneration = -1;
        redrawPoints();
        drawLegend();
    }

    /** Per frame. */
    public void update(LiveSnapshot s) {
        shown = s;
        GridFrame g = s.grid();
        boolean planar = g != null;
        view.setVisible(planar);
        points.setVisible(planar);
        message.setVisible(!planar && s.splits() == null);
        if (!planar) {
            showData(s);
            return;
        }
        gallery.setVisible(false);
        scatter.setVisible(false);
        messageGeneration = -1;
        if (!turn.repaints(s)) {
            return; // while training: every third snapshot, one the network view and the chart skip
        }
        int neutral = appearance.theme().get().neutral();
        boolean discretize = vm.discretize().get();
        int last = s.weights().size() - 1;
        Activation act = s.activations().get(last);
        double[] out = g.outputs()[last];
        int k = s.weights().get(last).bias().length;
        if (!s.isClassification()) {
            regressionRange(s);
            double centre = (regressionLo + regressionHi) / 2, half = (regressionHi - regressionLo) / 2;
            Raster.surface(out, g.cells(), centre, half, discretize, neutral, pixels);
        } else if (k > 1) {
            Raster.classes(out, k, g.cells(), discretize, neutral, pixels);
        } else {
            Raster.neuron(out, 0, 1, g.cells(), act, discretize, neutral, pixels);
        }
        int px = image.width();
        if (discretize) {
            Raster.upscale(pixels, g.resolution(), image.pixels(), px);
        } else {
            Raster.bilinear(pixels, g.resolution(), image.pixels(), px);
        }
        image.publish(); // the colour scales are opaque: premultiplied and straight ARGB agree
        if (s.generation() != pointsGeneration || vm.showTestPoints().get() != pointsShowTest) {
            redrawPoints();
            drawLegend();
        }
    }

    /**
     * Data without a plane: its rows with the network's predictions, computed here from the snapshot's
     * weights; while training at most once a second (a digits net's test split takes a few ms, and a
     * prediction that changes faster than that cannot be read anyway).
     */
    private void showData(LiveSnapshot s) {
        if (s.splits() == null) {
            gallery.setVisible(false);
            scatter.setVisible(false);
            if (s.generation() != messageGeneration) {
                messageGeneration = s.generation();
                message.setText(Texts.get("output.noData"));
                drawLegend();
            }
            return;
        }
        messageGeneration = -1;
        boolean pixels = DataPicture.imageSide(s.splits().train().inputCount()) > 0;
        gallery.setVisible(pixels);
        scatter.setVisible(!pixels);
        long now = System.nanoTime();
        if (s.weights().isEmpty() || !turn.repaints(s)
                || s.state() == TrainerState.PLAYING && now - predictedAt < 1_000_000_000L) {
            return;
        }
        predictedAt = now;
        Dataset rows = InputScatter.rows(s);
        Predictions p = Predictions.of(s.experiment().layers(), s.weights(), rows.inputs(), s.isClassification());
        if (pixels) {
            gallery.show(rows, p);
        } else {
            Predictions cells = InputScatter.isPlane(s.splits().train()) ? Predictions.of(s.experiment().layers(),
                    s.weights(), InputScatter.cells(s), s.isClassification()) : null;
            scatter.show(s, p, cells);
        }
    }

    private void regressionRange(LiveSnapshot s) {
        Dataset d = s.rawSplits().train();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double y : d.targets()) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        if (lo < hi) {
            regressionLo = lo;
            regressionHi = hi;
        }
    }

    private void redrawPoints() {
        LiveSnapshot s = shown;
        GraphicsContext gc = points.getGraphicsContext2D();
        gc.clearRect(0, 0, points.getWidth(), points.getHeight());
        if (s == null || s.rawSplits() == null || s.grid() == null) {
            return;
        }
        pointsGeneration = s.generation();
        pointsShowTest = vm.showTestPoints().get();
        double side = points.getWidth();
        double r = Math.max(3, side / 90) * appearance.lineScale();
        drawPoints(gc, s, s.rawSplits().train(), side, r, false);
        drawPoints(gc, s, s.rawSplits().validation(), side, r, false);
        if (pointsShowTest) {
            drawPoints(gc, s, s.rawSplits().test(), side, r, true);
        }
    }

    private void drawPoints(GraphicsContext gc, LiveSnapshot s, Dataset d, double side, double r, boolean test) {
        boolean classification = s.isClassification();
        double half = (regressionHi - regressionLo) / 2, centre = (regressionHi + regressionLo) / 2;
        for (int i = 0; i < d.size(); i++) {
            double x = (d.inputs()[i][0] - Limits.PLANE_MIN) / SPAN * side;
            double y = (Limits.PLANE_MAX - d.inputs()[i][1]) / SPAN * side;
            double t = d.targets()[i];
            int c = classification ? ColorScale.classColor((int) t) : ColorScale.diverging((t - centre) / (half > 0 ? half : 1));
            gc.setFill(Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setLineWidth((test ? 2 : 1) * appearance.lineScale());
            gc.setStroke(test ? Color.BLACK : Color.WHITE);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void drawLegend() {
        LiveSnapshot s = shown;
        classLegend.getChildren().clear();
        int k = s == null || s.grid() == null ? 0 : s.weights().get(s.weights().size() - 1).bias().length;
        legendTexts(s, k);
        // the bar takes half the panel at most, and what the two end labels leave of it (they are never cut)
        double w = k > 1 ? 0 : Math.max(40, Math.min(Math.min(220, getWidth() * 0.5),
                getWidth() - legendLo.prefWidth(-1) - legendHi.prefWidth(-1) - 40));
        legend.setWidth(w);
        GraphicsContext gc = legend.getGraphicsContext2D();
        gc.clearRect(0, 0, w, legend.getHeight());
        if (k == 0 || k > 1) {
            return;
        }
        int neutral = appearance.theme().get().neutral();
        for (int x = 0; x < w; x++) {
            int c = ColorScale.diverging(2.0 * x / (w - 1) - 1, neutral);
            gc.setFill(Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            gc.fillRect(x, 0, 1, legend.getHeight());
        }
    }

    // the labels at the bar's ends (a value range, or class 0 and 1), or one swatch per class of k > 1
    private void legendTexts(LiveSnapshot s, int k) {
        legendLo.setText("");
        legendHi.setText("");
        if (k == 0) {
            return;
        }
        if (!s.isClassification()) {
            legendLo.setText(Format.number(regressionLo));
            legendHi.setText(Format.number(regressionHi));
        } else if (k == 1) {
            legendLo.setText(Texts.get("output.class", 0));
            legendHi.setText(Texts.get("output.class", 1));
        } else {
            for (int j = 0; j < k; j++) {
                Region swatch = new Region();
                swatch.setMinSize(12, 12);
                swatch.setStyle("-fx-background-color: " + ColorScale.css(ColorScale.classColor(j)) + ";");
                Label l = new Label(Texts.get("output.class", j), swatch);
                l.getStyleClass().add("small");
                classLegend.getChildren().add(l);
            }
            Label sat = new Label(Texts.get("output.paler"));
            sat.getStyleClass().addAll("small", "muted");
            classLegend.getChildren().add(sat);
        }
    }
}
