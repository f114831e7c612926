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

class WeightsModelTest {

    @Test
    void colourScaleIsCentredOnZeroAndDiverges() {
        assertEquals(0xFFF7F7F7, DivergingColorScale.argb(0.0, 1.0));
        assertEquals(0xFF2166AC, DivergingColorScale.argb(-1.0, 1.0));
        assertEquals(0xFFE66101, DivergingColorScale.argb(1.0, 1.0));
        assertEquals(0xFFE66101, DivergingColorScale.argb(5.0, 1.0), "clamped");
        assertEquals(DivergingColorScale.INVALID, DivergingColorScale.argb(Double.NaN, 1.0));
        // halfway: (0xF7 + 0xE6) / 2 = 0xEE (rounded), (0xF7 + 0x61) / 2 = 0xAC, (0xF7 + 0x01) / 2 = 0x7C
        assertEquals(0xFFEFAC7C, DivergingColorScale.argb(0.5, 1.0));
        int neg = DivergingColorScale.argb(-0.3, 1.0);
        int pos = DivergingColorScale.argb(0.3, 1.0);
        assertTrue((neg & 0xFF) > ((neg >> 16) & 0xFF), "negative is blue");
        assertTrue(((pos >> 16) & 0xFF) > (pos & 0xFF), "positive is orange");
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
        assertEquals(DivergingColorScale.argb(-2.0, 3.5), px[1]);

        n.ensureCapacity(1);
        n.forwardBackward(new double[] {1, -1}, new double[] {1}, 1, Loss.BCE, new java.util.SplittableRandom(0));
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
        assertEquals(DivergingColorScale.argb(k[30 * 5 + 2], maxAbs), img[30]);
        assertTrue(!new WeightsModel(Nets.random(7, List.of(new LayerSpec(1, Activation.SIGMOID)), 1)).hasInputImages());
    }
}
