package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import org.junit.jupiter.api.Test;
import java.util.SplittableRandom;

class WeightsModelTest {

    @Test
    void colourScaleIsCentredOnZeroAndDiverges() {
        assertEquals(Palette.NEUTRAL, Palette.argb(0.0, 1.0));
        assertEquals(Palette.ORANGE, Palette.argb(-1.0, 1.0), "negative is orange, as in the main window");
        assertEquals(Palette.BLUE, Palette.argb(1.0, 1.0), "positive is blue");
        assertEquals(Palette.BLUE, Palette.argb(5.0, 1.0), "clamped");
        assertEquals(Palette.INVALID, Palette.argb(Double.NaN, 1.0));
        // halfway: (0xF2 + 0x00) / 2 = 0x79, (0xF2 + 0x72) / 2 = 0xB2, (0xF2 + 0xB2) / 2 = 0xD2
        assertEquals(0xFF79B2D2, Palette.argb(0.5, 1.0));
        int neg = Palette.argb(-0.3, 1.0);
        int pos = Palette.argb(0.3, 1.0);
        assertTrue(((neg >> 16) & 0xFF) > (neg & 0xFF), "negative is orange");
        assertTrue((pos & 0xFF) > ((pos >> 16) & 0xFF), "positive is blue");
    }

    @Test
    void copiesMatrixBiasRangeAndGradient() {
        Network n = Nets.of(2, List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)),
                new double[][][] {{{0.5, -2.0, 0.25}, {1.0, 0.0, -0.5}}, {{1}, {2}, {3}}},
                new double[][] {{0.1, 0.2, 3.5}, {-4}});
        WeightsModel m = new WeightsModel(n);
        assertEquals(2, m.rows(0));
        assertEquals(3, m.columns(0));
        assertEquals(-2.0, m.weight(0, 0, 1));
        assertEquals(-0.5, m.weight(0, 1, 2));
        assertEquals(3.5, m.bias(0, 2));
        assertEquals(-2.0, m.min(0));
        assertEquals(3.5, m.max(0));
        assertEquals(3.5, m.maxAbs(0));
        assertEquals(-4.0, m.min(1));
        int[] px = new int[6];
        m.matrixPixels(0, px);
        assertEquals(Palette.argb(-2.0, 3.5), px[1]);

        n.ensureCapacity(1);
        n.forwardBackward(new double[] {1, -1}, new double[] {1}, 1, Loss.BCE, new SplittableRandom(0));
        m.setShowGradient(true);
        m.update(n);
        assertEquals(n.layers().get(0).kernelGradient()[4], m.weight(0, 1, 1));
        assertEquals(n.layers().get(1).biasGradient()[0], m.bias(1, 0));
        assertNotEquals(0.0, m.weight(1, 2, 0));
    }

    @Test
    void digitsFirstLayerUnitsAreEightByEightImages() {
        Network n = Nets.random(64, List.of(new LayerSpec(5, Activation.RELU), new LayerSpec(10, Activation.SOFTMAX)), 3);
        WeightsModel m = new WeightsModel(n);
        assertTrue(m.hasInputImages());
        assertEquals(8, m.imageSide());
        int[] img = new int[64];
        m.unitImage(2, img);
        double[] k = n.layers().get(0).kernel();
        double maxAbs = 0;
        for (int p = 0; p < 64; p++) {
            maxAbs = Math.max(maxAbs, Math.abs(k[p * 5 + 2]));
        }
        // pixel (row 3, column 6) is input 3·8 + 6
        assertEquals(Palette.argb(k[30 * 5 + 2], maxAbs), img[30]);
        assertTrue(!new WeightsModel(Nets.random(7, List.of(new LayerSpec(1, Activation.SIGMOID)), 1)).hasInputImages());
    }
}
