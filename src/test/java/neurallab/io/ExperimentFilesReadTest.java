package neurallab.io;

import static neurallab.io.ExperimentJson.problems;
import static neurallab.io.ExperimentJson.specExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.session.Experiment;
import neurallab.session.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening experiment files: what is read, and how each kind of mistake is reported. */
class ExperimentFilesReadTest {
    @TempDir
    Path dir;

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    @Test
    void readsTheSpecExample() throws Exception {
        Experiment e = ExperimentFiles.read(ExperimentJson.write(dir, "spiral.json", specExample()));

        assertEquals(7, e.seed());
        assertEquals(ProblemType.CLASSIFICATION, e.problem());
        assertEquals(new DataSource.Generator("spiral", 500, 0.1, 2, 0.5, 0.0), e.data());
        assertEquals(List.of(Feature.X1, Feature.X2), e.features());
        assertEquals(List.of(new LayerSpec(8, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)), e.layers());
        assertEquals(new Initializer(InitializerType.XAVIER_UNIFORM), e.initializer());
        assertNull(e.weights());
        assertEquals(new TrainingSpec(Loss.BCE, OptimizerSettings.defaults(OptimizerType.ADAM, 0.01), 10, 200, true,
                Regularization.NONE, Schedule.CONSTANT, null), e.training());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws Exception {
        ObjectNode json = specExample();
        json.remove(List.of("initializer", "weights"));
        at(json, "/training").remove(List.of("shuffle", "regularization", "schedule", "earlyStopping"));
        at(json, "/training/optimizer").remove("learningRate");
        at(json, "/layers/0").remove(List.of("dropout", "batchNorm"));
        at(json, "/data").remove(List.of("noise", "classes", "validationFraction"));

        Experiment e = ExperimentFiles.read(ExperimentJson.write(dir, "minimal.json", json));

        assertEquals(new Initializer(InitializerType.XAVIER_UNIFORM), e.initializer());
        assertEquals(new TrainingSpec(Loss.BCE, OptimizerSettings.defaults(OptimizerType.ADAM), 10, 200, true,
                Regularization.NONE, Schedule.CONSTANT, null), e.training());
        assertEquals(new LayerSpec(8, Activation.TANH, 0.0, false), e.layers().get(0));
        assertEquals(new DataSource.Generator("spiral", 500, 0.0, 0, 0.5, 0.0), e.data());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        ObjectNode json = specExample();
        json.put("title", "a spiral");
        at(json, "/layers/0").put("color", "red");

        ExperimentFiles.read(ExperimentJson.write(dir, "extra.json", json));
    }

    @Test
    void everyProblemStartsWithTheFileName() {
        ObjectNode json = specExample();
        at(json, "/training").put("batchSize", 0);
        Path file = ExperimentJson.write(dir, "bad.json", json);

        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.read(file));

        assertEquals(List.of(file + ": training.batchSize: must be an integer from 1 to 2147483647, got 0"),
                e.problems());
    }

    @Test
    void unknownOptimizerListsTheValidOnes() {
        ObjectNode json = specExample();
        at(json, "/training/optimizer").put("type", "adamm");

        assertEquals(List.of("training.optimizer.type: unknown optimizer \"adamm\"; valid: sgd, momentum, nesterov,"
                + " adagrad, adadelta, rmsprop, adam, adamw, adamax, nadam"), problems(dir, json));
    }

    @Test
    void unknownNamesOfEveryKindListTheValidOnes() {
        ObjectNode json = specExample();
        json.put("problem", "clustering");
        at(json, "/data").put("source", "s3");
        json.withArray("/features").add("x3");
        at(json, "/layers/0").put("activation", "swish");
        at(json, "/initializer").put("type", "glorot");
        at(json, "/training").put("loss", "l2");
        at(json, "/training/schedule").put("type", "linear");

        assertEquals(List.of(
                "problem: unknown problem \"clustering\"; valid: classification, regression",
                "data.source: unknown data source \"s3\"; valid: generator, inline, builtin, csv",
                "features[2]: unknown feature \"x3\"; valid: x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)",
                "layers[0].activation: unknown activation \"swish\"; valid: linear, sigmoid, tanh, relu, leaky-relu,"
                        + " elu, softplus, silu, gelu, softmax",
                "initializer.type: unknown initializer \"glorot\"; valid: zeros, uniform, normal, xavier-uniform,"
                        + " xavier-normal, he-uniform, he-normal, lecun-normal",
                "training.loss: unknown loss \"l2\"; valid: mse, mae, huber, bce, cross-entropy, hinge",
                "training.schedule.type: unknown schedule \"linear\"; valid: constant, step, exponential, time,"
                        + " cosine"), problems(dir, json));
    }

    @Test
    void negativeLearningRate() {
        ObjectNode json = specExample();
        at(json, "/training/optimizer").put("learningRate", -0.1);

        assertEquals(List.of("training.optimizer.learningRate: must be a finite number > 0, got -0.1"),
                problems(dir, json));
    }

    @Test
    void misspeltOptimizerSettingIsNotSilentlyDefaulted() {
        ObjectNode json = specExample();
        at(json, "/training/optimizer").put("beta_1", 0.8);

        assertEquals(List.of("training.optimizer.beta_1: unknown optimizer setting; the optimizer settings are type,"
                + " learningRate, momentum, beta1, beta2, epsilon, rho, weightDecay, momentumDecay"), problems(dir, json));
    }

    @Test
    void missingRequiredFields() {
        ObjectNode json = specExample();
        json.remove("seed");
        at(json, "/layers/1").remove("units");
        at(json, "/training").remove("loss");
        at(json, "/data").remove("samples");

        assertEquals(List.of(
                "seed: missing; must be an integer from -2^63 to 2^63-1",
                "data.samples: missing; must be an integer from 10 to 10000",
                "layers[1].units: missing; must be an integer from 1 to 4096",
                "training.loss: missing; the loss must be one of mse, mae, huber, bce, cross-entropy, hinge"),
                problems(dir, json));
    }

    @Test
    void wrongTypes() {
        ObjectNode json = specExample();
        at(json, "/layers/0").put("units", "8");
        at(json, "/training").put("shuffle", "yes");
        at(json, "/training").put("optimizer", "adam");
        json.put("features", "x1");

        assertEquals(List.of(
                "features: must be an array, got \"x1\"",
                "layers[0].units: must be an integer from 1 to 4096, got \"8\"",
                "training.optimizer: must be an object, got \"adam\"",
                "training.shuffle: must be true or false, got \"yes\""), problems(dir, json));
    }

    @Test
    void outOfRangeValues() {
        ObjectNode json = specExample();
        at(json, "/layers/0").put("units", 5000).put("dropout", 1.0);
        at(json, "/training").put("epochs", -1);
        at(json, "/training/optimizer").put("beta1", 1.0).put("epsilon", 0.0);
        at(json, "/data").put("testFraction", 0.6).put("validationFraction", 0.5);

        assertEquals(List.of(
                "data.validationFraction: testFraction + validationFraction must be < 1 (some data must be left to"
                        + " train on), got 0.6 + 0.5",
                "layers[0].units: must be an integer from 1 to 4096, got 5000",
                "layers[0].dropout: must be a number in [0, 1), got 1.0",
                "training.optimizer.beta1: must be a number in [0, 1), got 1.0",
                "training.optimizer.epsilon: must be a finite number > 0, got 0.0",
                "training.epochs: must be an integer from 0 to 2147483647, got -1"), problems(dir, json));
    }

    @Test
    void wholeNumbersWrittenWithADecimalPointAreIntegers() throws Exception {
        ObjectNode json = specExample();
        at(json, "/layers/0").put("units", 8.0);

        assertEquals(8, ExperimentFiles.read(ExperimentJson.write(dir, "x.json", json)).layers().get(0).units());
    }

    @Test
    void formatMustBeAnExperiment() {
        ObjectNode json = specExample();
        json.put("format", "neurallab-trace");
        at(json, "/training").put("loss", "nonsense");

        assertEquals(List.of("format: must be \"neurallab-experiment\", got \"neurallab-trace\""), problems(dir, json));
    }

    @Test
    void newerVersionSaysSo() {
        ObjectNode json = specExample();
        json.put("version", 2);

        assertEquals(List.of("version: this file was written by a newer NeuralLab (format version 2); this NeuralLab"
                + " opens version 1 files: please update it"), problems(dir, json));
    }

    @Test
    void versionMustBeOne() {
        ObjectNode json = specExample();
        json.put("version", "1");

        assertEquals(List.of("version: must be 1, got \"1\""), problems(dir, json));
    }

    @Test
    void malformedJsonReportsLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"format\": \"neurallab-experiment\",\n"
                + "  \"version\": 1,,\n}\n");

        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.read(file));

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith(file + ": line 3, column 16: malformed JSON: "), e.getMessage());
    }

    @Test
    void duplicateKeysAreMalformed() throws IOException {
        Path file = Files.writeString(dir.resolve("twice.json"), "{\"seed\": 1,\n \"seed\": 2}");

        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.read(file));

        assertTrue(e.problems().get(0).startsWith(file + ": line 2, column "), e.getMessage());
        assertTrue(e.problems().get(0).contains("Duplicate field 'seed'"), e.getMessage());
    }

    @Test
    void trailingContentIsMalformed() throws IOException {
        Path file = Files.writeString(dir.resolve("two.json"), specExample() + "\n{}");

        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.read(file));

        assertTrue(e.problems().get(0).startsWith(file + ": line 2, column "), e.getMessage());
    }

    @Test
    void oversizedFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L << 20);
        }
        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.read(file));

        assertEquals(List.of(file + ": the file is 200 MiB; the limit is 64 MiB (is this the right file?)"), e.problems());
    }

    @Test
    void missingFileDirectoryAndEmptyFile() throws IOException {
        Path missing = dir.resolve("nowhere.json");
        Path empty = Files.writeString(dir.resolve("empty.json"), " \n");

        assertEquals(List.of(missing + ": no such file"), problemsOf(missing));
        assertEquals(List.of(dir + ": is a directory, not a file"), problemsOf(dir));
        assertEquals(List.of(empty + ": the file is empty; an experiment file holds one JSON object"), problemsOf(empty));
    }

    @Test
    void rootMustBeAnObject() {
        assertEquals(List.of("(root): must be an object, got [1,2]"), problems(dir, ExperimentJson.parse("[1, 2]")));
    }

    private static List<String> problemsOf(Path file) {
        return assertThrows(ExperimentFileException.class, () -> ExperimentFiles.read(file)).problems();
    }

    @Test
    void nonFiniteNumbersAreReportedByField() throws IOException {
        String json = specExample().toString().replace("\"noise\":0.1", "\"noise\":NaN");
        Path file = Files.writeString(dir.resolve("nan.json"), json);

        assertEquals(List.of(file + ": data.noise: must be a number in [0, 1], got NaN"), problemsOf(file));
    }
}
