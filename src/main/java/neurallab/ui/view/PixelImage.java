package neurallab.ui.view;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * An image repainted every frame: the view writes {@link #pixels()} (premultiplied ARGB, so opaque
 * colours as they are) and calls {@link #publish()}. The image shares that array with the renderer, so
 * nothing is converted on the way: {@code setPixels} on a plain WritableImage turns every int into four
 * bytes on the FX thread, and the software pipeline turns them back into ints on the render thread.
 */
final class PixelImage {
    private final int[] pixels;
    private final PixelBuffer<IntBuffer> buffer;
    private final WritableImage image;

    PixelImage(int width, int height) {
        pixels = new int[width * height];
        buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
    }

    int width() {
        return buffer.getWidth();
    }

    int height() {
        return buffer.getHeight();
    }

    /** Row-major, width × height, premultiplied ARGB. */
    int[] pixels() {
        return pixels;
    }

    WritableImage image() {
        return image;
    }

    /** Marks the whole image changed: it is drawn anew at the next frame (FX thread only). */
    void publish() {
        buffer.updateBuffer(b -> null);
    }
}
