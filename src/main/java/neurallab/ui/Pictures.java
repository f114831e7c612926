package neurallab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import neurallab.io.export.PngFile;

/** Pictures of the window's panels as PNG files, at 1× or 2× (twice the pixels each way, for print and slides). */
final class Pictures {
    private Pictures() {
    }

    /** The panel as drawn now, scaled; the background where it is transparent is the scene's. */
    static WritableImage snapshot(Node node, int scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(node.getScene() != null ? node.getScene().getFill() : Color.WHITE);
        return node.snapshot(params, null);
    }

    static void write(Node node, int scale, Path file) throws IOException {
        WritableImage image = snapshot(node, scale);
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        PngFile.write(file, w, h, argb);
    }

    /** A file name from the panel's name: "Network", 2 → "network@2x.png". */
    static String fileName(String panel, int scale) {
        String slug = panel.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "picture" : slug) + (scale == 1 ? "" : "@" + scale + "x") + ".png";
    }
}
