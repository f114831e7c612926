package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import neurallab.session.insight.Contours;
import neurallab.session.insight.LossLandscape;

/** The loss on the trajectory's principal plane: shaded cells, contour lines, and the projected path. */
public final class LossLandscapeView extends InsightPane {
    private LossLandscape model;

    public LossLandscapeView(LossLandscape model) {
        super("Loss landscape (principal plane of the weight trajectory)");
        this.model = model;
        refresh();
    }

    public void show(LossLandscape newModel) {
        model = newModel;
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int n = model.resolution();
        double size = Math.min(width - 20, height - 50);
        double cell = size / n;
        double ox = 10;
        double oy = 10;
        double lo = model.min();
        double hi = model.max();
        // sequential light-to-dark blue on log(1 + L − min): readable in grey too
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double t = Math.log1p(model.value(r, c) - lo) / Math.log1p(hi - lo + 1e-12);
                t = Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 1;
                g.setFill(Color.web("#F7FBFF").interpolate(Color.web("#08306B"), t));
                g.fillRect(ox + c * cell, oy + (n - 1 - r) * cell, cell + 1, cell + 1);
            }
        }
        double[] values = model.values();
        double[] levels = Contours.quantileLevels(values, 10);
        g.setStroke(Color.web("#E69F00"));
        g.setLineWidth(1);
        for (double level : levels) {
            double[] seg = Contours.segments(values, n, n, 0, n - 1, 0, n - 1, level);
            for (int i = 0; i < seg.length; i += 4) {
                g.strokeLine(ox + (seg[i] + 0.5) * cell, oy + (n - 0.5 - seg[i + 1]) * cell,
                        ox + (seg[i + 2] + 0.5) * cell, oy + (n - 0.5 - seg[i + 3]) * cell);
            }
        }
        g.setStroke(Color.web("#D55E00"));
        g.setLineWidth(3);
        g.beginPath();
        for (int k = 0; k < model.pathLength(); k++) {
            double px = ox + size / 2 + model.pathAlpha(k) / model.alphaRange() * (size / 2 - cell / 2);
            double py = oy + size / 2 - model.pathBeta(k) / model.betaRange() * (size / 2 - cell / 2);
            if (k == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        g.setFill(Color.BLACK);
        g.setFont(TEXT);
        g.fillText(String.format("loss %s … %s;  direction 1: %.0f%%, direction 2: %.0f%% of the path's variance",
                num(lo), num(hi), 100 * model.explained(0), 100 * model.explained(1)), ox, oy + size + 24);
    }
}
