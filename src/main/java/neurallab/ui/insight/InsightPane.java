package neurallab.ui.insight;

import java.math.BigDecimal;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Base of the insight views: a large title, a canvas that follows the pane's size, and {@link #refresh()}
 * for the window to call once per frame after it has updated the model from the newest snapshot.
 */
public abstract class InsightPane extends BorderPane {
    /** Projector-readable text. */
    protected static final Font TITLE = Font.font("System", FontWeight.BOLD, 22);
    protected static final Font TEXT = Font.font("System", 16);
    protected static final Font SMALL = Font.font("System", 14);

    protected final Canvas canvas = new Canvas(640, 420);
    private final Label heading;

    protected InsightPane(String title) {
        heading = new Label(title);
        heading.setFont(TITLE);
        heading.setId("insight-title");
        setTop(heading);
        Pane holder = new Pane(canvas);
        holder.setMinSize(200, 150);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> refresh());
        canvas.heightProperty().addListener(o -> refresh());
        setCenter(holder);
        setPadding(new Insets(10));
        setPrefSize(720, 520);
    }

    /** Changes the heading (a view whose model is replaced, e.g. another surface). */
    protected final void setTitle(String title) {
        heading.setText(title);
    }

    /** Redraws from the model. Call on the FX thread. */
    public final void refresh() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 10 && canvas.getHeight() > 10) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    protected abstract void draw(GraphicsContext g, double width, double height);

    /** Okabe–Ito colours (colour-blind safe), then two greys for the 9th and 10th series. */
    protected static Color series(int i) {
        Color[] c = {Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#F0E442"), Color.web("#000000"),
            Color.web("#888888"), Color.web("#444444")};
        return c[i % c.length];
    }

    /** Dashed strokes for series 8 and above, so ten series stay apart without colour alone. */
    protected static void stroke(GraphicsContext g, int i) {
        g.setStroke(series(i));
        g.setLineDashes(i >= 5 ? new double[] {8, 4} : null);
    }

    protected static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
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

    /** Axis frame with a label at each end of both axes. */
    protected static void axes(GraphicsContext g, double x0, double y0, double w, double h, String xLo, String xHi,
                               String yLo, String yHi, String xName, String yName) {
        g.setLineDashes(null);
        g.setStroke(Color.gray(0.3));
        g.setLineWidth(1);
        g.strokeRect(x0, y0, w, h);
        g.setFill(Color.BLACK);
        g.setFont(SMALL);
        g.fillText(xLo, x0, y0 + h + 18);
        g.fillText(xHi, x0 + w - 8 * xHi.length(), y0 + h + 18);
        g.fillText(xName, x0 + w / 2 - 4 * xName.length(), y0 + h + 18);
        g.fillText(yHi, 4, y0 + 12);
        g.fillText(yLo, 4, y0 + h);
        g.fillText(yName, 4, y0 + h / 2);
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
