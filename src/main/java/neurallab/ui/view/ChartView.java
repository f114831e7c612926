package neurallab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import neurallab.session.live.LossHistory;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.Downsample;
import neurallab.ui.render.Format;
import neurallab.ui.viewmodel.Appearance;

/**
 * A line chart of history columns over epochs on a Canvas: the series are decimated (min/max per pixel
 * column) before drawing, so 100k epochs draw as fast as 100. Log scale, a hover read-out, and markers
 * for a divergence epoch.
 */
public final class ChartView extends Region {
    private static final int[] COLORS = {0xFF0072B2, 0xFF009E73, 0xFFD55E00};
    private static final String[] NAMES = {"train", "validation", "test"};
    private final Canvas canvas = new Canvas();
    private final Appearance appearance;
    private final int[] columns;
    private final boolean accuracy;
    private final int[] picks = new int[4 * 2048];
    private final Text measure = new Text();
    private LossHistory.View history = LossHistory.View.empty();
    private Integer marker;
    private Integer best;
    private boolean log;
    private double hoverX = -1;

    public ChartView(Appearance appearance, int[] columns, boolean accuracy) {
        this.appearance = appearance;
        this.columns = columns;
        this.accuracy = accuracy;
        getChildren().add(canvas);
        setMinSize(100, 80);
        setPrefSize(300, 160);
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            draw();
        });
        setOnMouseExited(e -> {
            hoverX = -1;
            draw();
        });
        appearance.theme().addListener((o, a, b) -> draw());
    }

    public void setData(LossHistory.View h, Integer divergedAt, Integer bestEpoch, boolean logScale) {
        history = h;
        marker = divergedAt;
        best = bestEpoch;
        log = logScale && !accuracy;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double ty(double v) {
        return log ? Math.log10(Math.max(v, 1e-12)) : v;
    }

    /** The plot area in pixels and the data range it shows (y already through the log transform). */
    private record Plot(double left, double right, double top, double bottom, double x0, double x1, double lo,
                        double hi) {
        double px(double epoch) {
            return left + (epoch - x0) / (x1 - x0) * (right - left);
        }

        double py(double y) {
            return bottom - (y - lo) / (hi - lo) * (bottom - top);
        }
    }

    // Each step is its own small method: the chart is redrawn every frame, and small methods are
    // compiled quickly instead of one large one stalling the JIT while the window animates.
    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (w < 20 || h < 20) {
            return;
        }
        double em = appearance.fontSize();
        Font font = Font.font(em * 0.8);
        gc.setFont(font);
        Color textColor = rgb(appearance.theme().get().text());
        Color gridColor = rgb(appearance.theme().get().grid());
        double right = w - em * 0.5, top = em * 0.6, bottom = h - em * 1.6;
        LossHistory.View hv = history;
        gc.setStroke(gridColor);
        gc.setLineWidth(1);
        if (hv.size() == 0) {
            gc.strokeRect(em * 3.6, top, right - em * 3.6, bottom - top);
            return;
        }
        double[] range = valueRange(hv);
        String[] labels = tickLabels(range[0], range[1], (int) Math.max(1, Math.min(4, (bottom - top) / (1.6 * em))));
        // the plot starts right of the widest value label (1.22e+05 needs more room than 0.470)
        double left = Math.max(em * 3.6, widest(labels, font) + 8);
        gc.strokeRect(left, top, right - left, bottom - top);
        int n = hv.size();
        Plot plot = new Plot(left, right, top, bottom, hv.epoch(0), Math.max(hv.epoch(n - 1), hv.epoch(0) + 1),
                range[0], range[1]);
        drawAxes(gc, plot, labels, em, textColor, gridColor);
        for (int ci = 0; ci < columns.length; ci++) {
            if (hv.has(columns[ci])) {
                drawSeries(gc, plot, hv, ci);
            }
        }
        if (marker != null) {
            drawMarker(gc, plot, marker, "diverged", Color.web("#c0392b"), 6, 4, plot.top() + 2, em);
        }
        if (best != null && best >= plot.x0()) {
            drawMarker(gc, plot, best, "best " + Format.count(best), Color.web("#009E73"), 3, 3, plot.top() + em * 1.2, em);
        }
        if (hoverX >= left && hoverX <= right) {
            drawReadout(gc, plot, hv, em, textColor);
        }
    }

    // [lo, hi] of the shown columns (after the log transform), with 0 in view unless log, [0, 1] for accuracy
    private double[] valueRange(LossHistory.View hv) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int c : columns) {
            for (int i = 0; i < hv.size(); i++) {
                double v = hv.value(c, i);
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, ty(v));
                    hi = Math.max(hi, ty(v));
                }
            }
        }
        if (accuracy) {
            lo = Math.min(lo, 0);
            hi = 1;
        } else if (!log) {
            lo = Math.min(0, lo);
        }
        if (!(lo < hi)) {
            hi = lo + 1;
        }
        return new double[] {lo, hi};
    }

    // the value at each of ticks + 1 evenly spaced grid lines, bottom first
    private String[] tickLabels(double lo, double hi, int ticks) {
        String[] labels = new String[ticks + 1];
        for (int t = 0; t <= ticks; t++) {
            double v = lo + (hi - lo) * t / ticks;
            labels[t] = accuracy ? Format.percent(v) : Format.number(log ? Math.pow(10, v) : v);
        }
        return labels;
    }

    private double widest(String[] labels, Font font) {
        measure.setFont(font);
        double widest = 0;
        for (String label : labels) {
            measure.setText(label);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private void drawAxes(GraphicsContext gc, Plot plot, String[] labels, double em, Color textColor, Color gridColor) {
        gc.setFill(textColor);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(gridColor);
        int ticks = labels.length - 1;
        for (int t = 0; t <= ticks; t++) {
            double y = plot.py(plot.lo() + (plot.hi() - plot.lo()) * t / ticks);
            gc.strokeLine(plot.left(), y, plot.right(), y);
            gc.fillText(labels[t], plot.left() - 4, y);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("epoch " + Format.count((long) plot.x0()), plot.left() + 2 * em, plot.bottom() + 3);
        gc.fillText(Format.count((long) plot.x1()), plot.right() - 2 * em, plot.bottom() + 3);
    }

    // one column, decimated to the min and max of each pixel column
    private void drawSeries(GraphicsContext gc, Plot plot, LossHistory.View hv, int ci) {
        int col = columns[ci];
        Downsample.Series s = new Downsample.Series() {
            public int size() {
                return hv.size();
            }

            public double x(int i) {
                return hv.epoch(i);
            }

            public double y(int i) {
                double v = hv.value(col, i);
                return log && v <= 0 ? Double.NaN : v;
            }
        };
        int count = Downsample.minMax(s, (int) Math.min(2048, Math.max(1, plot.right() - plot.left())), picks);
        gc.setStroke(rgb(COLORS[ci % COLORS.length]));
        gc.setLineWidth(ci == columns.length - 1 ? 2.5 : 2);
        gc.beginPath();
        for (int k = 0; k < count; k++) {
            int i = picks[k];
            double px = plot.px(hv.epoch(i)), py = plot.py(ty(hv.value(col, i)));
            if (k == 0) {
                gc.moveTo(px, py);
            } else {
                gc.lineTo(px, py);
            }
        }
        gc.stroke();
    }

    // a dashed vertical line at an epoch, labelled near the top
    private static void drawMarker(GraphicsContext gc, Plot plot, int epoch, String label, Color color, double dash,
                                   double gap, double labelTop, double em) {
        double px = plot.px(epoch);
        gc.setStroke(color);
        gc.setLineWidth(2);
        gc.setLineDashes(dash, gap);
        gc.strokeLine(px, plot.top(), px, plot.bottom());
        gc.setLineDashes();
        gc.setFill(color);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(label, Math.min(px + 3, plot.right() - em * 0.6 * label.length()), labelTop);
    }

    // the values of every column at the epoch under the mouse
    private void drawReadout(GraphicsContext gc, Plot plot, LossHistory.View hv, double em, Color textColor) {
        double epoch = plot.x0() + (hoverX - plot.left()) / (plot.right() - plot.left()) * (plot.x1() - plot.x0());
        int i = nearest(hv, epoch);
        double px = plot.px(hv.epoch(i));
        gc.setStroke(textColor);
        gc.setLineWidth(1);
        gc.strokeLine(px, plot.top(), px, plot.bottom());
        StringBuilder sb = new StringBuilder("epoch " + Format.count(hv.epoch(i)));
        for (int ci = 0; ci < columns.length; ci++) {
            double v = hv.value(columns[ci], i);
            if (Double.isFinite(v)) {
                sb.append("  ").append(NAMES[ci]).append(' ').append(accuracy ? Format.percent(v) : Format.number(v));
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(rgb(appearance.theme().get().background()));
        double tw = sb.length() * em * 0.45;
        double tx = Math.min(px + 4, plot.right() - tw);
        gc.fillRect(tx - 2, plot.top() + 2, tw + 4, em * 1.2);
        gc.setFill(textColor);
        gc.fillText(sb.toString(), tx, plot.top() + 3);
    }

    private static int nearest(LossHistory.View hv, double epoch) {
        int lo = 0, hi = hv.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hv.epoch(mid) < epoch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(hv.epoch(lo - 1) - epoch) < Math.abs(hv.epoch(lo) - epoch)) {
            lo--;
        }
        return lo;
    }

    static Color rgb(int c) {
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }

    /** The series colours, for legends. */
    static String css(int i) {
        return ColorScale.css(COLORS[i]);
    }
}
