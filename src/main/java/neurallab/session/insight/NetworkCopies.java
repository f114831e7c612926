package neurallab.session.insight;

import java.util.ArrayList;
import java.util.List;
import neurallab.engine.DenseLayer;
import neurallab.engine.LayerSpec;
import neurallab.engine.Network;
import neurallab.engine.Parameter;

/** Scratch networks of the same shape, and the flattened parameter vector θ (every parameter in order). */
final class NetworkCopies {
    private NetworkCopies() {
    }

    static List<LayerSpec> specs(Network network) {
        List<LayerSpec> specs = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            specs.add(new LayerSpec(layer.units(), layer.activation(), layer.dropout(), layer.hasBatchNorm()));
        }
        return specs;
    }

    /** A new network of the same shape with copies of every value (batch-norm statistics included). */
    static Network copy(Network network) {
        Network copy = new Network(network.inputCount(), specs(network));
        copy.importParameters(network.exportParameters());
        return copy;
    }

    /** θ = kernel₀, bias₀, (γ₀, β₀), kernel₁, … into out (length parameterCount). */
    static void flatten(Network network, double[] out) {
        int o = 0;
        for (Parameter p : network.parameters()) {
            System.arraycopy(p.value(), 0, out, o, p.size());
            o += p.size();
        }
    }

    static void unflatten(double[] theta, Network network) {
        int o = 0;
        for (Parameter p : network.parameters()) {
            System.arraycopy(theta, o, p.value(), 0, p.size());
            o += p.size();
        }
    }
}
