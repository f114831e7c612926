package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import neurallab.session.EpochRecord;
import neurallab.session.TrainingResult;

/**
 * Writes a training trace (docs/file-format.md, "Trace"): one row per epoch with the reported figures,
 * null where a figure is absent (no such split, or accuracy for regression); validationAccuracy appears
 * when there is a validation split. Written atomically.
 */
public final class TraceFiles {
    public static final String FORMAT = "neurallab-trace";
    public static final int FORMAT_VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TraceFiles() {
    }

    public static void write(Path file, TrainingResult result) throws IOException {
        AtomicFiles.write(file, JsonLayout.format(toJson(result)).getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode toJson(TrainingResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", FORMAT_VERSION);
        boolean validation = result.epochs().stream().anyMatch(r -> r.validationLoss() != null);
        ArrayNode rows = root.putArray("epochs");
        for (EpochRecord record : result.epochs()) {
            ObjectNode row = rows.addObject();
            row.put("epoch", record.epoch());
            row.set("learningRate", figure(record.learningRate()));
            row.set("trainLoss", figure(record.trainLoss()));
            row.set("testLoss", figure(record.testLoss()));
            row.set("validationLoss", figure(record.validationLoss()));
            row.set("trainAccuracy", figure(record.trainAccuracy()));
            row.set("testAccuracy", figure(record.testAccuracy()));
            if (validation) {
                row.set("validationAccuracy", figure(record.validationAccuracy()));
            }
        }
        root.put("diverged", result.diverged());
        root.put("stoppedEarly", result.stoppedEarly());
        root.set("bestEpoch", result.bestEpoch() == null ? NODES.nullNode() : NODES.numberNode(result.bestEpoch()));
        root.set("weights", result.weights() == null ? NODES.nullNode()
                : ExperimentWriter.weights(result.weights(), TraceFiles::figure));
        return root;
    }

    /** A number, or null when absent or not finite (JSON has no NaN). */
    private static JsonNode figure(Double value) {
        return value == null || !Double.isFinite(value) ? NODES.nullNode() : NODES.numberNode(value);
    }
}
