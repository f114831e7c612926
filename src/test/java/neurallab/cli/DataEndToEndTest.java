package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator, csv and builtin sources through the headless command, and the real-data targets. */
class DataEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode train(Path experiment) throws IOException {
        Path trace = dir.resolve(experiment.getFileName() + ".trace.json");
        CliRunner run = CliRunner.run("train", experiment.toString(), "--trace", trace.toString());
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(trace.toFile());
    }

    private static JsonNode lastRow(JsonNode trace) {
        JsonNode epochs = trace.get("epochs");
        return epochs.get(epochs.size() - 1);
    }

    @Test
    void digitsReachNinetyFivePercentWithinThirtyEpochs() throws IOException {
        JsonNode trace = train(Path.of("resources/examples/digits.json"));
        JsonNode last = lastRow(trace);
        assertTrue(last.get("epoch").asInt() <= 30);
        assertTrue(last.get("testAccuracy").asDouble() >= 0.95, "digits test accuracy " + last.get("testAccuracy"));
    }

    @Test
    void irisReachesNinetyThreePercent() throws IOException {
        JsonNode last = lastRow(train(Path.of("resources/examples/iris.json")));
        assertTrue(last.get("testAccuracy").asDouble() >= 0.93, "iris test accuracy " + last.get("testAccuracy"));
    }

    @Test
    void aGeneratorSourceTrains() throws IOException {
        Path experiment = dir.resolve("circle.json");
        Files.writeString(experiment, """
                {"format": "neurallab-experiment", "version": 1, "seed": 3, "problem": "classification",
                 "data": {"source": "generator", "generator": "circle", "samples": 200, "noise": 0.0,
                          "testFraction": 0.5, "validationFraction": 0.0},
                 "features": ["x1", "x2", "x1^2", "x2^2"],
                 "layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}],
                 "training": {"loss": "bce", "optimizer": {"type": "adam", "learningRate": 0.05},
                              "batchSize": 10, "epochs": 40}}
                """);
        JsonNode trace = train(experiment);
        assertEquals(41, trace.get("epochs").size());
        assertTrue(lastRow(trace).get("testAccuracy").asDouble() >= 0.95, lastRow(trace).toString());
    }

    @Test
    void aCsvSourceTrainsWithTextLabels() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,kind\n");
        for (int i = 0; i < 60; i++) {
            double a = (i % 10) / 10.0;
            double b = (i / 10) / 6.0;
            csv.append(a).append(',').append(b).append(',').append(a + b > 0.9 ? "big" : "small").append('\n');
        }
        Files.writeString(dir.resolve("points.csv"), csv);
        Path experiment = dir.resolve("csv.json");
        Files.writeString(experiment, """
                {"format": "neurallab-experiment", "version": 1, "seed": 1, "problem": "classification",
                 "data": {"source": "csv", "path": "points.csv", "testFraction": 0.25, "validationFraction": 0.0},
                 "layers": [{"units": 8, "activation": "relu"}, {"units": 2, "activation": "softmax"}],
                 "training": {"loss": "cross-entropy", "optimizer": {"type": "adam", "learningRate": 0.05},
                              "batchSize": 8, "epochs": 60}}
                """);
        JsonNode last = lastRow(train(experiment));
        assertTrue(last.get("trainAccuracy").asDouble() >= 0.9, last.toString());
    }
}
