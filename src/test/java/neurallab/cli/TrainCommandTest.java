package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import neurallab.io.ExperimentFiles;
import neurallab.io.ExperimentJson;
import neurallab.session.Experiment;
import neurallab.session.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code neurallab train}, end to end in-process, on inline data. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private Path experiment(JsonNode json) {
        return ExperimentJson.write(dir, "experiment.json", json);
    }

    private Path trace() {
        return dir.resolve("trace.json");
    }

    private static JsonNode json(Path file) throws IOException {
        return ExperimentJson.MAPPER.readTree(file.toFile());
    }

    @Test
    void trainsTheExperimentsEpochsAndWritesOneRowPerEpochFromZero() throws IOException {
        Path file = experiment(ExperimentJson.inlineCircle(4, 0.1, 5));

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", trace().toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        JsonNode trace = json(trace());
        assertEquals("neurallab-trace", trace.get("format").textValue());
        assertEquals(6, trace.get("epochs").size());
        for (int e = 0; e <= 5; e++) {
            assertEquals(e, trace.at("/epochs/" + e + "/epoch").intValue());
        }
        assertFalse(trace.get("diverged").booleanValue());
        assertTrue(trace.at("/epochs/5/trainLoss").doubleValue() < trace.at("/epochs/0/trainLoss").doubleValue());
        assertEquals(2, trace.at("/weights/0/kernel").size());
    }

    @Test
    void epochsOptionOverridesTheFile() throws IOException {
        Path file = experiment(ExperimentJson.inlineCircle(4, 0.1, 50));

        assertEquals(0, CliRunner.run("train", file.toString(), "--trace", trace().toString(), "--epochs", "3")
                .exitCode());
        assertEquals(4, json(trace()).get("epochs").size());
        assertEquals(0, CliRunner.run("train", file.toString(), "--trace", trace().toString(), "--epochs", "0")
                .exitCode());
        assertEquals(1, json(trace()).get("epochs").size());
    }

    @Test
    void savedExperimentReopensWhereItStopped() throws Exception {
        Path file = experiment(ExperimentJson.inlineCircle(4, 0.1, 20));
        Path saved = dir.resolve("trained.json");
        Path secondTrace = dir.resolve("trace2.json");

        assertEquals(0, CliRunner.run("train", file.toString(), "--trace", trace().toString(), "--save",
                saved.toString()).exitCode());
        CliRunner again = CliRunner.run("train", saved.toString(), "--trace", secondTrace.toString(), "--epochs", "5");

        assertEquals(0, again.exitCode(), again.err());
        Experiment reopened = ExperimentFiles.read(saved);
        assertEquals(20, reopened.training().epochs());
        JsonNode first = json(trace());
        JsonNode second = json(secondTrace);
        assertArrayEquals(reopened.weights().get(0).kernel()[1],
                ExperimentJson.MAPPER.treeToValue(first.at("/weights/0/kernel/1"), double[].class));
        assertEquals(first.at("/epochs/20/trainLoss").doubleValue(), second.at("/epochs/0/trainLoss").doubleValue());
        assertTrue(second.at("/epochs/5/trainLoss").doubleValue() < second.at("/epochs/0/trainLoss").doubleValue());
    }

    @Test
    void divergingRunExitsThreeWithTheTraceUpToTheLastFiniteEpoch() throws Exception {
        // a linear output with mse has no saturation to stop SGD at learning rate 50 from blowing up
        ObjectNode json = ExperimentJson.inlineCircle(8, 50, 100);
        ((ObjectNode) json.at("/layers/1")).put("activation", "linear");
        ((ObjectNode) json.get("training")).put("loss", "mse");
        Path file = experiment(json);
        Path saved = dir.resolve("saved.json");

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", trace().toString(), "--save",
                saved.toString());

        assertEquals(3, result.exitCode(), result.err());
        JsonNode trace = json(trace());
        assertTrue(trace.get("diverged").booleanValue());
        int rows = trace.get("epochs").size();
        assertTrue(rows >= 1 && rows <= 100, "rows: " + rows);
        for (JsonNode row : trace.get("epochs")) {
            assertTrue(row.get("trainLoss").isNumber(), row.toString());
        }
        assertEquals(1, result.errLines().length, result.err());
        assertTrue(result.err().startsWith(file + ": training diverged at epoch "), result.err());
        assertTrue(result.err().contains("try a smaller learning rate, e.g. 5 instead of 50"), result.err());
        assertEquals(ExperimentFiles.read(saved).weights().get(1).bias()[0], trace.at("/weights/1/bias/0").doubleValue());
    }

    @Test
    void invalidExperimentExitsTwoWritesNothingAndNamesEveryProblem() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 5);
        ((ObjectNode) json.at("/training/optimizer")).put("learningRate", -0.1);
        ((ObjectNode) json.at("/layers/0")).put("activation", "swish");
        Path file = experiment(json);

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", trace().toString(), "--save",
                dir.resolve("out.json").toString());

        assertEquals(2, result.exitCode());
        assertArrayEquals(new String[] {
            file + ": layers[0].activation: unknown activation \"swish\"; valid: linear, sigmoid, tanh, relu,"
                    + " leaky-relu, elu, softplus, silu, gelu, softmax",
            file + ": training.optimizer.learningRate: must be a finite number > 0, got -0.1"}, result.errLines());
        assertNothingWrittenBesides(file);
    }

    @Test
    void missingExperimentFile() throws IOException {
        Path missing = dir.resolve("nowhere.json");

        CliRunner result = CliRunner.run("train", missing.toString(), "--trace", trace().toString());

        assertEquals(2, result.exitCode());
        assertArrayEquals(new String[] {missing + ": no such file"}, result.errLines());
        assertFalse(Files.exists(trace()));
    }

    @Test
    void dataProblemsFromLoadingExitTwo() throws IOException {
        ObjectNode json = ExperimentJson.specExample();
        json.remove("features");
        json.set("data", ExperimentJson.parse("{\"source\": \"csv\", \"path\": \"missing.csv\", \"testFraction\": 0.2}"));
        Path file = experiment(json);

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", trace().toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith(file + ": data"), result.err());
        assertNothingWrittenBesides(file);
    }

    @Test
    void earlyStoppingWithoutAValidationSplitExitsTwo() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 5);
        ((ObjectNode) json.get("training")).putObject("earlyStopping").put("patience", 3);
        Path file = experiment(json);

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", trace().toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith(file + ": training.earlyStopping: "), result.err());
        assertNothingWrittenBesides(file);
    }

    @Test
    void badCommandLinesExitTwo() {
        Path file = experiment(ExperimentJson.inlineCircle(4, 0.1, 5));

        CliRunner noTrace = CliRunner.run("train", file.toString());
        CliRunner noFile = CliRunner.run("train", "--trace", trace().toString());
        CliRunner negative = CliRunner.run("train", file.toString(), "--trace", trace().toString(), "--epochs", "-3");
        CliRunner notANumber = CliRunner.run("train", file.toString(), "--trace", trace().toString(), "--epochs", "ten");
        CliRunner overExperiment = CliRunner.run("train", file.toString(), "--trace", file.toString());
        CliRunner noDirectory = CliRunner.run("train", file.toString(), "--trace", dir.resolve("no/t.json").toString());

        assertEquals(2, noTrace.exitCode());
        assertEquals(1, noTrace.errLines().length, noTrace.err());
        assertTrue(noTrace.err().contains("--trace"), noTrace.err());
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().contains("EXPERIMENT.json"), noFile.err());
        assertEquals(2, negative.exitCode());
        assertArrayEquals(new String[] {"--epochs: must be an integer from 0 to 2147483647, got -3"}, negative.errLines());
        assertEquals(2, notANumber.exitCode());
        assertEquals(2, overExperiment.exitCode());
        assertEquals(2, noDirectory.exitCode());
        assertTrue(noDirectory.err().contains("does not exist"), noDirectory.err());
        assertFalse(Files.exists(trace()));
    }

    private void assertNothingWrittenBesides(Path file) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void divergenceAdviceSuggestsATenthOfTheLearningRate() {
        var result = new TrainingResult(List.of(), true, 4, false, null, null);

        assertTrue(TrainCommand.divergence(Path.of("e.json"), result, 0.03)
                .endsWith("e.g. 0.003 instead of 0.03"));
    }
}
