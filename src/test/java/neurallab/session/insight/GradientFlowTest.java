package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.Optimizer;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import org.junit.jupiter.api.Test;

class GradientFlowTest {

    private static Network deep(Activation activation, InitializerType init) {
        List<LayerSpec> specs = new ArrayList<>();
        for (int l = 0; l < 10; l++) {
            specs.add(new LayerSpec(16, activation));
        }
        specs.add(new LayerSpec(1, Activation.SIGMOID));
        Network network = new Network(2, specs);
        network.initialize(new Initializer(init), 42);
        return network;
    }

    private static double lastOverFirst(Activation activation, InitializerType init) {
        Network network = deep(activation, init);
        GradientFlow flow = new GradientFlow(network, 8);
        double[][] data = Nets.quadrants(64, 1);
        network.ensureCapacity(64);
        network.forwardBackward(data[0], data[1], 64, Loss.BCE, new SplittableRandom(1));
        flow.record(network, 1);
        return flow.latestGradientNorm(9) / flow.latestGradientNorm(0);
    }

    @Test
    void tenSigmoidLayersVanishWhereReluWithHeDoesNot() {
        double sigmoid = lastOverFirst(Activation.SIGMOID, InitializerType.XAVIER_UNIFORM);
        double relu = lastOverFirst(Activation.RELU, InitializerType.HE_NORMAL);
        assertTrue(sigmoid >= 100, "sigmoid last/first " + sigmoid);
        assertTrue(relu < 10, "relu+he last/first " + relu);
    }

    @Test
    void normsAndUpdateRatioMatchTheFormulasAndHistoryIsBounded() {
        Network network = deep(Activation.TANH, InitializerType.XAVIER_UNIFORM);
        GradientFlow flow = new GradientFlow(network, 5);
        Optimizer sgd = Optimizer.create(OptimizerSettings.defaults(OptimizerType.SGD, 0.1), network.parameters());
        double[][] data = Nets.quadrants(32, 2);
        network.ensureCapacity(32);
        for (int s = 1; s <= 7; s++) {
            network.forwardBackward(data[0], data[1], 32, Loss.BCE, new SplittableRandom(1));
            double[] g = network.layers().get(3).kernelGradient().clone();
            double[] w = network.layers().get(3).kernel();
            sgd.step(0.1);
            flow.record(network, s);
            // ΔW = −lr·g, so ‖ΔW‖/‖W‖ = 0.1·‖g‖/‖W‖
            assertEquals(Nets.norm(g), flow.latestGradientNorm(3), 1e-12);
            assertEquals(0.1 * Nets.norm(g) / Nets.norm(w), flow.latestUpdateRatio(3), 1e-9);
        }
        assertEquals(5, flow.size());
        assertEquals(3, flow.step(0));
        assertEquals(7, flow.step(4));
    }
}
