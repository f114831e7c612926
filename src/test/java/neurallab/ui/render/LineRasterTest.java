package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LineRasterTest {
    private static final int WHITE = 0xFFFFFFFF;

    private static int[] white(int w, int h) {
        int[] buf = new int[w * h];
        Arrays.fill(buf, WHITE);
        return buf;
    }

    @Test
    void horizontalLineCoversItsThickness() {
        int w = 10, h = 10;
        int[] buf = white(w, h);
        LineRaster.line(buf, w, h, 0, 5, 9, 5, 2, 0x0072B2, 1.0);
        for (int x = 0; x < w; x++) {
            assertEquals(0xFF0072B2, buf[4 * w + x]);
            assertEquals(0xFF0072B2, buf[5 * w + x]);
            assertEquals(WHITE, buf[3 * w + x]);
            assertEquals(WHITE, buf[6 * w + x]);
        }
    }

    @Test
    void partialCoverageBlendsHalfwayAndOutsideIsSkipped() {
        int w = 4, h = 4;
        int[] buf = white(w, h);
        LineRaster.line(buf, w, h, -5, 2.0, 10, 2.0, 1, 0x000000, 1.0);
        assertEquals(0xFF808080, buf[w + 2], "half of row 1");
        assertEquals(0xFF808080, buf[2 * w + 2], "half of row 2");
        assertEquals(WHITE, buf[0]);
        assertEquals(WHITE, buf[3 * w + 3]);
    }

    @Test
    void blendIsSourceOverAnOpaquePixel() {
        assertEquals(0xFF0000FF, LineRaster.blend(0xFFFF0000, 0x0000FF, 1.0));
        assertEquals(0xFFFF0000, LineRaster.blend(0xFFFF0000, 0x0000FF, 0.0));
        // c = d + (s − d)·α: red 255 → 255 − 127.5, blue 0 → 127.5, rounded, green stays 0
        assertEquals(0xFF800080, LineRaster.blend(0xFFFF0000, 0x0000FF, 0.5));
        assertEquals(0xFF404040, LineRaster.blend(0xFF000000, 0xFFFFFF, 0.25));
    }

    @Test
    void steepLinesAreDrawnToo() {
        int w = 5, h = 10;
        int[] buf = white(w, h);
        LineRaster.line(buf, w, h, 2.5, 0, 2.5, 9, 1, 0x123456, 1.0);
        for (int y = 0; y < h; y++) {
            assertEquals(0xFF123456, buf[y * w + 2]);
            assertEquals(WHITE, buf[y * w + 1]);
        }
    }
}
