package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import neurallab.session.insight.Contours;
import neurallab.session.insight.LossLandscape;
import neurallab.session.insight.Palette;
import neurallab.ui.text.Texts;

/**
 * The loss on the trajectory's principal plane: cells shaded dark (low loss) to light (high), contour lines,
 * the projected path from ○ (where training started) to ● (the weights now), axes along both directions and
 * a legend of the shades with their loss values.
 */
public final class LossLandscapeView extends InsightPane {
    private LossLandscape model;

    public LossLandscapeView(LossLandscape model) {
        super(Texts.get("insight.landscape.title"));
        this.model = model;
        refresh();
    }

    public void show(LossLandscape newModel) {
        model = newModel;
        refresh();
    }

    /** The shade's position t in [0, 1] for loss v: log(1 + v − min) / log(1 + max − min), so valleys keep detail. */
    private double shade(double v) {
        return Math.log1p(v - model.min()) / Math.log1p(model.max() - model.min() + 1e-12);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double fs = look.fontSize();
        int n = model.resolution();
        double ox = leftMargin();
        double oy = 0.5 * fs;
        double legendW = 9 * fs;
        double size = Math.max(50, Math.min(width - ox - legendW - fs, height - oy - 3.5 * fs));
        double cell = size / n;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                g.setFill(Look.argb(Palette.sequential(shade(model.value(r, c)))));
                g.fillRect(ox + c * cell, oy + (n - 1 - r) * cell, cell + 1, cell + 1);
            }
        }
        contours(g, n, ox, oy, cell);
        path(g, ox, oy, size, cell);
        axes(g, ox, oy, size, size, num(-model.alphaRange()), num(model.alphaRange()), num(-model.betaRange()),
                num(model.betaRange()), Texts.get("insight.landscape.direction1", Math.round(100 * model.explained(0))),
                Texts.get("insight.landscape.direction2", Math.round(100 * model.explained(1))));
        legend(g, ox + size + 1.5 * fs, oy, Math.min(size, 14 * fs));
    }

    private void contours(GraphicsContext g, int n, double ox, double oy, double cell) {
        double[] values = model.values();
        g.setStroke(Look.argb(Palette.ORANGE));
        g.setLineWidth(1);
        for (double level : Contours.quantileLevels(values, 10)) {
            double[] seg = Contours.segments(values, n, n, 0, n - 1, 0, n - 1, level);
            for (int i = 0; i < seg.length; i += 4) {
                g.strokeLine(ox + (seg[i] + 0.5) * cell, oy + (n - 0.5 - seg[i + 1]) * cell,
                        ox + (seg[i + 2] + 0.5) * cell, oy + (n - 0.5 - seg[i + 3]) * cell);
            }
        }
    }

    // the path in white over a dark outline (readable on every shade), ○ at its start and ● at its end
    private void path(GraphicsContext g, double ox, double oy, double size, double cell) {
        int k = model.pathLength();
        if (k == 0) {
            return;
        }
        double[] xs = new double[k];
        double[] ys = new double[k];
        for (int i = 0; i < k; i++) {
            xs[i] = ox + size / 2 + model.pathAlpha(i) / model.alphaRange() * (size / 2 - cell / 2);
            ys[i] = oy + size / 2 - model.pathBeta(i) / model.betaRange() * (size / 2 - cell / 2);
        }
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? Look.argb(0xFF000000) : Look.argb(0xFFFFFFFF));
            g.setLineWidth(pass == 0 ? 5 : 2.5);
            g.strokePolyline(xs, ys, k);
        }
        double r = 0.45 * look.fontSize();
        g.setLineWidth(2);
        g.setFill(Look.argb(0xFFFFFFFF));
        g.setStroke(Look.argb(0xFF000000));
        g.strokeOval(xs[0] - r, ys[0] - r, 2 * r, 2 * r);
        g.fillOval(xs[k - 1] - r, ys[k - 1] - r, 2 * r, 2 * r);
        g.strokeOval(xs[k - 1] - r, ys[k - 1] - r, 2 * r, 2 * r);
        g.setFont(look.smallFont());
        g.setFill(look.text());
        g.fillText(Texts.get("insight.landscape.markers"), ox, oy + size + 3.3 * look.fontSize());
    }

    // a vertical bar, low loss (dark) at the bottom, with the loss at five shades
    private void legend(GraphicsContext g, double x, double y, double h) {
        double fs = look.fontSize();
        for (int i = 0; i < h; i++) {
            g.setFill(Look.argb(Palette.sequential(1 - i / h)));
            g.fillRect(x, y + i, 1.2 * fs, 1);
        }
        g.setStroke(look.muted());
        g.setLineWidth(1);
        g.strokeRect(x, y, 1.2 * fs, h);
        g.setFill(look.text());
        g.setFont(look.smallFont());
        g.setTextAlign(TextAlignment.LEFT);
        for (int q = 0; q <= 4; q++) {
            double t = q / 4.0;
            // the loss whose shade is t: v = min + (1 + max − min)^t − 1
            double v = model.min() + Math.expm1(t * Math.log1p(model.max() - model.min() + 1e-12));
            g.fillText(num(v), x + 1.6 * fs, y + h - t * h + (q == 4 ? 0.8 * fs : q == 0 ? 0 : 0.4 * fs));
        }
        g.fillText(Texts.get("insight.landscape.loss"), x, y + h + 1.3 * fs);
    }
}
