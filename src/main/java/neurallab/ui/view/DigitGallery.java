package neurallab.ui.view;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import neurallab.data.Dataset;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.DataPicture;
import neurallab.ui.render.Predictions;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;

/**
 * Pixel data (handwritten digits) in the output panel: as many sample images as fit, each with the
 * network's prediction and its confidence, the misclassified ones first (marked, with the true class).
 */
final class DigitGallery extends Region {
    private final Appearance appearance;
    private final Canvas canvas = new Canvas();
    private Dataset shownData;
    private Predictions shownPredictions;
    /** What the last drawing showed (row, class and percent of each tile, and the layout): equal, nothing is redrawn. */
    private int[] drawn = new int[0];
    /** Each row's image, made once per data set and theme (drawing an image is cheap; writing its pixels is not). */
    private final Map<Integer, WritableImage> images = new HashMap<>();
    private Appearance.Theme imagesTheme;

    DigitGallery(Appearance appearance) {
        this.appearance = appearance;
        setId("digitGallery");
        getChildren().add(canvas);
        setMinSize(0, 0);
    }

    /** Shows rows of d (images of side × side inputs) with their predictions. */
    void show(Dataset d, Predictions p) {
        if (d != shownData) {
            images.clear();
        }
        shownData = d;
        shownPredictions = p;
        draw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            drawn = new int[0];
            draw();
        }
    }

    private void draw() {
        Dataset d = shownData;
        Predictions p = shownPredictions;
        if (d == null || p == null || d.isEmpty()) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        int side = DataPicture.imageSide(d.inputCount());
        double em = appearance.fontSize();
        int zoom = Math.max(1, (int) Math.round(3.2 * em / side));
        double image = side * zoom, tileW = Math.max(image, 4.2 * em) + 0.6 * em, tileH = image + 2.6 * em;
        int cols = Math.max(1, (int) (canvas.getWidth() / tileW));
        int rows = Math.max(0, (int) ((canvas.getHeight() - 1.6 * em) / tileH));
        Integer[] order = p.misclassifiedFirst(d.targets());
        int tiles = Math.min(order.length, cols * rows);
        int[] now = new int[3 * tiles + 2];
        int wrong = 0;
        for (int i = 0; i < d.size(); i++) {
            wrong += p.classes()[i] != (int) d.targets()[i] ? 1 : 0;
        }
        for (int t = 0; t < tiles; t++) {
            now[3 * t] = order[t];
            now[3 * t + 1] = p.classes()[order[t]];
            now[3 * t + 2] = (int) Math.round(100 * p.values()[order[t]]);
        }
        now[3 * tiles] = wrong;
        now[3 * tiles + 1] = cols;
        Appearance.Theme theme = appearance.theme().get();
        if (theme != imagesTheme) {
            images.clear();
            imagesTheme = theme;
        } else if (Arrays.equals(now, drawn)) {
            return; // what would be drawn is what is shown
        }
        drawn = now;
        paint(d, p, order, tiles, side, zoom, cols, wrong);
    }

    private void paint(Dataset d, Predictions p, Integer[] order, int tiles, int side, int zoom, int cols, int wrong) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double em = appearance.fontSize();
        double image = side * zoom, tileW = Math.max(image, 4.2 * em) + 0.6 * em, tileH = image + 2.6 * em;
        Appearance.Theme theme = imagesTheme;
        gc.setFont(Font.font(0.85 * em));
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(color(theme.text()));
        gc.fillText(Texts.get("gallery.caption", wrong, d.size()), 0, 0);
        gc.setTextAlign(TextAlignment.CENTER);
        for (int t = 0; t < tiles; t++) {
            int r = order[t];
            double x = (t % cols) * tileW, y = 1.6 * em + (t / cols) * tileH;
            double ix = x + (tileW - image) / 2;
            gc.drawImage(images.computeIfAbsent(r, k -> digitImage(d.inputs()[k], side, zoom, theme)), ix, y);
            boolean ok = p.classes()[r] == (int) d.targets()[r];
            gc.setFill(color(ok ? theme.text() : ColorScale.ORANGE));
            gc.fillText(p.classes()[r] + " · " + Math.round(100 * p.values()[r]) + "%", x + tileW / 2, y + image + 0.1 * em);
            if (!ok) {
                gc.setStroke(color(ColorScale.ORANGE));
                gc.setLineWidth(2);
                gc.strokeRect(ix - 1, y - 1, image + 2, image + 2);
                gc.fillText(Texts.get("gallery.true", (int) d.targets()[r]), x + tileW / 2, y + image + 1.2 * em);
            }
        }
    }

    private static WritableImage digitImage(double[] row, int side, int zoom, Appearance.Theme theme) {
        int n = side * zoom;
        WritableImage img = new WritableImage(n, n);
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(),
                DataPicture.digit(row, side, zoom, theme.background(), theme.text()), 0, n);
        return img;
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
