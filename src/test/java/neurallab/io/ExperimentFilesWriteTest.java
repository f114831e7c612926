package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import neurallab.session.EarlyStopping;
import neurallab.session.Experiment;
import neurallab.session.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving experiments: what reads back, what the file looks like, and that saving is atomic. */
class ExperimentFilesWriteTest {
    @TempDir
    Path dir;

    /** Every part of the format in use: inline data with validation, batch norm, non-default settings. */
    static Experiment everything() {
        DataSource data = new DataSource.Inline(
                List.of(new double[] {0.1, -0.2, 1}, new double[] {Math.PI, 1e-300, 0}),
                List.of(new double[] {0.1 + 0.2, 2.5, 1}),
                List.of(new double[] {-4.0, 4.0, 0}));
        List<LayerSpec> layers = List.of(new LayerSpec(3, Activation.LEAKY_RELU, 0.25, true),
                new LayerSpec(2, Activation.SOFTMAX));
        LayerParameters hidden = new LayerParameters(
                new double[][] {{0.1, 0.2, 0.3}, {-0.4, 0.5, 1.0 / 3.0}, {7e-12, 0, -1}},
                new double[] {0, 0.01, -0.02}, new double[] {1, 1.1, 0.9}, new double[] {0, 0.1, -0.1},
                new double[] {0.5, 0.6, 0.7}, new double[] {1, 2, 3});
        LayerParameters output = new LayerParameters(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[] {0, 0});
        OptimizerSettings adamw = new OptimizerSettings(OptimizerType.ADAMW, 0.003, 0.5, 0.85, 0.995, 1e-7, 0.9,
                0.05, 0.004);
        Schedule cosine = new Schedule(ScheduleType.COSINE, 0.1, 10, 0.01, 150, 1e-4);
        TrainingSpec training = new TrainingSpec(Loss.CROSS_ENTROPY, adamw, 32, 1000, false,
                new Regularization(1e-5, 0.001), cosine, new EarlyStopping(15, 1e-4, false));
        return new Experiment(-42L, ProblemType.CLASSIFICATION, data,
                List.of(Feature.X1, Feature.X2, Feature.X1_TIMES_X2), layers,
                new Initializer(InitializerType.HE_NORMAL, 0.3), List.of(hidden, output), training);
    }

    @Test
    void readingWhatWasWrittenGivesTheSameExperiment() throws Exception {
        Experiment e = everything();
        Path file = dir.resolve("all.json");

        ExperimentFiles.write(file, e);

        assertSameExperiment(e, ExperimentFiles.read(file));
    }

    @Test
    void everyDataSourceRoundTrips() throws Exception {
        List<DataSource> sources = List.of(new DataSource.Generator("blobs", 300, 0.2, 3, 0.3, 0.1),
                new DataSource.Generator("xor", 300, 0.2, 0, 0.3, 0.0),
                new DataSource.Builtin("digits", 0.25, 0.0), new DataSource.Csv("data/points.csv", "label", 0.2, 0.2),
                new DataSource.Csv("p.csv", null, 0.5, 0.0));
        Experiment base = ExperimentFiles.read(ExperimentJson.write(dir, "spec.json", ExperimentJson.specExample()));
        for (DataSource source : sources) {
            boolean twoD = source instanceof DataSource.Generator;
            Experiment e = base.withSeed(1).withProblem(ProblemType.CLASSIFICATION).withData(source)
                    .withFeatures(twoD ? base.features() : List.of()).withWeights(null);
            Path file = dir.resolve("source.json");
            ExperimentFiles.write(file, e);
            assertEquals(e, ExperimentFiles.read(file));
        }
    }

    @Test
    void unusedSettingsAtTheirDefaultsAreLeftOut() throws Exception {
        Experiment spec = ExperimentFiles.read(ExperimentJson.write(dir, "spec.json", ExperimentJson.specExample()));
        Path file = dir.resolve("out.json");

        ExperimentFiles.write(file, spec);
        JsonNode json = ExperimentJson.MAPPER.readTree(file.toFile());

        assertEquals(ExperimentJson.parse("{\"type\": \"adam\", \"learningRate\": 0.01, \"beta1\": 0.9, \"beta2\": 0.999,"
                + " \"epsilon\": 1e-8}"), json.at("/training/optimizer"));
        assertEquals(ExperimentJson.parse("{\"type\": \"constant\"}"), json.at("/training/schedule"));
        assertEquals(ExperimentJson.parse("{\"type\": \"xavier-uniform\"}"), json.get("initializer"));
        assertEquals(spec, ExperimentFiles.read(file));
    }

    @Test
    void fileIsReadableJson() throws Exception {
        Path file = dir.resolve("readable.json");

        ExperimentFiles.write(file, everything());
        List<String> lines = Files.readAllLines(file);

        assertEquals("{", lines.get(0));
        assertTrue(lines.contains("  \"format\": \"neurallab-experiment\","), lines.toString());
        assertTrue(lines.contains("    {\"units\": 2, \"activation\": \"softmax\", \"dropout\": 0.0, \"batchNorm\": false}"),
                lines.toString());
        assertTrue(lines.contains("    {\"kernel\": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], \"bias\": [0.0, 0.0]}"),
                lines.toString());
        assertTrue(lines.contains("      \"runningVar\": [1.0, 2.0, 3.0]"), lines.toString());
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("e.json"), "old content");

        ExperimentFiles.write(file, everything());

        assertSameExperiment(everything(), ExperimentFiles.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void nonFiniteWeightsAreNotSavedAndTheOldFileStays() throws IOException {
        Path file = Files.writeString(dir.resolve("e.json"), "old content");
        Experiment e = everything();
        List<LayerParameters> weights = List.of(e.weights().get(0),
                new LayerParameters(new double[][] {{1, Double.NaN}, {3, 4}, {5, 6}}, new double[] {0, 0}));

        assertThrows(IllegalArgumentException.class, () -> ExperimentFiles.write(file, e.withWeights(weights)));

        assertEquals("old content", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void relocatingKeepsACsvPathPointingAtTheSameFile() {
        Experiment e = new Experiment(1, ProblemType.REGRESSION, new DataSource.Csv("data/p.csv", null, 0.2, 0.0),
                List.of(), List.of(new LayerSpec(1, Activation.LINEAR)), ExperimentReader.DEFAULT_INITIALIZER, null,
                everything().training());

        Experiment moved = ExperimentFiles.relocate(e, dir.resolve("lessons"), dir.resolve("runs/today"));

        assertEquals("../../lessons/data/p.csv", ((DataSource.Csv) moved.data()).path());
        assertEquals(e, ExperimentFiles.relocate(e, dir, dir));
    }

    /** Equal field by field, arrays by value. */
    static void assertSameExperiment(Experiment expected, Experiment actual) {
        assertEquals(expected.seed(), actual.seed());
        assertEquals(expected.problem(), actual.problem());
        assertEquals(expected.features(), actual.features());
        assertEquals(expected.layers(), actual.layers());
        assertEquals(expected.initializer(), actual.initializer());
        assertEquals(expected.training(), actual.training());
        if (expected.data() instanceof DataSource.Inline inline) {
            DataSource.Inline read = (DataSource.Inline) actual.data();
            assertArrayEquals(inline.train().toArray(), read.train().toArray());
            assertArrayEquals(inline.validation().toArray(), read.validation().toArray());
            assertArrayEquals(inline.test().toArray(), read.test().toArray());
        } else {
            assertEquals(expected.data(), actual.data());
        }
        assertEquals(expected.weights() == null, actual.weights() == null);
        for (int l = 0; expected.weights() != null && l < expected.weights().size(); l++) {
            LayerParameters a = expected.weights().get(l);
            LayerParameters b = actual.weights().get(l);
            assertArrayEquals(a.kernel(), b.kernel());
            assertArrayEquals(a.bias(), b.bias());
            assertArrayEquals(a.gamma(), b.gamma());
            assertArrayEquals(a.beta(), b.beta());
            assertArrayEquals(a.runningMean(), b.runningMean());
            assertArrayEquals(a.runningVar(), b.runningVar());
        }
        assertFalse(expected.weights() != null && expected.weights().size() != actual.weights().size());
    }
}
