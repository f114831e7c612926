package neurallab.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.io.ExperimentFiles;
import neurallab.io.ExperimentJson;
import neurallab.session.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trained weights as JSON: the experiment file's weights layout, with the layers and inputs named. */
class WeightsJsonTest {
    @TempDir
    Path dir;

    private static final List<LayerSpec> LAYERS = List.of(new LayerSpec(2, Activation.TANH, 0.0, true),
            new LayerSpec(1, Activation.SIGMOID));
    private static final List<LayerParameters> WEIGHTS = List.of(
            new LayerParameters(new double[][] {{0.1, -0.2}, {1.0 / 3, 4e-9}}, new double[] {0.0, 0.5},
                    new double[] {1.1, 0.9}, new double[] {0.01, -0.01}, new double[] {0.2, 0.3},
                    new double[] {1.5, 0.75}),
            new LayerParameters(new double[][] {{0.7}, {-0.7}}, new double[] {-0.125}));

    @Test
    void writesFormatInputsLayersAndEveryNumberExactly() throws Exception {
        Path file = dir.resolve("weights.json");

        WeightsJson.write(file, List.of("x1", "x2"), LAYERS, WEIGHTS);

        JsonNode json = ExperimentJson.MAPPER.readTree(file.toFile());
        assertEquals("neurallab-weights", json.get("format").textValue());
        assertEquals(1, json.get("version").intValue());
        assertEquals("[\"x1\",\"x2\"]", json.get("inputs").toString());
        assertEquals("{\"units\":2,\"activation\":\"tanh\",\"batchNorm\":true}", json.get("layers").get(0).toString());
        assertEquals(1.0 / 3, json.at("/weights/0/kernel/1/0").doubleValue());
        assertEquals(4e-9, json.at("/weights/0/kernel/1/1").doubleValue());
        assertEquals(0.75, json.at("/weights/0/runningVar/1").doubleValue());
        assertTrue(json.at("/weights/1/gamma").isMissingNode(), "no batch-norm arrays for a layer without it");
    }

    @Test
    void theWeightsArrayIsTheExperimentFilesLayout() throws Exception {
        JsonNode exported = ExperimentJson.MAPPER.readTree(WeightsJson.json(List.of("x1", "x2"), LAYERS, WEIGHTS));
        ObjectNode experiment = ExperimentJson.specExample();
        ((ObjectNode) experiment.get("layers").get(0)).put("units", 2).put("batchNorm", true);
        experiment.set("weights", exported.get("weights"));

        Experiment read = ExperimentFiles.read(ExperimentJson.write(dir, "e.json", experiment));

        for (int l = 0; l < WEIGHTS.size(); l++) {
            assertArrayEquals(WEIGHTS.get(l).kernel(), read.weights().get(l).kernel());
            assertArrayEquals(WEIGHTS.get(l).bias(), read.weights().get(l).bias());
        }
        assertArrayEquals(WEIGHTS.get(0).runningMean(), read.weights().get(0).runningMean());
    }

    @Test
    void aDivergedValueIsWrittenAsNullAndMismatchedLayersAreABug() throws Exception {
        List<LayerParameters> diverged = List.of(new LayerParameters(new double[][] {{Double.NaN}},
                new double[] {Double.POSITIVE_INFINITY}));
        String json = WeightsJson.json(List.of("x"), List.of(new LayerSpec(1, Activation.LINEAR)), diverged);
        assertEquals("null", ExperimentJson.MAPPER.readTree(json).at("/weights/0/kernel/0/0").toString());
        assertEquals("null", ExperimentJson.MAPPER.readTree(json).at("/weights/0/bias/0").toString());
        assertThrows(IllegalArgumentException.class, () -> WeightsJson.json(List.of("x1", "x2"), LAYERS, diverged));
        assertTrue(Files.notExists(dir.resolve("weights.json")));
    }
}
