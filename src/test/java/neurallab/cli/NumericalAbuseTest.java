package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import neurallab.io.ExperimentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers a student may try: each run gives a sensible result or a clear message, and never exit 0 with a
 * loss that is not finite.
 */
class NumericalAbuseTest {
    @TempDir
    Path dir;

    /** Runs the experiment and checks the promise every outcome keeps; returns the result. */
    private CliRunner train(ObjectNode json, String... extra) throws IOException {
        Path file = ExperimentJson.write(dir, "experiment.json", json);
        Path trace = dir.resolve("trace.json");
        Files.deleteIfExists(trace);
        String[] args = new String[3 + extra.length + 1];
        args[0] = "train";
        args[1] = file.toString();
        args[2] = "--trace";
        args[3] = trace.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRunner result = CliRunner.run(args);
        switch (result.exitCode()) {
            case 0, 3 -> {
                JsonNode epochs = ExperimentJson.MAPPER.readTree(trace.toFile()).get("epochs");
                for (JsonNode row : epochs) {
                    assertTrue(row.get("trainLoss").isNumber(), "a finite loss in every row: " + row);
                }
                assertEquals(result.exitCode() == 3,
                        ExperimentJson.MAPPER.readTree(trace.toFile()).get("diverged").booleanValue());
            }
            case 2 -> {
                assertFalse(Files.exists(trace), "nothing written");
                assertTrue(result.err().startsWith(file + ": "), result.err());
            }
            default -> throw new AssertionError("exit " + result.exitCode() + ": " + result.err());
        }
        return result;
    }

    private static ObjectNode inline(double[][] train, double[][] test) {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 5);
        ObjectNode data = (ObjectNode) json.get("data");
        data.set("train", points(train));
        data.set("test", points(test));
        return json;
    }

    private static ArrayNode points(double[][] rows) {
        ArrayNode array = ExperimentJson.MAPPER.createArrayNode();
        for (double[] row : rows) {
            ArrayNode point = array.addArray();
            for (double v : row) {
                point.add(v);
            }
        }
        return array;
    }

    private static double loss(Path trace, int epoch) throws IOException {
        return ExperimentJson.MAPPER.readTree(trace.toFile()).at("/epochs/" + epoch + "/trainLoss").doubleValue();
    }

    @Test
    void aTinyLearningRateBarelyMovesTheLoss() throws IOException {
        CliRunner result = train(ExperimentJson.inlineCircle(4, 1e-12, 5));

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(loss(dir.resolve("trace.json"), 0), loss(dir.resolve("trace.json"), 5), 1e-9);
    }

    @Test
    void aHugeLearningRateEndsFiniteOrAsDivergence() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(8, 1e3, 50);
        ((ObjectNode) json.at("/layers/1")).put("activation", "linear");
        ((ObjectNode) json.get("training")).put("loss", "mse");

        CliRunner result = train(json);

        assertEquals(3, result.exitCode(), result.err());
        assertTrue(result.err().contains("try a smaller learning rate, e.g. 100 instead of 1000"), result.err());
    }

    @Test
    void zeroInitializationTrainsWithoutNaN() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 5);
        json.set("initializer", ExperimentJson.parse("{\"type\": \"zeros\"}"));

        assertEquals(0, train(json).exitCode());
    }

    @Test
    void oneDataPointDuplicatesAndABatchLargerThanTheData() throws IOException {
        ObjectNode one = inline(new double[][] {{1, 1, 1}}, new double[][] {{0, 0, 0}});
        ObjectNode duplicates = inline(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 0}, {0, 0, 0}},
                new double[][] {{0, 0, 0}});
        ObjectNode largeBatch = ExperimentJson.inlineCircle(4, 0.1, 3);
        ((ObjectNode) largeBatch.get("training")).put("batchSize", 100_000);

        train(one);
        train(duplicates);
        assertEquals(0, train(largeBatch).exitCode());
    }

    @Test
    void oneClassOnlyAndConstantFeatures() throws IOException {
        ObjectNode oneClass = inline(new double[][] {{1, 2, 1}, {2, 1, 1}, {0, 1, 1}}, new double[][] {{0, 0, 1}});
        ObjectNode constant = inline(new double[][] {{3, 3, 1}, {3, 3, 0}, {3, 3, 1}}, new double[][] {{3, 3, 0}});

        train(oneClass);
        assertEquals(0, train(constant).exitCode());
    }

    @Test
    void inputsOf1e300AreTrainedFiniteOrRefusedWhenAFeatureOverflows() throws IOException {
        double[][] huge = {{1e300, -1e300, 1}, {-1e300, 1e300, 0}};
        ObjectNode plain = inline(huge, huge);
        ObjectNode squared = inline(huge, huge);
        squared.set("features", ExperimentJson.parse("[\"x1\", \"x2\", \"x1^2\"]"));

        train(plain);
        CliRunner overflow = train(squared);

        assertEquals(2, overflow.exitCode(), overflow.err());
        assertTrue(overflow.err().contains(": features: input "), overflow.err());
    }

    @Test
    void aStartingStateThatIsNotFiniteIsRefusedEvenForZeroEpochs() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 5);
        json.set("initializer", ExperimentJson.parse("{\"type\": \"uniform\", \"scale\": 1e308}"));

        CliRunner result = train(json, "--epochs", "0");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("initializer.scale"), result.err());
    }
}
