package neurallab.ui.insight;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.text.TextAlignment;
import neurallab.session.insight.Palette;
import neurallab.session.insight.WeightsModel;
import neurallab.ui.text.Texts;

/** Each layer's weight matrix (rows = inputs, columns = units) and bias row; 8×8 unit images for digits. */
public final class WeightsView extends InsightPane {
    private final WeightsModel model;
    private final CheckBox gradient = new CheckBox(Texts.get("insight.weights.gradient"));
    private int[] pixels = new int[0];

    public WeightsView(WeightsModel model) {
        super(Texts.get("insight.weights.title"));
        this.model = model;
        gradient.getStyleClass().add("insight-text");
        gradient.setId("weights-gradient");
        gradient.selectedProperty().addListener((o, was, on) -> model.setShowGradient(on));
        setBottom(new HBox(20, gradient));
        refresh();
    }

    @Override
    public void setLook(Look newLook) {
        model.setNeutral(newLook.neutral());
        super.setLook(newLook);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double fs = look.fontSize();
        int layers = model.layerCount();
        boolean images = model.hasInputImages();
        double top = 2 * fs;
        double legendH = 3 * fs;
        double areaH = height - top - legendH - 4 * fs - (images ? 90 : 0);
        double x = 10;
        double columnW = (width - 20) / layers;
        g.setFont(look.smallFont());
        for (int l = 0; l < layers; l++) {
            int rows = model.rows(l);
            int cols = model.columns(l);
            double cell = Math.max(1, Math.min((columnW - 20) / cols, areaH / (rows + 1.5)));
            if (pixels.length < rows * cols) {
                pixels = new int[rows * cols];
            }
            model.matrixPixels(l, pixels);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    g.setFill(Look.argb(pixels[i * cols + j]));
                    g.fillRect(x + j * cell, top + i * cell, cell, cell);
                }
            }
            model.biasPixels(l, pixels);
            for (int j = 0; j < cols; j++) {
                g.setFill(Look.argb(pixels[j]));
                g.fillRect(x + j * cell, top + (rows + 0.5) * cell, cell, cell);
            }
            g.setFill(look.text());
            g.fillText(Texts.get("insight.weights.layer", l + 1, rows, cols), x, top - 0.5 * fs);
            // two short lines, so the range never runs into the next layer's column
            g.fillText(Texts.get("insight.weights.bias"), x, top + (rows + 1.5) * cell + 1.2 * fs);
            // the range of weights and biases, named: under "↑ bias" a bare range read as the biases alone
            g.fillText(Texts.get("insight.weights.range", num(model.min(l)), num(model.max(l))), x,
                    top + (rows + 1.5) * cell + 2.5 * fs);
            x += columnW;
        }
        if (images) {
            unitImages(g, width, height - legendH - 80);
        }
        legend(g, 10, height - legendH, Math.min(22 * fs, width - 20));
    }

    private void unitImages(GraphicsContext g, double width, double y0) {
        int side = model.imageSide();
        int units = model.columns(0);
        int[] img = new int[side * side];
        double px = Math.max(1, Math.min(8, (width - 20) / (units * (side + 2))));
        for (int u = 0; u < units; u++) {
            model.unitImage(u, img);
            double ox = 10 + u * (side + 2) * px;
            for (int p = 0; p < side * side; p++) {
                g.setFill(Look.argb(img[p]));
                g.fillRect(ox + (p % side) * px, y0 + (p / side) * px, px, px);
            }
        }
    }

    // the scale: each layer's colours run from −(its largest |w|) in orange to +(its largest |w|) in blue
    private void legend(GraphicsContext g, double x, double y, double w) {
        for (int i = 0; i < w; i++) {
            g.setFill(Look.argb(Palette.diverging(2.0 * i / w - 1.0, look.neutral())));
            g.fillRect(x + i, y, 1, 0.9 * look.fontSize());
        }
        g.setFill(look.text());
        g.setFont(look.smallFont());
        double base = y + 2.1 * look.fontSize();
        g.fillText(Texts.get("insight.weights.min"), x, base);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("0", x + w / 2, base);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Texts.get("insight.weights.max"), x + w, base);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Texts.get("insight.weights.scale"), x + w + 4.5 * look.fontSize(), base);
    }
}
