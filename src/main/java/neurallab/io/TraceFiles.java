package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neurallab.session.EpochRecord;
import neurallab.session.TrainingResult;

/**
 * Writes a training trace (docs/file-format.md, "Trace"): one row per epoch with the reported figures,
 * null where a figure is absent (no such split, or accuracy for regression); validationAccuracy appears
 * when there is a validation split. Streamed a row at a time and written atomically.
 */
public final class TraceFiles {
    public static final String FORMAT = "neurallab-trace";
    public static final int FORMAT_VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TraceFiles() {
    }

    public static void write(Path file, TrainingResult result) throws IOException {
        try (AtomicFiles.Pending pending = prepare(file, result)) {
            pending.commit();
        }
    }

    /** Writes the trace beside {@code file} without replacing it yet (see {@link AtomicFiles#prepare}). */
    public static AtomicFiles.Pending prepare(Path file, TrainingResult result) throws IOException {
        return AtomicFiles.prepare(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(writer, result);
            writer.flush();
        });
    }

    static void write(Writer out, TrainingResult result) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", FORMAT_VERSION);
        root.putNull("epochs");
        root.put("diverged", result.diverged());
        root.put("stoppedEarly", result.stoppedEarly());
        root.set("bestEpoch", result.bestEpoch() == null ? NODES.nullNode() : NODES.numberNode(result.bestEpoch()));
        root.putNull("weights");
        List<EpochRecord> epochs = result.epochs();
        boolean validation = epochs.stream().anyMatch(r -> r.validationLoss() != null);
        JsonLayout.Streamed rows = (o, indent) -> JsonLayout.writeLines(o, indent, epochs.size(),
                (w, i, inner) -> w.write(JsonLayout.layout(row(epochs.get(i), validation), inner)));
        JsonLayout.write(out, root, result.weights() == null ? Map.of("epochs", rows)
                : Map.of("epochs", rows, "weights", ExperimentWriter.streamWeights(result.weights(), TraceFiles::figure)));
    }

    private static ObjectNode row(EpochRecord record, boolean validation) {
        ObjectNode row = NODES.objectNode();
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
        return row;
    }

    /** A number, or null when absent or not finite (JSON has no NaN). */
    private static JsonNode figure(Double value) {
        return value == null || !Double.isFinite(value) ? NODES.nullNode() : NODES.numberNode(value);
    }
}
