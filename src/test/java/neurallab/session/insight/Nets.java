package neurallab.session.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.Network;

/** Small networks and data for the insight tests. */
final class Nets {
    private Nets() {
    }

    /** A network with the given kernels ([fanIn][units] per layer) and biases. */
    static Network of(int inputs, List<LayerSpec> specs, double[][][] kernels, double[][] biases) {
        Network n = new Network(inputs, specs);
        List<LayerParameters> p = new ArrayList<>();
        for (int l = 0; l < specs.size(); l++) {
            p.add(new LayerParameters(kernels[l], biases[l]));
        }
        n.importParameters(p);
        return n;
    }

    /** The Playground's largest network: 7 inputs → 6 × 8 tanh → 1 sigmoid. */
    static Network playgroundLargest(long seed) {
        List<LayerSpec> specs = new ArrayList<>();
        for (int l = 0; l < 6; l++) {
            specs.add(new LayerSpec(8, Activation.TANH));
        }
        specs.add(new LayerSpec(1, Activation.SIGMOID));
        Network n = new Network(7, specs);
        n.initialize(new Initializer(InitializerType.XAVIER_UNIFORM), seed);
        return n;
    }

    static Network random(int inputs, List<LayerSpec> specs, long seed) {
        Network n = new Network(inputs, specs);
        n.initialize(new Initializer(InitializerType.XAVIER_UNIFORM), seed);
        return n;
    }

    /** Two-class "same sign quadrants" data in [−1, 1]², x unit-major [c·rows + r] as the network reads. */
    static double[][] quadrants(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[rows * 2];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = random.nextDouble(-1, 1);
            x[rows + r] = random.nextDouble(-1, 1);
            y[r] = x[r] * x[rows + r] > 0 ? 1 : 0;
        }
        return new double[][] {x, y};
    }

    static double norm(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
