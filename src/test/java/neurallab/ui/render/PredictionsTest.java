package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import org.junit.jupiter.api.Test;

class PredictionsTest {
    // one softmax layer, kernel = identity, bias 0: the logits are the inputs themselves
    private static final List<LayerSpec> SOFTMAX = List.of(new LayerSpec(2, Activation.SOFTMAX));
    private static final List<LayerParameters> IDENTITY = List.of(new LayerParameters(
            new double[][] {{1, 0}, {0, 1}}, new double[] {0, 0}));

    @Test
    void softmaxPredictsTheLargerLogitWithItsProbability() {
        Predictions p = Predictions.of(SOFTMAX, IDENTITY, new double[][] {{1, 0}, {0, 2}}, true);
        assertArrayEquals(new int[] {0, 1}, p.classes());
        // softmax(1, 0)[0] = e / (e + 1); softmax(0, 2)[1] = e² / (1 + e²)
        assertEquals(Math.E / (Math.E + 1), p.values()[0], 1e-12);
        assertEquals(Math.exp(2) / (1 + Math.exp(2)), p.values()[1], 1e-12);
    }

    @Test
    void oneSigmoidOutputIsClassOneAboveAHalf() {
        List<LayerSpec> sigmoid = List.of(new LayerSpec(1, Activation.SIGMOID));
        List<LayerParameters> w = List.of(new LayerParameters(new double[][] {{1}, {-1}}, new double[] {0}));
        Predictions p = Predictions.of(sigmoid, w, new double[][] {{2, 1}, {0, 3}}, true);
        assertArrayEquals(new int[] {1, 0}, p.classes());
        double s1 = 1 / (1 + Math.exp(-1)), s3 = 1 / (1 + Math.exp(3)); // σ(2 − 1), σ(0 − 3)
        assertEquals(s1, p.values()[0], 1e-12);
        assertEquals(1 - s3, p.values()[1], 1e-12);
    }

    @Test
    void misclassifiedRowsComeFirstTheLeastSureFirst() {
        // predictions: row 0 class 0 (p .73), row 1 class 1 (p .88), row 2 class 0 (p .5), row 3 class 1 (p .73)
        Predictions p = Predictions.of(SOFTMAX, IDENTITY, new double[][] {{1, 0}, {0, 2}, {0, 0}, {0, 1}}, true);
        double[] targets = {0, 0, 0, 0}; // rows 1 and 3 are wrong
        assertArrayEquals(new Integer[] {3, 1, 2, 0}, p.misclassifiedFirst(targets));
    }
}
