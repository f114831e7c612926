package neurallab.io;

import java.util.ArrayList;
import java.util.List;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;

/**
 * Whether saved weights fit the layers: one entry per layer, kernel [fanIn][units], bias [units], and the
 * batch-norm arrays [units] present exactly when the layer has batch norm. The first layer's fanIn is the
 * number of inputs, known from the features for 2-D data and only after loading for other data (then
 * {@link neurallab.session.TrainingRun#start} checks it).
 */
final class WeightShapes {
    private static final List<String> BATCH_NORM_ARRAYS = List.of("gamma", "beta", "runningMean", "runningVar");

    private WeightShapes() {
    }

    /**
     * The mismatches, each starting with its JSON path; none when they fit. {@code inputCount} null skips
     * the first kernel's row count.
     */
    static List<String> problems(List<LayerSpec> layers, List<LayerParameters> weights, Integer inputCount) {
        List<String> problems = new ArrayList<>();
        if (weights.size() != layers.size()) {
            problems.add("weights: must have one entry per layer (" + layers.size() + "), got " + weights.size());
            return problems;
        }
        for (int l = 0; l < layers.size(); l++) {
            String at = "weights[" + l + "]";
            LayerSpec layer = layers.get(l);
            LayerParameters params = weights.get(l);
            Integer fanIn = l == 0 ? inputCount : Integer.valueOf(layers.get(l - 1).units());
            String rowsAre = l == 0 ? "one per input" : "one per unit of layers[" + (l - 1) + "]";
            if (fanIn != null && params.kernel().length != fanIn) {
                problems.add(at + ".kernel: must have " + fanIn + " rows (" + rowsAre + "), got "
                        + params.kernel().length);
            }
            kernelRows(at, l, layer.units(), params.kernel(), problems);
            length(at + ".bias", params.bias(), layer.units(), l, problems);
            batchNorm(at, l, layer, params, problems);
        }
        return problems;
    }

    /** Reports the first row whose length is not the layer's unit count. */
    private static void kernelRows(String at, int l, int units, double[][] kernel, List<String> problems) {
        for (int r = 0; r < kernel.length; r++) {
            if (kernel[r].length != units) {
                problems.add(at + ".kernel[" + r + "]: must have " + units + " values (one per unit of layers[" + l
                        + "]), got " + kernel[r].length);
                return;
            }
        }
    }

    private static void batchNorm(String at, int l, LayerSpec layer, LayerParameters params, List<String> problems) {
        double[][] arrays = {params.gamma(), params.beta(), params.runningMean(), params.runningVar()};
        for (int i = 0; i < arrays.length; i++) {
            String path = at + "." + BATCH_NORM_ARRAYS.get(i);
            if (layer.batchNorm() && arrays[i] == null) {
                problems.add(path + ": missing; layers[" + l + "] has batch norm, so its weights need "
                        + String.join(", ", BATCH_NORM_ARRAYS));
            } else if (!layer.batchNorm() && arrays[i] != null) {
                problems.add(path + ": layers[" + l + "] has no batch norm, so its weights have no "
                        + BATCH_NORM_ARRAYS.get(i));
            } else if (arrays[i] != null) {
                length(path, arrays[i], layer.units(), l, problems);
            }
        }
    }

    private static void length(String path, double[] values, int units, int l, List<String> problems) {
        if (values.length != units) {
            problems.add(path + ": must have " + units + " values (one per unit of layers[" + l + "]), got "
                    + values.length);
        }
    }
}
