package neurallab.ui.render;

import neurallab.engine.Activation;
import neurallab.session.insight.Palette;

/**
 * Rasterizers: grid values to packed ARGB pixels, written into a caller's reused buffer. Pure functions;
 * the view only hands the buffer to {@code PixelWriter.setPixels}.
 */
public final class Raster {
    private Raster() {
    }

    /**
     * One neuron's map: values[cell · stride + offset] for every cell of a resolution² grid, through the
     * activation's unit mapping, onto the diverging scale (or its sign when discretized). For the
     * engine's unit-major maps neuron j is offset j · cells, stride 1.
     */
    public static void neuron(double[] values, int offset, int stride, int cells, Activation activation,
                              boolean discretize, int neutral, int[] out) {
        for (int c = 0; c < cells; c++) {
            double v = Palette.toUnit(values[c * stride + offset], activation);
            out[c] = discretize ? ColorScale.sign(v) : ColorScale.diverging(v, neutral);
        }
    }

    /**
     * One neuron's map at size×size pixels (row-major into out) from its res×res grid, each pixel the
     * colour of its nearest cell (as {@link #blit} samples): only the cells shown are coloured, 30×30 of
     * a 100×100 grid for a network of 48 neurons every frame.
     */
    public static void neuronScaled(double[] values, int offset, int res, Activation activation, boolean discretize,
                                    int neutral, int[] out, int size) {
        for (int py = 0; py < size; py++) {
            int row = offset + py * res / size * res;
            for (int px = 0; px < size; px++) {
                double v = Palette.toUnit(values[row + px * res / size], activation);
                out[py * size + px] = discretize ? ColorScale.sign(v) : ColorScale.diverging(v, neutral);
            }
        }
    }

    /** A regression surface: value v → diverging((v − centre) / halfRange). */
    public static void surface(double[] values, int cells, double centre, double halfRange, boolean discretize,
                               int neutral, int[] out) {
        double h = halfRange > 0 ? halfRange : 1;
        for (int c = 0; c < cells; c++) {
            double v = (values[c] - centre) / h;
            out[c] = discretize ? ColorScale.sign(v) : ColorScale.diverging(v, neutral);
        }
    }

    /**
     * Multi-class: each cell takes the colour of its most probable class, its saturation the probability
     * (discretized: full colour). Unit-major: class j of cell c at probs[j · cells + c].
     */
    public static void classes(double[] probs, int k, int cells, boolean discretize, int neutral, int[] out) {
        for (int c = 0; c < cells; c++) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (probs[j * cells + c] > probs[best * cells + c]) {
                    best = j;
                }
            }
            out[c] = discretize ? ColorScale.classColor(best)
                    : ColorScale.confidence(best, probs[best * cells + c], k, neutral);
        }
    }

    /**
     * Scales a src×src image up to dst×dst by nearest neighbour (dst a multiple is not required):
     * keeps the cell edges crisp when discretized and costs one lookup per pixel.
     */
    public static void upscale(int[] src, int srcSize, int[] dst, int dstSize) {
        for (int y = 0; y < dstSize; y++) {
            int sy = y * srcSize / dstSize;
            for (int x = 0; x < dstSize; x++) {
                dst[y * dstSize + x] = src[sy * srcSize + x * srcSize / dstSize];
            }
        }
    }

    /**
     * Bilinear upscaling of a src×src image (cell centres at (i + ½)) to dst×dst, clamped at the edges:
     * the smooth output map, computed here so the renderer draws the image 1:1 without filtering. The
     * weights are in 1/256 steps and everything is integer arithmetic (the output view repaints up to
     * 400 × 400 pixels 20 times a second).
     */
    public static void bilinear(int[] src, int srcSize, int[] dst, int dstSize) {
        // sample positions s = (i + ½)·scale − ½ in 16.16 fixed point, one addition per pixel
        double scale = (double) srcSize / dstSize;
        long step = Math.round(scale * 65536), first = Math.round((0.5 * scale - 0.5) * 65536);
        long last = (long) (srcSize - 1) << 16;
        for (int y = 0; y < dstSize; y++) {
            long sy = Math.max(0, Math.min(last, first + y * step));
            int y0 = (int) (sy >> 16), y1 = Math.min(srcSize - 1, y0 + 1), fy = weight(sy);
            int row0 = y0 * srcSize, row1 = y1 * srcSize, out = y * dstSize;
            for (int x = 0; x < dstSize; x++) {
                long sx = Math.max(0, Math.min(last, first + x * step));
                int x0 = (int) (sx >> 16), x1 = Math.min(srcSize - 1, x0 + 1), fx = weight(sx);
                dst[out + x] = lerp2(src[row0 + x0], src[row0 + x1], src[row1 + x0], src[row1 + x1], fx, fy);
            }
        }
    }

    /**
     * Draws a src×src image scaled to size×size by nearest neighbour into a width×height buffer at (x, y),
     * clipped to the buffer: how one neuron's map lands in the network's single image.
     */
    public static void blit(int[] src, int srcSize, int[] dst, int width, int height, int x, int y, int size) {
        int ya = Math.max(0, y), yb = Math.min(height, y + size);
        int xa = Math.max(0, x), xb = Math.min(width, x + size);
        for (int py = ya; py < yb; py++) {
            int row = (py - y) * srcSize / size * srcSize;
            int o = py * width;
            for (int px = xa; px < xb; px++) {
                dst[o + px] = src[row + (px - x) * srcSize / size];
            }
        }
    }

    // the fraction of a 16.16 position, rounded to 0…256
    private static int weight(long position) {
        return (int) (((position & 0xFFFF) + 128) >> 8);
    }

    // the four corners a b / c d blended with weights fx, fy in 0…256, every channel rounded to nearest
    private static int lerp2(int a, int b, int c, int d, int fx, int fy) {
        return 0xFF000000 | channel(a, b, c, d, 16, fx, fy) | channel(a, b, c, d, 8, fx, fy) | channel(a, b, c, d, 0, fx, fy);
    }

    private static int channel(int a, int b, int c, int d, int shift, int fx, int fy) {
        int top = ((a >> shift) & 0xFF) * (256 - fx) + ((b >> shift) & 0xFF) * fx;
        int bottom = ((c >> shift) & 0xFF) * (256 - fx) + ((d >> shift) & 0xFF) * fx;
        return ((top * (256 - fy) + bottom * fy + 32768) >> 16) << shift;
    }
}
