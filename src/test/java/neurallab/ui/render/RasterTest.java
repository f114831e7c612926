package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neurallab.engine.Activation;
import org.junit.jupiter.api.Test;

class RasterTest {
    private static final int N = ColorScale.NEUTRAL;

    @Test
    void neuronMapReadsItsUnitWithTheStride() {
        // 2 cells × 2 units: unit 1 is at offset 1
        double[] values = {0.0, -1.0, 5.0, 1.0};
        int[] out = new int[2];
        Raster.neuron(values, 1, 2, 2, Activation.TANH, false, N, out);
        assertArrayEquals(new int[] {ColorScale.ORANGE, ColorScale.BLUE}, out);
    }

    @Test
    void sigmoidIsCentredAtOneHalf() {
        int[] out = new int[3];
        Raster.neuron(new double[] {0.5, 1.0, 0.0}, 0, 1, 3, Activation.SIGMOID, false, N, out);
        assertArrayEquals(new int[] {N, ColorScale.BLUE, ColorScale.ORANGE}, out);
        Raster.neuron(new double[] {0.51, 0.49, 0.5}, 0, 1, 3, Activation.SIGMOID, true, N, out);
        assertArrayEquals(new int[] {ColorScale.BLUE, ColorScale.ORANGE, N}, out, "discretized: the class");
    }

    @Test
    void classesTakeTheMostProbable() {
        // unit-major: class j of cell c at [j · 2 + c]; cell 0 = (0.1, 0.8, 0.1), cell 1 = a tie
        double[] probs = {0.1, 1.0 / 3, 0.8, 1.0 / 3, 0.1, 1.0 / 3};
        int[] out = new int[2];
        Raster.classes(probs, 3, 2, true, N, out);
        assertEquals(ColorScale.BLUE, out[0]);
        Raster.classes(probs, 3, 2, false, N, out);
        assertEquals(N, out[1], "a tie at chance is neutral");
        assertEquals(ColorScale.confidence(1, 0.8, 3, N), out[0]);
    }

    @Test
    void surfaceMapsTheTargetRange() {
        int[] out = new int[3];
        Raster.surface(new double[] {-2, 1, 4}, 3, 1, 3, false, N, out);
        assertArrayEquals(new int[] {ColorScale.ORANGE, N, ColorScale.BLUE}, out);
    }

    @Test
    void upscaleIsNearestNeighbour() {
        int[] src = {1, 2, 3, 4};
        int[] dst = new int[16];
        Raster.upscale(src, 2, dst, 4);
        assertArrayEquals(new int[] {1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4}, dst);
    }

    @Test
    void bilinearKeepsFlatImagesFlatAndBlendsBetweenCells() {
        int[] flat = new int[4];
        java.util.Arrays.fill(flat, 0xFF336699);
        int[] dst = new int[36];
        Raster.bilinear(flat, 2, dst, 6);
        for (int p : dst) {
            assertEquals(0xFF336699, p);
        }
        int[] lr = {0xFF000000, 0xFFFFFFFF, 0xFF000000, 0xFFFFFFFF};
        int[] wide = new int[16];
        Raster.bilinear(lr, 2, wide, 4);
        assertEquals(0xFF000000, wide[0], "edge clamped to the cell colour");
        assertEquals(0xFFFFFFFF, wide[3]);
        int mid = wide[1] & 0xFF;
        assertTrue(mid > 0 && mid < 128, "a quarter of the way: " + mid);
    }

    @Test
    void blitScalesByNearestNeighbourAndClipsAtTheEdges() {
        int[] src = {1, 2, 3, 4}; // 2×2
        int[] dst = new int[5 * 4];
        Raster.blit(src, 2, dst, 5, 4, 2, 1, 4); // 4×4 at (2, 1): the last column and row fall outside
        assertEquals(0, dst[1 * 5 + 1], "left of the map untouched");
        assertEquals(1, dst[1 * 5 + 2]);
        assertEquals(1, dst[2 * 5 + 3]);
        assertEquals(2, dst[1 * 5 + 4]);
        assertEquals(3, dst[3 * 5 + 2]);
        assertEquals(0, dst[0], "above the map untouched");
    }

    @Test
    void aScaledNeuronMapColoursOnlyTheCellsItShowsAndMatchesTheFullMapScaledDown() {
        int res = 10, size = 4;
        double[] values = new double[2 * res * res]; // two neurons, unit-major: the second starts at res²
        for (int c = 0; c < res * res; c++) {
            values[res * res + c] = Math.sin(c * 0.37);
        }
        int[] full = new int[res * res];
        Raster.neuron(values, res * res, 1, res * res, Activation.TANH, false, N, full);
        int[] expected = new int[size * size];
        Raster.blit(full, res, expected, size, size, 0, 0, size);
        int[] scaled = new int[size * size];
        Raster.neuronScaled(values, res * res, res, Activation.TANH, false, N, scaled, size);
        assertArrayEquals(expected, scaled);
        assertEquals(ColorScale.diverging(Math.sin((5 * res + 7) * 0.37), N), scaled[2 * size + 3],
                "pixel (3, 2) shows cell (7, 5): 3·10/4 = 7, 2·10/4 = 5");
    }

    @Test
    void bilinearIsWithinOneLevelOfTheExactFormula() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int n = 7, size = 31;
        int[] src = new int[n * n];
        for (int i = 0; i < src.length; i++) {
            src[i] = 0xFF000000 | random.nextInt(1 << 24);
        }
        int[] dst = new int[size * size];
        Raster.bilinear(src, n, dst, size);
        double scale = (double) n / size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                // s = (i + ½)·scale − ½, clamped to the cells; the four neighbours weighted by distance
                double sx = Math.max(0, Math.min(n - 1, (x + 0.5) * scale - 0.5));
                double sy = Math.max(0, Math.min(n - 1, (y + 0.5) * scale - 0.5));
                int x0 = (int) sx, y0 = (int) sy, x1 = Math.min(n - 1, x0 + 1), y1 = Math.min(n - 1, y0 + 1);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double exact = 0;
                    exact += (1 - (sx - x0)) * (1 - (sy - y0)) * ((src[y0 * n + x0] >> shift) & 0xFF);
                    exact += (sx - x0) * (1 - (sy - y0)) * ((src[y0 * n + x1] >> shift) & 0xFF);
                    exact += (1 - (sx - x0)) * (sy - y0) * ((src[y1 * n + x0] >> shift) & 0xFF);
                    exact += (sx - x0) * (sy - y0) * ((src[y1 * n + x1] >> shift) & 0xFF);
                    int got = (dst[y * size + x] >> shift) & 0xFF;
                    // weights in 1/256 steps: a level off for the rounding, half of one for the weights
                    assertTrue(Math.abs(got - exact) <= 1.5, "pixel (" + x + ", " + y + "): " + got + " vs " + exact);
                }
                assertEquals(0xFF, dst[y * size + x] >>> 24, "opaque");
            }
        }
    }
}
