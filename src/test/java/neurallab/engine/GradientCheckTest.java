package neurallab.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central finite differences, (L(θ+h) − L(θ−h)) / 2h, for every parameter of
 * small networks: every hidden activation, every loss with its output layers, batch norm, dropout (the
 * same mask for every evaluation) and the L1/L2 penalties.
 */
class GradientCheckTest {
    private static final int ROWS = 7;
    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = "SOFTMAX", mode = EnumSource.Mode.EXCLUDE)
    void everyHiddenActivation(Activation activation) {
        check(List.of(new LayerSpec(5, activation), new LayerSpec(4, activation), new LayerSpec(1, Activation.LINEAR)),
                Loss.MSE, 1, Regularization.NONE);
    }

    static Stream<Arguments> lossesWithOutputs() {
        return Stream.of(
                Arguments.of(Loss.MSE, Activation.LINEAR, 1), Arguments.of(Loss.MSE, Activation.SIGMOID, 3),
                Arguments.of(Loss.MSE, Activation.TANH, 1), Arguments.of(Loss.MAE, Activation.LINEAR, 1),
                Arguments.of(Loss.MAE, Activation.TANH, 3), Arguments.of(Loss.HUBER, Activation.LINEAR, 1),
                Arguments.of(Loss.HUBER, Activation.SIGMOID, 2), Arguments.of(Loss.BCE, Activation.SIGMOID, 1),
                Arguments.of(Loss.CROSS_ENTROPY, Activation.SOFTMAX, 2),
                Arguments.of(Loss.CROSS_ENTROPY, Activation.SOFTMAX, 4), Arguments.of(Loss.HINGE, Activation.LINEAR, 1),
                Arguments.of(Loss.HINGE, Activation.TANH, 1), Arguments.of(Loss.HINGE, Activation.LINEAR, 3));
    }

    @ParameterizedTest
    @MethodSource("lossesWithOutputs")
    void everyLoss(Loss loss, Activation output, int units) {
        check(List.of(new LayerSpec(6, Activation.TANH), new LayerSpec(units, output)), loss, units, Regularization.NONE);
    }

    @ParameterizedTest
    @MethodSource("lossesWithOutputs")
    void everyLossWithBatchNorm(Loss loss, Activation output, int units) {
        check(List.of(new LayerSpec(6, Activation.RELU, 0.0, true), new LayerSpec(5, Activation.TANH, 0.0, true),
                new LayerSpec(units, output)), loss, units, Regularization.NONE);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "ELU", "GELU"})
    void dropout(Activation activation) {
        check(List.of(new LayerSpec(8, activation, 0.3, false), new LayerSpec(6, activation, 0.5, true),
                new LayerSpec(1, Activation.SIGMOID)), Loss.BCE, 1, Regularization.NONE);
    }

    @ParameterizedTest
    @MethodSource("penalties")
    void penalties(Regularization penalty) {
        check(List.of(new LayerSpec(5, Activation.TANH, 0.0, true), new LayerSpec(3, Activation.SOFTMAX)),
                Loss.CROSS_ENTROPY, 3, penalty);
    }

    static Stream<Regularization> penalties() {
        return Stream.of(new Regularization(0.01, 0.0), new Regularization(0.0, 0.05), new Regularization(0.02, 0.1));
    }

    private static void check(List<LayerSpec> specs, Loss loss, int outputs, Regularization penalty) {
        SplittableRandom data = new SplittableRandom(11);
        int inputs = 3;
        double[] x = new double[ROWS * inputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.nextDouble(-2, 2);
        }
        double[] y = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            y[r] = outputs == 1 && loss != Loss.MSE && loss != Loss.HUBER && loss != Loss.MAE
                    ? r % 2 : outputs == 1 ? data.nextDouble(-1, 1) : r % outputs;
        }
        Network network = new Network(inputs, specs);
        network.initialize(new Initializer(InitializerType.NORMAL, 0.8), 5);
        network.ensureCapacity(ROWS);
        for (DenseLayer layer : network.layers()) {
            double[] b = layer.bias();
            for (int j = 0; j < b.length; j++) {
                b[j] = data.nextDouble(-0.5, 0.5);
            }
        }
        // twice: each backward pass must set the gradients, not add to what the previous pass left
        network.forwardBackward(x, y, ROWS, loss, new SplittableRandom(3));
        network.forwardBackward(x, y, ROWS, loss, new SplittableRandom(3));
        penalty.addGradient(network.parameters());
        List<double[]> backprop = network.parameters().stream().map(p -> p.grad().clone()).toList();
        for (int k = 0; k < backprop.size(); k++) {
            Parameter p = network.parameters().get(k);
            double[] analytic = backprop.get(k);
            double[] w = p.value();
            for (int i = 0; i < w.length; i++) {
                double saved = w[i];
                w[i] = saved + H;
                double plus = objective(network, x, y, loss, penalty);
                w[i] = saved - H;
                double minus = objective(network, x, y, loss, penalty);
                w[i] = saved;
                double numeric = (plus - minus) / (2 * H);
                double error = Math.abs(analytic[i] - numeric) / Math.max(1e-8, Math.abs(analytic[i]) + Math.abs(numeric));
                assertTrue(error < TOLERANCE || Math.abs(analytic[i] - numeric) < 1e-9,
                        p.name() + "[" + i + "]: backprop " + analytic[i] + " vs finite difference " + numeric
                                + " (relative error " + error + ")");
            }
        }
    }

    private static double objective(Network network, double[] x, double[] y, Loss loss, Regularization penalty) {
        return network.forwardBackward(x, y, ROWS, loss, new SplittableRandom(3)) + penalty.penalty(network.parameters());
    }
}
