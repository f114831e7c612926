package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import neurallab.data.DataSource;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.Schedule;
import neurallab.session.EarlyStopping;
import neurallab.session.Experiment;
import neurallab.session.TrainingSpec;

/**
 * Builds the JSON tree of an experiment file, version 1, enums by their stable names. An optimizer,
 * schedule or initializer setting is written when its formula reads it, or when it differs from the
 * default (so that nothing is lost: reading the file back gives the same experiment).
 */
public final class ExperimentWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Below this many numbers a weights array or layer might fit on one line: laid out from its tree. */
    private static final int SMALL = 1000;

    private ExperimentWriter() {
    }

    /** The experiment, laid out as {@link JsonLayout#format} would, its weights streamed rather than held as a tree. */
    static void write(Writer out, Experiment e, JsonNode pinnedRuns) throws IOException {
        ObjectNode root = toJson(e);
        if (pinnedRuns != null) {
            root.set("pinnedRuns", pinnedRuns);
        }
        Map<String, JsonLayout.Streamed> streamed = e.weights() == null ? Map.of()
                : Map.of("weights", streamWeights(e.weights(), ExperimentWriter::finite));
        JsonLayout.write(out, root, streamed);
    }

    /** The tree of everything but the weights, which are a null placeholder when present (see {@link #write}). */
    static ObjectNode toJson(Experiment e) {
        ObjectNode root = NODES.objectNode();
        root.put("format", ExperimentReader.FORMAT);
        root.put("version", Experiment.FORMAT_VERSION);
        root.put("seed", e.seed());
        root.put("problem", e.problem().id());
        root.set("data", data(e.data()));
        if (!e.features().isEmpty()) {
            ArrayNode features = root.putArray("features");
            e.features().forEach(f -> features.add(f.id()));
        }
        ArrayNode layers = root.putArray("layers");
        e.layers().forEach(layer -> layers.add(layer(layer)));
        root.set("initializer", initializer(e.initializer()));
        root.set("weights", NODES.nullNode());
        root.set("training", training(e.training()));
        return root;
    }

    /**
     * The {@code weights} array, each number made a node by {@code number}: a layer with few numbers is laid out
     * from its tree, a larger one streamed a kernel row at a time, so that memory stays that of one row.
     */
    static JsonLayout.Streamed streamWeights(List<LayerParameters> weights, DoubleFunction<JsonNode> number) {
        if (count(weights) <= SMALL) {
            ArrayNode array = weights(weights, number);
            return (out, indent) -> out.write(JsonLayout.layout(array, indent));
        }
        return (out, indent) -> JsonLayout.writeLines(out, indent, weights.size(),
                (o, i, inner) -> writeLayer(o, weights.get(i), number, inner));
    }

    /** The {@code weights} array as a tree, each number made a node by {@code number}. */
    public static ArrayNode weights(List<LayerParameters> weights, DoubleFunction<JsonNode> number) {
        ArrayNode array = NODES.arrayNode();
        weights.forEach(layer -> array.add(layer(layer, number)));
        return array;
    }

    private static long count(List<LayerParameters> weights) {
        return weights.stream().mapToLong(ExperimentWriter::count).sum();
    }

    private static long count(LayerParameters layer) {
        int units = layer.bias().length;
        return (long) layer.kernel().length * units + (layer.hasBatchNorm() ? 5L : 1L) * units;
    }

    private static ObjectNode layer(LayerParameters layer, DoubleFunction<JsonNode> number) {
        ObjectNode entry = NODES.objectNode();
        ArrayNode kernel = entry.putArray("kernel");
        for (double[] row : layer.kernel()) {
            kernel.add(vector(row, number));
        }
        entry.set("bias", vector(layer.bias(), number));
        if (layer.hasBatchNorm()) {
            entry.set("gamma", vector(layer.gamma(), number));
            entry.set("beta", vector(layer.beta(), number));
            entry.set("runningMean", vector(layer.runningMean(), number));
            entry.set("runningVar", vector(layer.runningVar(), number));
        }
        return entry;
    }

    private static void writeLayer(Writer out, LayerParameters layer, DoubleFunction<JsonNode> number, String indent)
            throws IOException {
        if (count(layer) <= SMALL) {
            out.write(JsonLayout.layout(layer(layer, number), indent));
            return;
        }
        String inner = indent + "  ";
        out.write("{\n" + inner + JsonLayout.name("kernel"));
        double[][] kernel = layer.kernel();
        JsonLayout.writeLines(out, inner, kernel.length,
                (o, i, rowIndent) -> o.write(JsonLayout.layout(vector(kernel[i], number), rowIndent)));
        vectorMember(out, inner, "bias", layer.bias(), number);
        if (layer.hasBatchNorm()) {
            vectorMember(out, inner, "gamma", layer.gamma(), number);
            vectorMember(out, inner, "beta", layer.beta(), number);
            vectorMember(out, inner, "runningMean", layer.runningMean(), number);
            vectorMember(out, inner, "runningVar", layer.runningVar(), number);
        }
        out.write("\n" + indent + "}");
    }

    private static void vectorMember(Writer out, String indent, String name, double[] values,
                                     DoubleFunction<JsonNode> number) throws IOException {
        out.write(",\n" + indent + JsonLayout.name(name) + JsonLayout.layout(vector(values, number), indent));
    }

    private static ArrayNode vector(double[] values, DoubleFunction<JsonNode> number) {
        ArrayNode array = NODES.arrayNode(values.length);
        for (double value : values) {
            array.add(number.apply(value));
        }
        return array;
    }

    /** An experiment file holds finite numbers only: anything else is a caller's bug. */
    private static JsonNode finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an experiment can only hold finite numbers, got " + value);
        }
        return DoubleNode.valueOf(value);
    }

    private static ObjectNode data(DataSource data) {
        ObjectNode node = NODES.objectNode();
        if (data instanceof DataSource.Generator g) {
            node.put("source", "generator");
            node.put("generator", g.generator());
            node.put("samples", g.samples());
            node.set("noise", finite(g.noise()));
            if (g.classes() > 0) {
                node.put("classes", g.classes());
            }
            fractions(node, g.testFraction(), g.validationFraction());
        } else if (data instanceof DataSource.Inline inline) {
            node.put("source", "inline");
            node.set("train", points(inline.train()));
            node.set("validation", points(inline.validation()));
            node.set("test", points(inline.test()));
        } else if (data instanceof DataSource.Builtin b) {
            node.put("source", "builtin");
            node.put("name", b.name());
            fractions(node, b.testFraction(), b.validationFraction());
        } else {
            DataSource.Csv csv = (DataSource.Csv) data;
            node.put("source", "csv");
            node.put("path", csv.path());
            if (csv.labelColumn() != null) {
                node.put("labelColumn", csv.labelColumn());
            }
            fractions(node, csv.testFraction(), csv.validationFraction());
        }
        return node;
    }

    private static void fractions(ObjectNode node, double test, double validation) {
        node.set("testFraction", finite(test));
        node.set("validationFraction", finite(validation));
    }

    private static ArrayNode points(List<double[]> points) {
        ArrayNode array = NODES.arrayNode(points.size());
        points.forEach(p -> array.add(vector(p, ExperimentWriter::finite)));
        return array;
    }

    private static ObjectNode layer(LayerSpec layer) {
        ObjectNode node = NODES.objectNode();
        node.put("units", layer.units());
        node.put("activation", layer.activation().id());
        node.set("dropout", finite(layer.dropout()));
        node.put("batchNorm", layer.batchNorm());
        return node;
    }

    private static ObjectNode initializer(Initializer initializer) {
        ObjectNode node = NODES.objectNode();
        node.put("type", initializer.type().id());
        boolean scaled = initializer.type() == InitializerType.UNIFORM || initializer.type() == InitializerType.NORMAL;
        if (scaled || Double.compare(initializer.scale(), Initializer.DEFAULT_SCALE) != 0) {
            node.set("scale", finite(initializer.scale()));
        }
        return node;
    }

    private static ObjectNode training(TrainingSpec training) {
        ObjectNode node = NODES.objectNode();
        node.put("loss", training.loss().id());
        node.set("optimizer", optimizer(training.optimizer()));
        node.put("batchSize", training.batchSize());
        node.put("epochs", training.epochs());
        node.put("shuffle", training.shuffle());
        ObjectNode regularization = node.putObject("regularization");
        regularization.set("l1", finite(training.regularization().l1()));
        regularization.set("l2", finite(training.regularization().l2()));
        node.set("schedule", schedule(training.schedule()));
        node.set("earlyStopping", earlyStopping(training.earlyStopping()));
        return node;
    }

    private static ObjectNode optimizer(OptimizerSettings settings) {
        ObjectNode node = NODES.objectNode();
        node.put("type", settings.type().id());
        OptimizerSettings defaults = OptimizerSettings.defaults(settings.type());
        for (OptimizerSetting setting : OptimizerSetting.values()) {
            if (setting.isReadBy(settings.type()) || Double.compare(setting.of(settings), setting.of(defaults)) != 0) {
                node.set(setting.id, finite(setting.of(settings)));
            }
        }
        return node;
    }

    private static ObjectNode schedule(Schedule schedule) {
        ObjectNode node = NODES.objectNode();
        node.put("type", schedule.type().id());
        for (ScheduleSetting setting : ScheduleSetting.values()) {
            double value = setting.of(schedule);
            if (setting.isReadBy(schedule.type()) || Double.compare(value, setting.of(Schedule.CONSTANT)) != 0) {
                node.set(setting.id, setting.bounds.integral() ? NODES.numberNode((int) value) : finite(value));
            }
        }
        return node;
    }

    private static JsonNode earlyStopping(EarlyStopping earlyStopping) {
        if (earlyStopping == null) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        node.put("patience", earlyStopping.patience());
        node.set("minDelta", finite(earlyStopping.minDelta()));
        node.put("restoreBest", earlyStopping.restoreBest());
        return node;
    }
}
