package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineRasterTest {
    @Test
    void horizontalLineCoversItsThickness() {
        int w = 10, h = 10;
        int[] buf = new int[w * h];
        LineRaster.line(buf, w, h, 0, 5, 9, 5, 2, 0x0072B2, 1.0);
        for (int x = 0; x < w; x++) {
            assertEquals(0xFF0072B2, buf[4 * w + x]);
            assertEquals(0xFF0072B2, buf[5 * w + x]);
            assertEquals(0, buf[3 * w + x]);
            assertEquals(0, buf[6 * w + x]);
        }
    }

    @Test
    void partialCoverageIsPartlyTransparentAndOutsideIsSkipped() {
        int w = 4, h = 4;
        int[] buf = new int[w * h];
        LineRaster.line(buf, w, h, -5, 2.0, 10, 2.0, 1, 0xFFFFFF, 1.0);
        assertEquals(0x80, buf[w + 2] >>> 24, "half of row 1");
        assertEquals(0x80, buf[2 * w + 2] >>> 24, "half of row 2");
        LineRaster.clear(buf, w, h);
        assertEquals(0, buf[w + 2]);
    }

    @Test
    void blendIsSourceOver() {
        assertEquals(0xFF0000FF, LineRaster.blend(0xFFFF0000, 0x0000FF, 1.0));
        assertEquals(0x800000FF, LineRaster.blend(0, 0x0000FF, 128 / 255.0));
        int half = LineRaster.blend(0xFFFF0000, 0x0000FF, 0.5);
        assertEquals(0xFF, half >>> 24);
        assertEquals(0x80, (half >> 16) & 0xFF);
        assertEquals(0x80, half & 0xFF);
    }

    @Test
    void steepLinesAreDrawnToo() {
        int w = 5, h = 10;
        int[] buf = new int[w * h];
        LineRaster.line(buf, w, h, 2.5, 0, 2.5, 9, 1, 0x123456, 1.0);
        for (int y = 0; y < h; y++) {
            assertEquals(0xFF123456, buf[y * w + 2]);
        }
    }
}
