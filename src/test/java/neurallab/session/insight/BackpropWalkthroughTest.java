package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.Activation;
import neurallab.engine.DenseLayer;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.Optimizer;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import org.junit.jupiter.api.Test;

class BackpropWalkthroughTest {

    /** Engine: forwardBackward with n = 1 then a fresh optimizer's step, on a copy. */
    private static void assertMatchesEngine(Network net, double[] x, double y, Loss loss, OptimizerType type) {
        OptimizerSettings settings = OptimizerSettings.defaults(type, 0.05);
        List<double[]> before = net.parameters().stream().map(p -> p.value().clone()).toList();
        BackpropWalkthrough w = BackpropWalkthrough.of(net, x, y, loss, settings, 0.05);
        for (int p = 0; p < before.size(); p++) {
            assertTrue(java.util.Arrays.equals(before.get(p), net.parameters().get(p).value()), "network untouched");
        }
        net.ensureCapacity(1);
        double engineLoss = net.forwardBackward(x, new double[] {y}, 1, loss, new SplittableRandom(0));
        assertEquals(engineLoss, w.loss(), 1e-12);
        List<DenseLayer> layers = net.layers();
        for (int l = 0; l < layers.size(); l++) {
            double[] gk = layers.get(l).kernelGradient();
            for (int i = 0; i < gk.length; i++) {
                assertEquals(gk[i], w.kernelGradient(l, i), 1e-12, type + " dL/dw layer " + l + " at " + i);
            }
            for (int j = 0; j < layers.get(l).units(); j++) {
                assertEquals(layers.get(l).biasGradient()[j], w.biasGradient(l, j), 1e-12);
            }
        }
        Optimizer.create(settings, net.parameters()).step(0.05);
        for (int l = 0; l < layers.size(); l++) {
            double[] k = layers.get(l).kernel();
            for (int i = 0; i < k.length; i++) {
                assertEquals(k[i], w.updatedKernel(l, i), 1e-12, type + " updated w layer " + l);
            }
            for (int j = 0; j < layers.get(l).units(); j++) {
                assertEquals(layers.get(l).bias()[j], w.updatedBias(l, j), 1e-12);
            }
        }
    }

    @Test
    void gradientsAndUpdatesEqualTheEngineForEveryOptimizer() {
        List<LayerSpec> specs = List.of(new LayerSpec(4, Activation.TANH), new LayerSpec(3, Activation.RELU),
                new LayerSpec(1, Activation.SIGMOID));
        for (OptimizerType type : OptimizerType.values()) {
            assertMatchesEngine(Nets.random(3, specs, 7), new double[] {0.3, -1.2, 0.8}, 1, Loss.BCE, type);
        }
        List<LayerSpec> softmax = List.of(new LayerSpec(5, Activation.GELU), new LayerSpec(3, Activation.SOFTMAX));
        assertMatchesEngine(Nets.random(2, softmax, 3), new double[] {0.5, -0.25}, 2, Loss.CROSS_ENTROPY,
                OptimizerType.ADAM);
        List<LayerSpec> regression = List.of(new LayerSpec(6, Activation.SIGMOID), new LayerSpec(1, Activation.LINEAR));
        assertMatchesEngine(Nets.random(2, regression, 5), new double[] {1.5, 0.1}, 0.7, Loss.MSE,
                OptimizerType.NESTEROV);
    }

    @Test
    void handWorkedTinyNetworkAndItsText() {
        // one tanh unit then a linear output, mse: z1 = 0.5·x1 − 1·x2 + 0.25, x = (1, 0.5) → z1 = 0.25
        Network net = Nets.of(2, List.of(new LayerSpec(1, Activation.TANH), new LayerSpec(1, Activation.LINEAR)),
                new double[][][] {{{0.5}, {-1.0}}, {{2.0}}}, new double[][] {{0.25}, {0.0}});
        BackpropWalkthrough w = BackpropWalkthrough.of(net, new double[] {1, 0.5}, 1.0, Loss.MSE,
                OptimizerSettings.defaults(OptimizerType.SGD, 0.1), 0.1);
        double a1 = Math.tanh(0.25);
        double yHat = 2 * a1;
        assertEquals(0.25, w.z(0, 0), 1e-15);
        assertEquals(a1, w.a(0, 0), 1e-15);
        assertEquals((yHat - 1) * (yHat - 1), w.loss(), 1e-15);
        double d2 = 2 * (yHat - 1);
        double d1 = d2 * 2.0 * (1 - a1 * a1);
        assertEquals(d2, w.delta(1, 0), 1e-15);
        assertEquals(d1, w.delta(0, 0), 1e-15);
        assertEquals(d1 * 0.5, w.kernelGradient(0, 1), 1e-15);
        assertEquals(-1.0 - 0.1 * d1 * 0.5, w.updatedKernel(0, 1), 1e-15);
        String z = w.steps(BackpropWalkthrough.Phase.FORWARD_Z).get(0).text();
        assertEquals("z1.1 = 0.5\u00b7x1 \u2212 1\u00b7x2 + 0.25 = 0.5\u00b71 + (\u22121)\u00b70.5 + 0.25", z);
        assertEquals("a1.1 = tanh(z1.1) = tanh(0.25) = 0.2449", w.steps(BackpropWalkthrough.Phase.FORWARD_A).get(0).text());
        assertTrue(w.steps(BackpropWalkthrough.Phase.UPDATE_W).get(0).text().startsWith("w[x1\u21921.1] \u2190 w \u2212 lr\u00b7g"));
        assertEquals(2 + 2 + 1 + 2 + 3 + 2 + 3 + 2, w.steps().size());
    }

    @Test
    void refusesBatchNorm() {
        Network net = Nets.random(2, List.of(new LayerSpec(2, Activation.RELU, 0, true),
                new LayerSpec(1, Activation.SIGMOID)), 1);
        assertThrows(IllegalArgumentException.class, () -> BackpropWalkthrough.of(net, new double[] {1, 2}, 1,
                Loss.BCE, OptimizerSettings.defaults(OptimizerType.SGD), 0.1));
    }
    @Test
    void eachStepHighlightsTheUnitsAndLinksItInvolves() {
        Network net = Nets.playgroundLargest(3);
        BackpropWalkthrough w = BackpropWalkthrough.of(net, new double[] {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7}, 1,
                Loss.BCE, OptimizerSettings.defaults(OptimizerType.SGD, 0.1), 0.1);
        int[] widths = w.widths();
        assertEquals(8, widths.length);
        assertEquals(7, widths[0]);
        assertEquals(1, widths[7]);
        for (BackpropWalkthrough.Step s : w.steps()) {
            BackpropWalkthrough.Highlight h = w.highlight(s);
            int l = s.layer();
            int j = s.unit();
            switch (s.phase()) {
                case FORWARD_Z -> {
                    assertEquals(1, h.units().size());
                    assertTrue(h.hasUnit(l + 1, j));
                    assertEquals(widths[l], h.links().size(), "every incoming link");
                    for (int i = 0; i < widths[l]; i++) {
                        assertTrue(h.hasLink(l, i, j));
                    }
                }
                case FORWARD_A, GRADIENT_B, UPDATE_B -> {
                    assertEquals(List.of(), h.links());
                    assertEquals(1, h.units().size());
                    assertTrue(h.hasUnit(l + 1, j));
                }
                case LOSS -> assertTrue(h.hasUnit(7, 0));
                case DELTA -> {
                    assertTrue(h.hasUnit(l + 1, j));
                    int out = l + 2 < widths.length ? widths[l + 2] : 0;
                    assertEquals(out, h.links().size(), "every outgoing link");
                    for (int k = 0; k < out; k++) {
                        assertTrue(h.hasLink(l + 1, j, k));
                    }
                }
                case GRADIENT_W -> {
                    assertTrue(h.hasLink(l, s.input(), j));
                    assertTrue(h.hasUnit(l, s.input()) && h.hasUnit(l + 1, j));
                }
                case UPDATE_W -> {
                    assertEquals(1, h.links().size());
                    assertTrue(h.hasLink(l, s.input(), j));
                }
            }
        }
    }
}
