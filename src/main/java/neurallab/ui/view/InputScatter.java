package neurallab.ui.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import neurallab.data.Dataset;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.DataPicture;
import neurallab.ui.render.Format;
import neurallab.ui.render.Predictions;
import neurallab.ui.render.Raster;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;

/**
 * Tabular data in the output panel: the points over two chosen input columns, named on the axes,
 * coloured by their class, the misclassified ones ringed. Data of exactly two inputs is a plane: the
 * network's prediction over it is painted behind the points, as for the Playground's data.
 */
final class InputScatter extends VBox {
    /** Cells per side of the prediction painted behind two-input data. */
    static final int RES = 48;
    private final Appearance appearance;
    private final ComboBox<String> xColumn = new ComboBox<>();
    private final ComboBox<String> yColumn = new ComboBox<>();
    private final Canvas canvas = new Canvas();
    private LiveSnapshot shown;
    private Predictions shownPredictions;
    /** For a plane: the prediction at each of RES × RES cells, else null. */
    private Predictions cells;

    InputScatter(Appearance appearance) {
        this.appearance = appearance;
        setId("inputScatter");
        setSpacing(4);
        xColumn.setId("scatterX");
        yColumn.setId("scatterY");
        LazyTooltip.install(xColumn, Texts.get("scatter.x.help"));
        LazyTooltip.install(yColumn, Texts.get("scatter.y.help"));
        Label across = new Label("x:");
        Label up = new Label("y:");
        for (Label l : List.of(across, up)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (ComboBox<String> c : List.of(xColumn, yColumn)) {
            c.setMinWidth(0);
            c.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        HBox choosers = new HBox(6, across, xColumn, up, yColumn);
        choosers.setAlignment(Pos.CENTER_LEFT);
        Pane plot = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                    draw();
                }
            }
        };
        plot.setMinSize(0, 0);
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().addAll(choosers, plot);
        xColumn.valueProperty().addListener((o, a, b) -> draw());
        yColumn.valueProperty().addListener((o, a, b) -> draw());
    }

    /** Whether d is a plane: two inputs, drawn with the prediction over them. */
    static boolean isPlane(Dataset d) {
        return d.inputCount() == 2;
    }

    /** Shows s's data with these predictions of its rows ({@link #rows}), and, for a plane, of the cells of {@link #cells}. */
    void show(LiveSnapshot s, Predictions rows, Predictions cells) {
        Dataset d = s.splits().train();
        if (shown == null || shown.generation() != s.generation()) {
            shown = null; // the choosers below redraw as they change: nothing until the new data is in place
            List<String> names = d.inputNames();
            xColumn.getItems().setAll(names);
            yColumn.getItems().setAll(names);
            xColumn.getSelectionModel().select(0);
            yColumn.getSelectionModel().select(Math.min(1, names.size() - 1));
            boolean choose = names.size() > 2;
            xColumn.setDisable(!choose);
            yColumn.setDisable(!choose);
        }
        shown = s;
        shownPredictions = rows;
        this.cells = cells;
        draw();
    }

    /** The data that is drawn and predicted: the test split, or the training split when there is none. */
    static Dataset rows(LiveSnapshot s) {
        return s.splits().test().isEmpty() ? s.splits().train() : s.splits().test();
    }

    /** For a plane: the RES × RES cell centres over the training data's ranges, row 0 at the top. */
    static double[][] cells(LiveSnapshot s) {
        Dataset d = s.splits().train();
        double[] rx = DataPicture.range(d, 0), ry = DataPicture.range(d, 1);
        double[][] c = new double[RES * RES][];
        for (int r = 0; r < RES; r++) {
            for (int k = 0; k < RES; k++) {
                c[r * RES + k] = new double[] {rx[0] + (k + 0.5) / RES * (rx[1] - rx[0]),
                        ry[1] - (r + 0.5) / RES * (ry[1] - ry[0])};
            }
        }
        return c;
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        LiveSnapshot s = shown;
        int x = xColumn.getSelectionModel().getSelectedIndex(), y = yColumn.getSelectionModel().getSelectedIndex();
        if (s == null || shownPredictions == null || x < 0 || y < 0) {
            return;
        }
        double em = appearance.fontSize();
        double margin = 2.6 * em; // two lines left of and below the plot: tick values, then the input's name
        int side = (int) Math.max(10, Math.min(canvas.getWidth() - margin, canvas.getHeight() - margin));
        Dataset train = s.splits().train(), d = rows(s);
        double[] rx = DataPicture.range(train, x), ry = DataPicture.range(train, y);
        Appearance.Theme theme = appearance.theme().get();
        if (cells != null && isPlane(train) && x == 0 && y == 1) {
            paintPrediction(gc, s, margin, side);
        }
        for (int i = 0; i < d.size(); i++) {
            double px = margin + (d.inputs()[i][x] - rx[0]) / (rx[1] - rx[0]) * side;
            double py = (ry[1] - d.inputs()[i][y]) / (ry[1] - ry[0]) * side;
            double r = Math.max(3, side / 90.0);
            int c = s.isClassification() ? ColorScale.classColor((int) d.targets()[i]) : ColorScale.NEUTRAL;
            gc.setFill(color(c));
            gc.fillOval(px - r, py - r, 2 * r, 2 * r);
            boolean wrong = s.isClassification() && shownPredictions.classes()[i] != (int) d.targets()[i];
            gc.setStroke(color(wrong ? theme.text() : theme.background()));
            gc.setLineWidth(wrong ? 2.5 : 1);
            double rr = wrong ? r + 2.5 : r;
            gc.strokeOval(px - rr, py - rr, 2 * rr, 2 * rr);
        }
        axes(gc, theme, margin, side, train.inputNames().get(x), train.inputNames().get(y), rx, ry);
    }

    // the prediction over the plane behind the points: class colour paler where the network is less sure
    private void paintPrediction(GraphicsContext gc, LiveSnapshot s, double margin, int side) {
        int neutral = appearance.theme().get().neutral();
        int k = Math.max(2, s.splits().train().classCount());
        int[] cellColours = new int[RES * RES];
        for (int i = 0; i < cellColours.length; i++) {
            cellColours[i] = s.isClassification()
                    ? ColorScale.confidence(cells.classes()[i], cells.values()[i], k, neutral)
                    : ColorScale.diverging(Math.tanh(cells.values()[i]), neutral);
        }
        int[] px = new int[side * side];
        Raster.bilinear(cellColours, RES, px, side);
        gc.getPixelWriter().setPixels((int) margin, 0, side, side, PixelFormat.getIntArgbInstance(), px, 0, side);
    }

    private void axes(GraphicsContext gc, Appearance.Theme theme, double margin, int side, String xName, String yName,
                      double[] rx, double[] ry) {
        double em = appearance.fontSize();
        gc.setFill(color(theme.text()));
        gc.setFont(Font.font(0.8 * em));
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(Format.number(rx[0]), margin, side + 0.2 * em);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(Format.number(rx[1]), margin + side, side + 0.2 * em);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(xName, margin + side / 2.0, side + 1.3 * em);
        gc.save();
        gc.translate(0, side / 2.0);
        gc.rotate(-90);
        gc.fillText(yName, 0, 0.1 * em);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(Format.number(ry[0]), -side / 2.0, 1.2 * em);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(Format.number(ry[1]), side / 2.0, 1.2 * em);
        gc.restore();
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
