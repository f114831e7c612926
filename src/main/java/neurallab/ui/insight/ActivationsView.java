package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import neurallab.engine.Activation;
import neurallab.session.insight.ActivationStats;

/** One histogram per layer, with dead ReLU units and the saturated share written under it. */
public final class ActivationsView extends InsightPane {
    private final ActivationStats model;

    public ActivationsView(ActivationStats model) {
        super("Activations");
        this.model = model;
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int layers = model.layerCount();
        double w = (width - 20) / layers;
        double h = height - 90;
        for (int l = 0; l < layers; l++) {
            double x0 = 10 + l * w;
            int max = Math.max(1, model.maxCount(l));
            double barW = (w - 20) / model.bins();
            g.setFill(series(0));
            for (int b = 0; b < model.bins(); b++) {
                double bh = h * model.count(l, b) / max;
                g.fillRect(x0 + b * barW, 20 + h - bh, barW - 1, bh);
            }
            g.setFill(Color.BLACK);
            g.setFont(SMALL);
            g.fillText("layer " + (l + 1) + " " + model.activation(l).id(), x0, 14);
            g.fillText(num(model.binEdge(l, 0)), x0, 20 + h + 16);
            String hi = num(model.binEdge(l, model.bins()));
            g.fillText(hi, x0 + w - 20 - 8 * hi.length(), 20 + h + 16);
            g.setFont(TEXT);
            String note = "";
            if (model.activation(l) == Activation.RELU) {
                note = "dead: " + model.deadUnits(l) + " of " + model.units(l);
            } else if (Double.isFinite(model.saturatedShare(l))) {
                note = "saturated: " + Math.round(100 * model.saturatedShare(l)) + "%";
            }
            g.fillText(note, x0, 20 + h + 40);
        }
    }
}
