package neurallab.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.io.AtomicFiles;
import neurallab.io.ExperimentWriter;
import neurallab.io.JsonLayout;

/**
 * Trained weights as JSON (docs/exports.md): {@code format} "neurallab-weights", {@code version} 1, the
 * {@code inputs} by name, the {@code layers} (units, activation, batchNorm) and the {@code weights} in
 * the experiment file's layout (kernel [fanIn][units], bias, and gamma, beta, runningMean, runningVar for
 * a batch-norm layer). A NaN or infinite value (a diverged network) is written as null.
 */
public final class WeightsJson {
    public static final String FORMAT = "neurallab-weights";
    public static final int VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WeightsJson() {
    }

    public static String json(List<String> inputs, List<LayerSpec> layers, List<LayerParameters> weights) {
        if (layers.size() != weights.size()) {
            throw new IllegalArgumentException(layers.size() + " layers but weights for " + weights.size());
        }
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode names = root.putArray("inputs");
        inputs.forEach(names::add);
        ArrayNode layerArray = root.putArray("layers");
        for (LayerSpec layer : layers) {
            layerArray.addObject().put("units", layer.units()).put("activation", layer.activation().id())
                    .put("batchNorm", layer.batchNorm());
        }
        root.set("weights", ExperimentWriter.weights(weights, WeightsJson::number));
        return JsonLayout.format(root);
    }

    /** Writes {@link #json} to {@code file}, replacing it atomically. */
    public static void write(Path file, List<String> inputs, List<LayerSpec> layers, List<LayerParameters> weights)
            throws IOException {
        AtomicFiles.write(file, json(inputs, layers, weights).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode number(double value) {
        return Double.isFinite(value) ? DoubleNode.valueOf(value) : NODES.nullNode();
    }
}
