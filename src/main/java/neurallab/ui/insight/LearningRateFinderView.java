package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import neurallab.session.insight.LearningRateFinder;
import neurallab.ui.text.Texts;

/** Smoothed loss against the learning rate (log axis), raw loss faint, the suggestion marked inside the plot. */
public final class LearningRateFinderView extends InsightPane {
    private LearningRateFinder.Result result;

    public LearningRateFinderView(LearningRateFinder.Result result) {
        super(Texts.get("insight.finder.title"));
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
        double fs = look.fontSize();
        double x0 = leftMargin();
        double y0 = fs;
        double w = width - x0 - fs;
        double h = height - y0 - bottomMargin();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            lo = Math.min(lo, result.smoothed()[k]);
            hi = Math.max(hi, result.smoothed()[k]);
        }
        hi = Math.min(hi, lo + 4 * (result.smoothed()[0] - lo + 1e-12));
        double lrLo = Math.log10(LearningRateFinder.MIN_RATE);
        double lrHi = Math.log10(LearningRateFinder.MAX_RATE);
        axes(g, x0, y0, w, h, "1e-6", "10", num(lo), num(hi), Texts.get("insight.finder.xAxis"),
                Texts.get("insight.finder.yAxis"));
        for (int pass = 0; pass < 2; pass++) {
            double[] ys = pass == 0 ? result.losses() : result.smoothed();
            g.setStroke(pass == 0 ? look.series(4) : look.series(0));
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
        marker(g, x0, y0, w, h, lrLo, lrHi);
    }

    // the suggestion: a dashed line inside the frame, its value written inside the plot beside it
    private void marker(GraphicsContext g, double x0, double y0, double w, double h, double lrLo, double lrHi) {
        g.setFill(look.series(3));
        g.setFont(look.textFont());
        if (!result.hasSuggestion()) {
            g.fillText(stopped(Texts.get("insight.finder.none")), x0 + 10, y0 + 1.6 * look.fontSize());
            return;
        }
        double sx = x0 + w * (Math.log10(result.suggestion()) - lrLo) / (lrHi - lrLo);
        g.setStroke(look.series(3));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(sx, y0, sx, y0 + h);
        g.setLineDashes(null);
        String text = stopped(Texts.get("insight.finder.suggested", num(result.suggestion())));
        boolean right = sx + 8 + textWidth(text, look.textFont()) < x0 + w;
        g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.fillText(text, right ? sx + 8 : sx - 8, y0 + 1.6 * look.fontSize());
        g.setTextAlign(TextAlignment.LEFT);
    }

    // the text, and that the sweep stopped early when the loss exploded
    private String stopped(String text) {
        return result.exploded() ? Texts.get("insight.finder.exploded", text) : text;
    }
}
