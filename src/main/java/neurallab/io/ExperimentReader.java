package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.InvalidExperimentException;
import neurallab.session.Limits;
import neurallab.session.TrainingSpec;

/**
 * Turns the JSON tree of an experiment file (docs/file-format.md) into an {@link Experiment}, reporting
 * every field that is missing, of the wrong type or out of range, data and weights that do not fit the
 * layers ({@link LayerFit}), then the pairing rules of {@link ExperimentRules}. Members the format does not name are ignored, so files written by other
 * versions with extra optional fields still open.
 */
final class ExperimentReader {
    static final String FORMAT = "neurallab-experiment";
    static final Initializer DEFAULT_INITIALIZER = new Initializer(InitializerType.XAVIER_UNIFORM);
    private static final Bounds UNITS = new Bounds(Limits.UNITS);

    private ExperimentReader() {
    }

    /** The experiment; the exception lists each problem as "json.path: what is wrong". */
    static Experiment read(JsonNode root) throws InvalidExperimentException {
        List<String> problems = new ArrayList<>();
        Field doc = Field.root(root, problems);
        // A file of another format or a newer version: its other fields cannot be judged.
        if (!doc.isObject() || !header(doc)) {
            throw new InvalidExperimentException(problems);
        }
        Long seed = doc.get("seed").longInteger();
        ProblemType problem = doc.get("problem").choice("problem", List.of(ProblemType.values()), ProblemType::id);
        DataSource data = DataSourceReader.read(doc.get("data"));
        List<Feature> features = features(doc.get("features"), data);
        List<LayerSpec> layers = layers(doc.get("layers"));
        Initializer initializer = initializer(doc.get("initializer"));
        Field weightsField = doc.get("weights");
        List<LayerParameters> weights = weightsField.isAbsent() ? null : WeightsReader.read(weightsField);
        TrainingSpec training = TrainingSpecReader.read(doc.get("training"));
        LayerFit.check(problem, data, features, layers, weights, problems);
        if (!problems.isEmpty()) {
            throw new InvalidExperimentException(problems);
        }
        Experiment experiment = new Experiment(seed, problem, data, features, layers, initializer, weights, training);
        problems.addAll(ExperimentRules.structural(experiment));
        if (!problems.isEmpty()) {
            throw new InvalidExperimentException(problems);
        }
        return experiment;
    }

    private static boolean header(Field doc) {
        if (!doc.get("format").isExactly(TextNode.valueOf(FORMAT))) {
            return false;
        }
        Field version = doc.get("version");
        if (version.peekNumber() > Experiment.FORMAT_VERSION) {
            version.problem("this file was written by a newer NeuralLab (format version " + version.shown()
                    + "); this NeuralLab opens version " + Experiment.FORMAT_VERSION + " files: please update it");
            return false;
        }
        return version.isExactly(IntNode.valueOf(Experiment.FORMAT_VERSION));
    }

    /** The input features: required for 2-D data (generator, inline), absent for other data. */
    private static List<Feature> features(Field field, DataSource data) {
        boolean twoDimensional = data instanceof DataSource.Generator || data instanceof DataSource.Inline;
        if (field.isAbsent() && !twoDimensional) {
            return List.of();
        }
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        if (data != null && !twoDimensional) {
            if (elements.isEmpty()) {
                return List.of();
            }
            field.problem("features are only for 2-D data (generator or inline); other data uses every column"
                    + " as an input: remove this field");
            return null;
        }
        if (elements.isEmpty()) {
            field.problem("must name at least one feature: " + featureNames());
            return null;
        }
        List<Feature> features = new ArrayList<>();
        for (Field element : elements) {
            Feature feature = element.choice("feature", List.of(Feature.values()), Feature::id);
            if (feature != null && features.contains(feature)) {
                element.problem("feature " + feature.id() + " is listed twice");
            }
            features.add(feature);
        }
        return features.contains(null) ? null : features;
    }

    private static String featureNames() {
        return String.join(", ", List.of(Feature.values()).stream().map(Feature::id).toList());
    }

    private static List<LayerSpec> layers(Field field) {
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        if (elements.isEmpty()) {
            field.problem("must hold at least one layer (the last one is the output layer)");
            return null;
        }
        if (!Limits.HIDDEN_LAYERS.contains(elements.size() - 1)) {
            field.problem("holds " + (elements.size() - 1) + " hidden layers; allowed: "
                    + Limits.HIDDEN_LAYERS.describe() + " hidden layers before the output layer");
            return null;
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (Field element : elements) {
            layers.add(element.isObject() ? layer(element) : null);
        }
        return layers.contains(null) ? null : layers;
    }

    private static LayerSpec layer(Field layer) {
        Integer units = layer.get("units").integer(UNITS);
        Activation activation = layer.get("activation").choice("activation", Activation.class);
        Double dropout = layer.get("dropout").number(0.0, new Bounds(Limits.DROPOUT));
        Boolean batchNorm = layer.get("batchNorm").bool(false);
        if (units == null || activation == null || dropout == null || batchNorm == null) {
            return null;
        }
        return new LayerSpec(units, activation, dropout, batchNorm);
    }

    private static Initializer initializer(Field field) {
        if (field.isAbsent()) {
            return DEFAULT_INITIALIZER;
        }
        if (!field.isObject()) {
            return null;
        }
        InitializerType type = field.get("type").choice("initializer", InitializerType.class);
        Double scale = field.get("scale").number(Initializer.DEFAULT_SCALE, new Bounds(Limits.INITIALIZER_SCALE));
        return type == null || scale == null ? null : new Initializer(type, scale);
    }
}
