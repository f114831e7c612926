package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import neurallab.session.insight.RunComparison;

/** Loss curves of the pinned runs on one log axis, with each run's final boundary thumbnail. */
public final class CompareRunsView extends InsightPane {
    private final RunComparison model;

    public CompareRunsView(RunComparison model) {
        super("Compare runs");
        this.model = model;
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double x0 = 70;
        double y0 = 10;
        double w = width - 300;
        double h = height - 50;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int epochs = 1;
        for (RunComparison.PinnedRun r : model.runs()) {
            epochs = Math.max(epochs, r.epochs());
            for (int e = 0; e < r.points(); e++) {
                double v = r.loss(e);
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, Math.log10(v));
                    hi = Math.max(hi, Math.log10(v));
                }
            }
        }
        if (!(hi > lo)) {
            lo = -2;
            hi = 0;
        }
        axes(g, x0, y0, w, h, "0", Integer.toString(epochs - 1), num(Math.pow(10, lo)), num(Math.pow(10, hi)),
                "epoch", "loss");
        int i = 0;
        for (RunComparison.PinnedRun r : model.runs()) {
            stroke(g, i);
            g.setLineWidth(3);
            int span = Math.max(1, epochs - 1);
            logLine(g, r.points(), e -> x0 + w * r.epochOf(e) / span, r::loss, y0, h, lo, hi);
            double lx = x0 + w + 20;
            double ly = y0 + i * 70;
            int size = r.thumbnailSize();
            int[] px = r.thumbnail();
            double cell = size == 0 ? 0 : 56.0 / size;
            for (int p = 0; p < px.length; p++) {
                g.setFill(argb(px[p]));
                g.fillRect(lx + (p % size) * cell, ly + (p / size) * cell, cell + 0.5, cell + 0.5);
            }
            g.strokeLine(lx + 64, ly + 10, lx + 90, ly + 10);
            g.setFill(Color.BLACK);
            g.setFont(TEXT);
            g.fillText(r.label(), lx + 96, ly + 16);
            g.setFont(SMALL);
            g.fillText("final " + num(r.finalLoss()), lx + 96, ly + 36);
            i++;
        }
        g.setLineDashes(null);
    }
}
