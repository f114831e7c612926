package neurallab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import neurallab.cli.CliRunner;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.engine.LayerSpec;
import neurallab.engine.OptimizerType;
import neurallab.io.ExperimentFiles;
import neurallab.io.ExperimentJson;
import neurallab.session.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code neurallab bench} and the benchmark experiments. */
class BenchCommandTest {
    private static final Path BENCH = Path.of(System.getProperty("neurallab.repo", "."), "resources", "bench");

    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectWithTheTimings() throws Exception {
        Path file = ExperimentJson.write(dir, "small.json", ExperimentJson.inlineCircle(4, 0.03, 10));

        CliRunner result = CliRunner.run("bench", file.toString(), "--runs", "1");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().count(), result.out());
        JsonNode report = ExperimentJson.parse(result.out());
        assertEquals("small", report.get("experiment").textValue());
        assertEquals(2 * 4 + 4 + 4 + 1, report.get("parameterCount").intValue());
        assertTrue(report.get("epochsPerSecond").doubleValue() > 0, result.out());
        assertTrue(report.get("gridMillis").doubleValue() > 0, result.out());
        assertFalse(report.get("diverged").booleanValue());
    }

    @Test
    void timesTheEngineAloneOnARandomShape() throws Exception {
        CliRunner result = CliRunner.run("bench", "--shape", "5-3-2", "--runs", "1");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode report = ExperimentJson.parse(result.out());
        assertEquals("random-5-3-2", report.get("experiment").textValue());
        assertEquals(5 * 3 + 3 + 3 * 2 + 2, report.get("parameterCount").intValue());
        assertEquals(1024, report.get("trainingSamples").intValue());
        assertTrue(report.get("epochsPerCpuSecond").doubleValue() > 0, result.out());
        assertTrue(report.get("gridMillis").isNull());
        assertFalse(report.get("diverged").booleanValue());
    }

    @Test
    void refusesAShapeThatIsNotWidthsOrBothAShapeAndAFile() {
        for (String shape : List.of("784", "784-x-10", "784-256-1", "784--10", "0-10")) {
            CliRunner result = CliRunner.run("bench", "--shape", shape);
            assertEquals(2, result.exitCode(), shape);
            assertTrue(result.err().startsWith("--shape: layer widths"), result.err());
        }
        CliRunner both = CliRunner.run("bench", "--shape", "4-2", "x.json");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("one of EXPERIMENT.json, --shape or --insights"), both.err());
        assertEquals(2, CliRunner.run("bench").exitCode());
    }

    @Test
    void digitsShapesAreReluSoftmaxAdamBatch32() throws Exception {
        for (String name : List.of("digits-64-128-10", "digits-64-256-256-10")) {
            Experiment e = ExperimentFiles.read(BENCH.resolve(name + ".json"));
            List<Integer> widths = e.layers().stream().map(LayerSpec::units).toList();

            assertEquals(name, "digits-64-" + widths.stream().map(String::valueOf).reduce((a, b) -> a + "-" + b).orElseThrow());
            assertEquals(new DataSource.Builtin("digits", 0.2, 0.0), e.data());
            assertEquals(OptimizerType.ADAM, e.training().optimizer().type());
            assertEquals(32, e.training().batchSize());
        }
    }

    @Test
    void playgroundDefaultIsTwoFourTwoOne() throws Exception {
        Experiment e = ExperimentFiles.read(BENCH.resolve("playground-default.json"));

        assertEquals(List.of(Feature.X1, Feature.X2), e.features());
        assertEquals(List.of(4, 2, 1), e.layers().stream().map(LayerSpec::units).toList());
        assertEquals(new DataSource.Generator("circle", 500, 0.0, 2, 0.5, 0.0), e.data());
        assertEquals(0.03, e.training().optimizer().learningRate());
        assertEquals(10, e.training().batchSize());
    }

    @Test
    void playgroundLargestIsSevenFeaturesAndSixLayersOfEight() throws Exception {
        Experiment e = ExperimentFiles.read(BENCH.resolve("playground-largest.json"));

        assertEquals(List.of(Feature.values()), e.features());
        assertEquals(List.of(8, 8, 8, 8, 8, 8, 1), e.layers().stream().map(LayerSpec::units).toList());
        assertEquals(ExperimentFiles.read(BENCH.resolve("playground-default.json")).training(), e.training());
    }
}
