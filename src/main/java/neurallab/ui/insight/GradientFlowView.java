package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import neurallab.session.insight.GradientFlow;
import neurallab.ui.text.Texts;

/** ‖dL/dW‖ per layer over time on a log scale (top) and ‖ΔW‖/‖W‖ (bottom), one colour per layer. */
public final class GradientFlowView extends InsightPane {
    private final GradientFlow model;

    public GradientFlowView(GradientFlow model) {
        super(Texts.get("insight.flow.title"));
        this.model = model;
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double fs = look.fontSize();
        double legendW = textWidth(Texts.get("insight.flow.layer", 10), look.textFont()) + 2.5 * fs;
        double x0 = leftMargin();
        double w = width - x0 - legendW - fs;
        double half = height / 2;
        plot(g, x0, 0.5 * fs, w, half - 0.5 * fs - bottomMargin(), true, "‖dL/dW‖");
        plot(g, x0, half + 0.5 * fs, w, half - 0.5 * fs - bottomMargin(), false, "‖ΔW‖/‖W‖");
        g.setFont(look.textFont());
        for (int l = 0; l < model.layerCount(); l++) {
            double y = fs + l * 1.7 * fs;
            g.setFill(look.series(l));
            g.fillRect(width - legendW, y, 1.1 * fs, 0.9 * fs);
            g.setFill(look.text());
            g.fillText(Texts.get("insight.flow.layer", l + 1), width - legendW + 1.5 * fs, y + 0.9 * fs);
        }
    }

    private void plot(GraphicsContext g, double x0, double y0, double w, double h, boolean norm, String name) {
        int n = model.size();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < model.layerCount(); l++) {
            for (int i = 0; i < n; i++) {
                double v = norm ? model.gradientNorm(l, i) : model.updateRatio(l, i);
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, Math.log10(v));
                    hi = Math.max(hi, Math.log10(v));
                }
            }
        }
        if (!(hi >= lo)) {
            lo = -3;
            hi = 0;
        }
        hi = Math.max(hi, lo + 1e-9);
        axes(g, x0, y0, w, h, n == 0 ? "" : Texts.get("insight.flow.step", model.step(0)),
                n == 0 ? "" : Texts.get("insight.flow.step", model.step(n - 1)),
                "1e" + Math.round(lo), "1e" + Math.round(hi), "", name);
        g.setLineWidth(2.5);
        for (int l = 0; l < model.layerCount(); l++) {
            stroke(g, l);
            int layer = l;
            logLine(g, n, i -> x0 + (n == 1 ? 0 : w * i / (n - 1)),
                    i -> norm ? model.gradientNorm(layer, i) : model.updateRatio(layer, i), y0, h, lo, hi);
        }
        g.setLineDashes(null);
    }
}
