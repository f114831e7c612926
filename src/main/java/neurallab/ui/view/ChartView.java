package neurallab.ui.view;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import neurallab.session.live.LossHistory;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.Downsample;
import neurallab.ui.render.Format;
import neurallab.ui.render.LineRaster;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;

/**
 * A line chart of history columns over epochs: the series are decimated (min/max per pixel column)
 * before drawing, so 100k epochs draw as fast as 100. Log scale, a hover read-out, and markers for a
 * divergence epoch and the best epoch.
 *
 * <p>The chart is redrawn every frame while training. Its lines (frame, grid, series, markers) are
 * rasterized here into an opaque image ({@link LineRaster}); only the text goes onto a transparent
 * canvas above it. Stroked canvas paths are rasterized by JavaFX's Marlin renderer on the render thread,
 * and while the window warmed up its JIT compiles alone delayed frames.
 */
public final class ChartView extends Region {
    private static final int[] COLORS = {0xFF0072B2, 0xFF009E73, 0xFFD55E00};
    private static final String[] NAMES = {"split.train", "split.validation", "split.test"}; // text keys
    private PixelImage lines = new PixelImage(1, 1);
    private final ImageView linesView = new ImageView(lines.image());
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

    public ChartView(Appearance appearance, int[] columns, boolean accuracy, Subscriptions subscriptions) {
        this.appearance = appearance;
        this.columns = columns;
        this.accuracy = accuracy;
        linesView.setSmooth(false);
        getChildren().addAll(linesView, canvas);
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
        subscriptions.listen(appearance.theme(), (o, a, b) -> draw());
        subscriptions.listen(appearance.presenting(), (o, a, b) -> draw()); // thicker lines
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
        int w = (int) Math.max(1, Math.floor(getWidth())), h = (int) Math.max(1, Math.floor(getHeight()));
        if (w != lines.width() || h != lines.height()) {
            lines = new PixelImage(w, h);
            linesView.setImage(lines.image());
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
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
        int w = lines.width(), h = lines.height();
        int[] px = lines.pixels();
        Arrays.fill(px, appearance.theme().get().background());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (w >= 20 && h >= 20) {
            drawChart(gc, w, h);
        }
        lines.publish();
    }

    private void drawChart(GraphicsContext gc, int w, int h) {
        double em = appearance.fontSize();
        Font font = Font.font(em * 0.8);
        gc.setFont(font);
        Color textColor = rgb(appearance.theme().get().text());
        int gridColor = appearance.theme().get().grid();
        double right = w - em * 0.5, top = em * 0.6, bottom = h - em * 1.6;
        LossHistory.View hv = history;
        if (hv.size() == 0) {
            frame(em * 3.6, top, right, bottom, gridColor);
            return;
        }
        double[] range = valueRange(hv);
        String[] labels = tickLabels(range[0], range[1], (int) Math.max(1, Math.min(4, (bottom - top) / (1.6 * em))));
        // the plot starts right of the widest value label (1.22e+05 needs more room than 0.470)
        double left = Math.max(em * 3.6, widest(labels, font) + 8);
        frame(left, top, right, bottom, gridColor);
        int n = hv.size();
        Plot plot = new Plot(left, right, top, bottom, hv.epoch(0), Math.max(hv.epoch(n - 1), hv.epoch(0) + 1),
                range[0], range[1]);
        drawAxes(gc, plot, labels, em, textColor, gridColor);
        for (int ci = 0; ci < columns.length; ci++) {
            if (hv.has(columns[ci])) {
                drawSeries(plot, hv, ci);
            }
        }
        if (marker != null) {
            drawMarker(gc, plot, marker, Texts.get("chart.diverged"), 0xFFC0392B, 6, 4, plot.top() + 2, em);
        }
        if (best != null && best >= plot.x0()) {
            drawMarker(gc, plot, best, Texts.get("chart.best", Format.count(best)), 0xFF009E73, 3, 3, plot.top() + em * 1.2, em);
        }
        if (hoverX >= left && hoverX <= right) {
            drawReadout(gc, plot, hv, em, textColor);
        }
    }

    // a straight line through pixel centres, `thickness` wide, into the lines image
    private void line(double x0, double y0, double x1, double y1, double thickness, int rgb) {
        LineRaster.line(lines.pixels(), lines.width(), lines.height(), x0, y0, x1, y1, thickness, rgb, 1);
    }

    // the plot's border, one pixel wide
    private void frame(double left, double top, double right, double bottom, int rgb) {
        double l = pixelCentre(left), t = pixelCentre(top), r = pixelCentre(right), b = pixelCentre(bottom);
        line(l, t, r, t, 1, rgb);
        line(l, b, r, b, 1, rgb);
        line(l, t, l, b, 1, rgb);
        line(r, t, r, b, 1, rgb);
    }

    // a one-pixel line at this coordinate covers one whole row (or column) of pixels, not two halves
    private static double pixelCentre(double v) {
        return Math.floor(v) + 0.5;
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

    private void drawAxes(GraphicsContext gc, Plot plot, String[] labels, double em, Color textColor, int gridColor) {
        gc.setFill(textColor);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        int ticks = labels.length - 1;
        for (int t = 0; t <= ticks; t++) {
            double y = plot.py(plot.lo() + (plot.hi() - plot.lo()) * t / ticks);
            line(pixelCentre(plot.left()), pixelCentre(y), pixelCentre(plot.right()), pixelCentre(y), 1, gridColor);
            gc.fillText(labels[t], plot.left() - 4, y);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(Texts.get("chart.epoch", Format.count((long) plot.x0())), plot.left() + 2 * em, plot.bottom() + 3);
        gc.fillText(Format.count((long) plot.x1()), plot.right() - 2 * em, plot.bottom() + 3);
    }

    // one column, decimated to the min and max of each pixel column
    private void drawSeries(Plot plot, LossHistory.View hv, int ci) {
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
        int rgb = COLORS[ci % COLORS.length];
        double thickness = (ci == columns.length - 1 ? 2.5 : 2) * appearance.lineScale();
        double lastX = 0, lastY = 0;
        for (int k = 0; k < count; k++) {
            int i = picks[k];
            double px = plot.px(hv.epoch(i)), py = plot.py(ty(hv.value(col, i)));
            if (k > 0) {
                line(lastX, lastY, px, py, thickness, rgb);
            }
            lastX = px;
            lastY = py;
        }
    }

    // a dashed vertical line at an epoch, labelled near the top
    private void drawMarker(GraphicsContext gc, Plot plot, int epoch, String label, int rgb, double dash,
                            double gap, double labelTop, double em) {
        double px = plot.px(epoch);
        for (double y = plot.top(); y < plot.bottom(); y += dash + gap) {
            line(px, y, px, Math.min(y + dash, plot.bottom()), 2, rgb);
        }
        gc.setFill(rgb(rgb));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(label, Math.min(px + 3, plot.right() - textWidth(gc, label)), labelTop);
    }

    // the label's width in the canvas font (Korean letters are about twice as wide as Latin ones)
    private double textWidth(GraphicsContext gc, String label) {
        measure.setFont(gc.getFont());
        measure.setText(label);
        return measure.getLayoutBounds().getWidth();
    }

    // the values of every column at the epoch under the mouse
    private void drawReadout(GraphicsContext gc, Plot plot, LossHistory.View hv, double em, Color textColor) {
        double epoch = plot.x0() + (hoverX - plot.left()) / (plot.right() - plot.left()) * (plot.x1() - plot.x0());
        int i = nearest(hv, epoch);
        double px = plot.px(hv.epoch(i));
        line(pixelCentre(px), plot.top(), pixelCentre(px), plot.bottom(), 1, appearance.theme().get().text());
        StringBuilder sb = new StringBuilder(Texts.get("chart.epoch", Format.count(hv.epoch(i))));
        for (int ci = 0; ci < columns.length; ci++) {
            double v = hv.value(columns[ci], i);
            if (Double.isFinite(v)) {
                sb.append("  ").append(Texts.get(NAMES[ci])).append(' ').append(accuracy ? Format.percent(v) : Format.number(v));
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(rgb(appearance.theme().get().background()));
        double tw = textWidth(gc, sb.toString());
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
