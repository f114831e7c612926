package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import neurallab.engine.LayerParameters;
import neurallab.session.EpochRecord;
import neurallab.session.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace file of docs/file-format.md. */
class TraceFilesTest {
    @TempDir
    Path dir;

    private static final List<LayerParameters> WEIGHTS = List.of(
            new LayerParameters(new double[][] {{0.1}}, new double[] {0.0}));

    private JsonNode written(TrainingResult result) throws Exception {
        Path file = dir.resolve("trace.json");
        TraceFiles.write(file, result);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary files left");
        }
        return ExperimentJson.MAPPER.readTree(file.toFile());
    }

    @Test
    void hasTheShapeOfTheSpec() throws Exception {
        TrainingResult result = new TrainingResult(List.of(
                new EpochRecord(0, 0.01, 0.69, null, 0.70, 0.5, null, 0.48),
                new EpochRecord(1, 0.01, 0.1 + 0.2, null, 1.0 / 3.0, 0.75, null, 0.625)),
                false, null, false, null, WEIGHTS);

        assertEquals(ExperimentJson.parse("""
                {"format": "neurallab-trace", "version": 1,
                 "epochs": [
                   {"epoch": 0, "learningRate": 0.01, "trainLoss": 0.69, "testLoss": 0.70, "validationLoss": null,
                    "trainAccuracy": 0.5, "testAccuracy": 0.48},
                   {"epoch": 1, "learningRate": 0.01, "trainLoss": 0.30000000000000004, "testLoss": 0.3333333333333333,
                    "validationLoss": null, "trainAccuracy": 0.75, "testAccuracy": 0.625}
                 ],
                 "diverged": false, "stoppedEarly": false, "bestEpoch": null,
                 "weights": [{"kernel": [[0.1]], "bias": [0.0]}]}
                """), written(result));
    }

    @Test
    void keysAreInTheSpecOrder() throws Exception {
        TrainingResult result = new TrainingResult(List.of(new EpochRecord(0, 0.01, 0.69, null, 0.70, 0.5, null, 0.48)),
                false, null, false, null, WEIGHTS);

        List<String> keys = new ArrayList<>();
        written(result).get("epochs").get(0).fieldNames().forEachRemaining(keys::add);

        assertEquals(List.of("epoch", "learningRate", "trainLoss", "testLoss", "validationLoss", "trainAccuracy",
                "testAccuracy"), keys);
    }

    @Test
    void validationAccuracyWithAValidationSplitAndNullsForRegression() throws Exception {
        TrainingResult classification = new TrainingResult(List.of(
                new EpochRecord(0, 0.1, 0.7, 0.71, 0.72, 0.5, 0.4, 0.3)), false, null, true, 0, WEIGHTS);
        TrainingResult regression = new TrainingResult(List.of(
                new EpochRecord(0, 0.1, 2.5, null, null, null, null, null)), true, 1, false, null, WEIGHTS);

        JsonNode c = written(classification);
        assertEquals(0.4, c.at("/epochs/0/validationAccuracy").doubleValue());
        assertEquals(0, c.get("bestEpoch").intValue());
        assertEquals(true, c.get("stoppedEarly").booleanValue());
        JsonNode r = written(regression);
        assertEquals(ExperimentJson.parse("{\"epoch\": 0, \"learningRate\": 0.1, \"trainLoss\": 2.5, \"testLoss\": null,"
                + " \"validationLoss\": null, \"trainAccuracy\": null, \"testAccuracy\": null}"), r.at("/epochs/0"));
        assertEquals(true, r.get("diverged").booleanValue());
    }

    @Test
    void numbersKeepFullPrecisionAndNonFiniteOnesBecomeNull() throws Exception {
        double tiny = Math.nextUp(1e-300);
        TrainingResult result = new TrainingResult(List.of(
                new EpochRecord(0, tiny, Math.PI, null, Double.POSITIVE_INFINITY, null, null, null)),
                false, null, false, null, WEIGHTS);

        JsonNode row = written(result).at("/epochs/0");

        assertEquals(tiny, row.get("learningRate").doubleValue());
        assertEquals(Math.PI, row.get("trainLoss").doubleValue());
        assertEquals(true, row.get("testLoss").isNull());
    }
}
