package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import neurallab.session.insight.Palette;
import neurallab.session.insight.WeightsModel;

/** Each layer's weight matrix (rows = inputs, columns = units) and bias row; 8×8 unit images for digits. */
public final class WeightsView extends InsightPane {
    private final WeightsModel model;
    private final CheckBox gradient = new CheckBox("Show last gradient dL/dw");
    private int[] pixels = new int[0];

    public WeightsView(WeightsModel model) {
        super("Weights");
        this.model = model;
        gradient.setFont(TEXT);
        gradient.setId("weights-gradient");
        gradient.selectedProperty().addListener((o, was, on) -> model.setShowGradient(on));
        setBottom(new HBox(20, gradient));
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int layers = model.layerCount();
        boolean images = model.hasInputImages();
        double top = 30;
        double legendH = 40;
        double areaH = height - top - legendH - 20 - (images ? 90 : 0);
        double x = 10;
        double columnW = (width - 20) / layers;
        g.setFont(SMALL);
        for (int l = 0; l < layers; l++) {
            int rows = model.rows(l);
            int cols = model.columns(l);
            double cell = Math.max(1, Math.min((columnW - 20) / cols, (areaH - 30) / (rows + 1.5)));
            if (pixels.length < rows * cols) {
                pixels = new int[rows * cols];
            }
            model.matrixPixels(l, pixels);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    g.setFill(argb(pixels[i * cols + j]));
                    g.fillRect(x + j * cell, top + i * cell, cell, cell);
                }
            }
            model.biasPixels(l, pixels);
            for (int j = 0; j < cols; j++) {
                g.setFill(argb(pixels[j]));
                g.fillRect(x + j * cell, top + (rows + 0.5) * cell, cell, cell);
            }
            g.setFill(Color.BLACK);
            g.fillText("layer " + (l + 1) + "  " + rows + "×" + cols, x, top - 8);
            // two short lines, so the range never runs into the next layer's column
            g.fillText("↑ bias", x, top + (rows + 1.5) * cell + 16);
            g.fillText(num(model.min(l)) + " … " + num(model.max(l)), x, top + (rows + 1.5) * cell + 34);
            x += columnW;
        }
        if (images) {
            int side = model.imageSide();
            int units = model.columns(0);
            int[] img = new int[side * side];
            double px = Math.max(1, Math.min(8, (width - 20) / (units * (side + 2))));
            double y0 = height - legendH - 80;
            for (int u = 0; u < units; u++) {
                model.unitImage(u, img);
                double ox = 10 + u * (side + 2) * px;
                for (int p = 0; p < side * side; p++) {
                    g.setFill(argb(img[p]));
                    g.fillRect(ox + (p % side) * px, y0 + (p / side) * px, px, px);
                }
            }
        }
        legend(g, 10, height - legendH + 5, Math.min(300, width - 20));
    }

    private void legend(GraphicsContext g, double x, double y, double w) {
        for (int i = 0; i < w; i++) {
            g.setFill(argb(Palette.argb(2.0 * i / w - 1.0, 1.0)));
            g.fillRect(x + i, y, 1, 14);
        }
        g.setFill(Color.BLACK);
        g.setFont(SMALL);
        g.fillText("negative", x, y + 30);
        g.fillText("0", x + w / 2 - 3, y + 30);
        g.fillText("positive", x + w - 56, y + 30);
    }
}
