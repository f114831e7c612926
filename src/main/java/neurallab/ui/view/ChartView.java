package neurallab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
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
        int text = appearance.theme().get().text();
        Color textColor = rgb(text);
        Color gridColor = rgb(appearance.theme().get().grid());
        double left = em * 3.6, right = w - em * 0.5, top = em * 0.6, bottom = h - em * 1.6;
        LossHistory.View hv = history;
        int n = hv.size();
        gc.setStroke(gridColor);
        gc.setLineWidth(1);
        gc.strokeRect(left, top, right - left, bottom - top);
        if (n == 0) {
            return;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int c : columns) {
            for (int i = 0; i < n; i++) {
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
        double x0 = hv.epoch(0), x1 = Math.max(hv.epoch(n - 1), x0 + 1);
        final double flo = lo, fhi = hi;
        // axes labels
        gc.setFill(textColor);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        int ticks = (int) Math.max(1, Math.min(4, (bottom - top) / (1.6 * em)));
        for (int t = 0; t <= ticks; t++) {
            double v = lo + (hi - lo) * t / ticks;
            double y = bottom - (bottom - top) * t / ticks;
            gc.setStroke(gridColor);
            gc.strokeLine(left, y, right, y);
            String label = accuracy ? Format.percent(v) : Format.number(log ? Math.pow(10, v) : v);
            gc.fillText(label, left - 4, y);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("epoch " + Format.count((long) x0), left + 2 * em, bottom + 3);
        gc.fillText(Format.count((long) x1), right - 2 * em, bottom + 3);
        int buckets = (int) Math.min(2048, Math.max(1, right - left));
        for (int ci = 0; ci < columns.length; ci++) {
            int col = columns[ci];
            if (!hv.has(col)) {
                continue;
            }
            Downsample.Series s = new Downsample.Series() {
                public int size() {
                    return n;
                }

                public double x(int i) {
                    return hv.epoch(i);
                }

                public double y(int i) {
                    double v = hv.value(col, i);
                    return log && v <= 0 ? Double.NaN : v;
                }
            };
            int count = Downsample.minMax(s, buckets, picks);
            gc.setStroke(rgb(COLORS[ci % COLORS.length]));
            gc.setLineWidth(ci == columns.length - 1 ? 2.5 : 2);
            gc.beginPath();
            for (int k = 0; k < count; k++) {
                int i = picks[k];
                double px = left + (hv.epoch(i) - x0) / (x1 - x0) * (right - left);
                double py = bottom - (ty(hv.value(col, i)) - flo) / (fhi - flo) * (bottom - top);
                if (k == 0) {
                    gc.moveTo(px, py);
                } else {
                    gc.lineTo(px, py);
                }
            }
            gc.stroke();
        }
        if (marker != null) {
            double px = left + (marker - x0) / (x1 - x0) * (right - left);
            gc.setStroke(Color.web("#c0392b"));
            gc.setLineDashes(6, 4);
            gc.strokeLine(px, top, px, bottom);
            gc.setLineDashes();
            gc.setFill(Color.web("#c0392b"));
            gc.fillText("diverged", Math.min(px, right - 2 * em), top + 2);
        }
        if (best != null && best >= x0) {
            double px = left + (best - x0) / (x1 - x0) * (right - left);
            gc.setStroke(Color.web("#009E73"));
            gc.setLineWidth(2);
            gc.setLineDashes(3, 3);
            gc.strokeLine(px, top, px, bottom);
            gc.setLineDashes();
            gc.setFill(Color.web("#009E73"));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText("best " + Format.count(best), Math.min(px + 3, right - 4 * em), top + em * 1.2);
        }
        if (hoverX >= left && hoverX <= right) {
            double epoch = x0 + (hoverX - left) / (right - left) * (x1 - x0);
            int i = nearest(hv, epoch);
            double px = left + (hv.epoch(i) - x0) / (x1 - x0) * (right - left);
            gc.setStroke(textColor);
            gc.setLineWidth(1);
            gc.strokeLine(px, top, px, bottom);
            StringBuilder sb = new StringBuilder("epoch " + Format.count(hv.epoch(i)));
            for (int ci = 0; ci < columns.length; ci++) {
                double v = hv.value(columns[ci], i);
                if (Double.isFinite(v)) {
                    sb.append("  ").append(NAMES[ci]).append(' ').append(accuracy ? Format.percent(v) : Format.number(v));
                }
            }
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setFill(rgb(appearance.theme().get().background()));
            double tw = sb.length() * em * 0.45;
            double tx = Math.min(px + 4, right - tw);
            gc.fillRect(tx - 2, top + 2, tw + 4, em * 1.2);
            gc.setFill(textColor);
            gc.fillText(sb.toString(), tx, top + 3);
        }
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
