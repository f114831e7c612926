package neurallab.ui.render;

import neurallab.engine.Activation;

/**
 * How a neuron's output maps onto the diverging scale's [−1, 1]: sigmoid and softmax outputs (0…1) are
 * centred (2a − 1), so 0.5 is neutral; everything else is shown as is, clamped.
 */
public final class NeuronScale {
    private NeuronScale() {
    }

    public static double toUnit(double a, Activation activation) {
        return switch (activation) {
            case SIGMOID, SOFTMAX -> 2 * a - 1;
            default -> a;
        };
    }
}
