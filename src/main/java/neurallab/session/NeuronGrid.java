package neurallab.session;

import java.util.List;
import neurallab.data.Feature;
import neurallab.engine.Network;

/**
 * Every neuron's output over a square grid of the input plane, for the neuron maps and the decision
 * boundary. Cell index = row · resolution + column; cell (column c, row r) is the point
 * x1 = min + (c + ½)·step, x2 = max − (r + ½)·step, so row 0 is the top of the picture. Each neuron's
 * map is one contiguous block: neuron j of a layer at [j · cells + cell], input feature f at
 * [f · cells + cell]. The features are computed once; {@link #evaluate} allocates nothing.
 */
public final class NeuronGrid {
    private final int resolution;
    private final double min;
    private final double max;
    private final int featureCount;
    private final double[] inputs;
    private double[][] outputs = new double[0][];
    private double[] scratch = new double[0];

    public NeuronGrid(List<Feature> features, int resolution, double min, double max) {
        this.resolution = resolution;
        this.min = min;
        this.max = max;
        this.featureCount = features.size();
        int points = resolution * resolution;
        this.inputs = new double[points * featureCount];
        double step = (max - min) / resolution;
        for (int r = 0; r < resolution; r++) {
            double x2 = max - (r + 0.5) * step;
            for (int c = 0; c < resolution; c++) {
                double x1 = min + (c + 0.5) * step;
                int cell = r * resolution + c;
                for (int f = 0; f < featureCount; f++) {
                    inputs[f * points + cell] = features.get(f).valueAt(x1, x2);
                }
            }
        }
    }

    public int resolution() {
        return resolution;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The input neurons' maps: feature f of every cell at [f · cells + cell]. */
    public double[] inputs() {
        return inputs;
    }

    public int featureCount() {
        return featureCount;
    }

    /** Runs the network in evaluation mode on every cell, keeping every layer's outputs. */
    public void evaluate(Network network) {
        if (network.inputCount() != featureCount) {
            throw new IllegalArgumentException("the network takes " + network.inputCount() + " inputs, the grid has "
                    + featureCount + " features");
        }
        int points = resolution * resolution;
        int layers = network.layers().size();
        int widest = 0;
        if (outputs.length != layers) {
            outputs = new double[layers][];
        }
        for (int l = 0; l < layers; l++) {
            int size = points * network.layers().get(l).units();
            widest = Math.max(widest, size);
            if (outputs[l] == null || outputs[l].length != size) {
                outputs[l] = new double[size];
            }
        }
        if (scratch.length < widest) {
            scratch = new double[widest];
        }
        network.inferAll(inputs, points, outputs, scratch);
    }

    /** Layer l's maps after {@link #evaluate}: neuron j at [j · cells + cell]. */
    public double[] outputs(int layer) {
        return outputs[layer];
    }
}
