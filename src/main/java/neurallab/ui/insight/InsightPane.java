package neurallab.ui.insight;

import java.math.BigDecimal;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Base of the insight views: a large title, a canvas that follows the pane's size, and {@link #refresh()}
 * for the window to call once per frame after it has updated the model from the newest snapshot. Colours
 * and type come from the window's {@link Look}, so the theme and the zoom reach every canvas.
 */
public abstract class InsightPane extends BorderPane implements Themed {
    protected final Canvas canvas = new Canvas(640, 420);
    private final Label heading;
    /** The theme's colours and the zoomed type sizes. */
    protected Look look = Look.light();

    protected InsightPane(String title) {
        heading = new Label(title);
        heading.getStyleClass().add("insight-title");
        heading.setId("insight-title");
        setTop(heading);
        Pane holder = new Pane(canvas);
        holder.setMinSize(200, 150);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> refresh());
        canvas.heightProperty().addListener(o -> refresh());
        setCenter(holder);
        setPadding(new Insets(8));
        setPrefSize(640, 460);
    }

    @Override
    public void setLook(Look newLook) {
        look = newLook;
        refresh();
    }

    /** Changes the heading (a view whose model is replaced, e.g. another surface). */
    protected final void setTitle(String title) {
        heading.setText(title);
    }

    /** Redraws from the model. Call on the FX thread. */
    public final void refresh() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(look.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        if (canvas.getWidth() > 10 && canvas.getHeight() > 10) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    protected abstract void draw(GraphicsContext g, double width, double height);

    /** Room left of a plot for its value labels and its rotated axis name. */
    protected double leftMargin() {
        return 5.6 * look.fontSize();
    }

    /** Room under a plot for its axis labels. */
    protected double bottomMargin() {
        return 2 * look.fontSize();
    }

    /** Series colour i, dashed from the sixth on, so ten series stay apart without colour alone. */
    protected void stroke(GraphicsContext g, int i) {
        g.setStroke(look.series(i));
        g.setLineDashes(i >= 5 ? new double[] {8, 4} : null);
    }

    /** The width text takes in a font. */
    protected static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /**
     * Strokes count points as one line on a log₁₀ value axis from lo to hi over [y0, y0 + h]; points whose
     * value is not a positive finite number are left out.
     */
    protected static void logLine(GraphicsContext g, int count, IntToDoubleFunction x, IntToDoubleFunction value,
                                  double y0, double h, double lo, double hi) {
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < count; i++) {
            double v = value.applyAsDouble(i);
            if (!(v > 0 && Double.isFinite(v))) {
                continue;
            }
            double px = x.applyAsDouble(i);
            double py = y0 + h - h * (Math.log10(v) - lo) / (hi - lo);
            if (started) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                started = true;
            }
        }
        g.stroke();
    }

    /**
     * Axis frame with a label at each end of both axes: the value labels right-aligned left of the frame, the
     * axis name turned up the left margin, the x labels under the frame (the name centred), never over the data.
     */
    protected void axes(GraphicsContext g, double x0, double y0, double w, double h, String xLo, String xHi,
                        String yLo, String yHi, String xName, String yName) {
        double fs = look.fontSize();
        g.setLineDashes(null);
        g.setStroke(look.muted());
        g.setLineWidth(1);
        g.strokeRect(x0, y0, w, h);
        g.setFill(look.text());
        g.setFont(look.smallFont());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(xLo, x0, y0 + h + 1.2 * fs);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xName, x0 + w / 2, y0 + h + 1.2 * fs);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(xHi, x0 + w, y0 + h + 1.2 * fs);
        g.fillText(yHi, x0 - 4, y0 + 0.8 * fs);
        g.fillText(yLo, x0 - 4, y0 + h);
        g.save();
        g.translate(x0 - 4.4 * fs, y0 + h / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(yName, 0, 0.8 * fs);
        g.restore();
        g.setTextAlign(TextAlignment.LEFT);
    }

    /** A value as typed into a field: 0.05, 1e-08 as 1.0E-8, 2 as 2. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Math.abs(v) >= 1e-4 ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
                : Double.toString(v);
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e4) ? String.format("%.1e", v) : String.format("%.3g", v);
    }
}
