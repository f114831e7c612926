package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import neurallab.engine.Activation;
import neurallab.session.insight.ActivationStats;
import neurallab.ui.text.Texts;

/** One histogram per layer, with dead ReLU units and the saturated share written under it. */
public final class ActivationsView extends InsightPane {
    private final ActivationStats model;

    public ActivationsView(ActivationStats model) {
        super(Texts.get("insight.activations.title"));
        this.model = model;
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double fs = look.fontSize();
        int layers = model.layerCount();
        double w = (width - 20) / layers;
        double top = 1.6 * fs;
        double h = height - top - 4 * fs;
        for (int l = 0; l < layers; l++) {
            double x0 = 10 + l * w;
            int max = Math.max(1, model.maxCount(l));
            double barW = (w - 20) / model.bins();
            g.setFill(look.series(0));
            for (int b = 0; b < model.bins(); b++) {
                double bh = h * model.count(l, b) / max;
                g.fillRect(x0 + b * barW, top + h - bh, barW - 1, bh);
            }
            g.setFill(look.text());
            g.setFont(look.smallFont());
            g.fillText(Texts.get("insight.activations.layer", l + 1, model.activation(l).id()), x0, fs);
            g.fillText(num(model.binEdge(l, 0)), x0, top + h + 1.2 * fs);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(num(model.binEdge(l, model.bins())), x0 + w - 20, top + h + 1.2 * fs);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(look.textFont());
            String note = "";
            if (model.activation(l) == Activation.RELU) {
                note = Texts.get("insight.activations.dead", model.deadUnits(l), model.units(l));
            } else if (Double.isFinite(model.saturatedShare(l))) {
                note = Texts.get("insight.activations.saturated", Math.round(100 * model.saturatedShare(l)));
            }
            g.fillText(note, x0, top + h + 2.8 * fs);
        }
    }
}
