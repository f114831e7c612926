package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import neurallab.session.insight.LearningRateFinder;

/** Smoothed loss against the learning rate (log axis), raw loss faint, the suggestion marked. */
public final class LearningRateFinderView extends InsightPane {
    private LearningRateFinder.Result result;

    public LearningRateFinderView(LearningRateFinder.Result result) {
        super("Learning-rate finder");
        this.result = result;
        refresh();
    }

    public void show(LearningRateFinder.Result newResult) {
        result = newResult;
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int n = result.count();
        double x0 = 70;
        double y0 = 10;
        double w = width - 90;
        double h = height - 70;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            lo = Math.min(lo, result.smoothed()[k]);
            hi = Math.max(hi, result.smoothed()[k]);
        }
        hi = Math.min(hi, lo + 4 * (result.smoothed()[0] - lo + 1e-12));
        double lrLo = Math.log10(LearningRateFinder.MIN_RATE);
        double lrHi = Math.log10(LearningRateFinder.MAX_RATE);
        axes(g, x0, y0, w, h, "1e-6", "10", num(lo), num(hi), "learning rate", "loss");
        for (int pass = 0; pass < 2; pass++) {
            double[] ys = pass == 0 ? result.losses() : result.smoothed();
            g.setStroke(pass == 0 ? Color.web("#56B4E9") : Color.web("#0072B2"));
            g.setLineWidth(pass == 0 ? 1 : 3);
            g.beginPath();
            for (int k = 0; k < n; k++) {
                double px = x0 + w * (Math.log10(result.rates()[k]) - lrLo) / (lrHi - lrLo);
                double v = Math.max(lo, Math.min(hi, ys[k]));
                double py = y0 + h - h * (v - lo) / (hi - lo + 1e-300);
                if (k == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
        }
        double sx = x0 + w * (Math.log10(result.suggestion()) - lrLo) / (lrHi - lrLo);
        g.setStroke(Color.web("#D55E00"));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(sx, y0, sx, y0 + h);
        g.setLineDashes(null);
        g.setFill(Color.web("#D55E00"));
        g.setFont(TEXT);
        g.fillText("suggested " + num(result.suggestion()) + (result.exploded() ? "  (stopped: loss exploded)" : ""),
                Math.min(sx + 6, x0 + w - 330), y0 + 24);
    }
}
