package neurallab.io;

import static neurallab.io.ExperimentJson.problems;
import static neurallab.io.ExperimentJson.specExample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurallab.session.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved weights: one entry per layer, kernel [fanIn][units], batch-norm arrays exactly with batch norm. */
class WeightsTest {
    @TempDir
    Path dir;

    /** The spec example (2 features → 8 tanh → 1 sigmoid) with weights of the right shapes. */
    private static ObjectNode withWeights() {
        ObjectNode json = specExample();
        ArrayNode weights = json.putArray("weights");
        weights.add(layer(2, 8));
        weights.add(layer(8, 1));
        return json;
    }

    private static ObjectNode layer(int fanIn, int units) {
        ObjectNode layer = ExperimentJson.MAPPER.createObjectNode();
        ArrayNode kernel = layer.putArray("kernel");
        for (int i = 0; i < fanIn; i++) {
            ArrayNode row = kernel.addArray();
            for (int j = 0; j < units; j++) {
                row.add(0.01 * (i * units + j));
            }
        }
        ArrayNode bias = layer.putArray("bias");
        for (int j = 0; j < units; j++) {
            bias.add(0.25 * j);
        }
        return layer;
    }

    @Test
    void weightsOfTheRightShapeAreRead() throws Exception {
        Experiment e = ExperimentFiles.read(ExperimentJson.write(dir, "w.json", withWeights()));

        assertEquals(2, e.weights().size());
        assertArrayEquals(new double[] {0.08, 0.09, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15}, e.weights().get(0).kernel()[1]);
        assertArrayEquals(new double[] {0.0}, e.weights().get(1).bias());
    }

    @Test
    void kernelShapeMustMatchTheLayers() {
        ObjectNode json = withWeights();
        json.withArray("/weights").set(1, layer(7, 1));
        ((ArrayNode) json.at("/weights/0/kernel/1")).add(1.0);

        assertEquals(List.of(
                "weights[0].kernel[1]: must have 8 values (one per unit of layers[0]), got 9",
                "weights[1].kernel: must have 8 rows (one per unit of layers[0]), got 7"), problems(dir, json));
    }

    @Test
    void firstKernelHasOneRowPerFeature() {
        ObjectNode json = withWeights();
        json.withArray("/features").add("x1^2");

        assertEquals(List.of("weights[0].kernel: must have 3 rows (one per input), got 2"), problems(dir, json));
    }

    @Test
    void oneEntryPerLayer() {
        ObjectNode json = withWeights();
        json.withArray("/weights").remove(1);

        assertEquals(List.of("weights: must have one entry per layer (2), got 1"), problems(dir, json));
    }

    @Test
    void biasLength() {
        ObjectNode json = withWeights();
        ((ArrayNode) json.at("/weights/1/bias")).add(0.0);

        assertEquals(List.of("weights[1].bias: must have 1 values (one per unit of layers[1]), got 2"),
                problems(dir, json));
    }

    @Test
    void numbersTooLargeForADoubleAreNotFinite() throws IOException {
        ObjectNode json = withWeights();
        ((ArrayNode) json.at("/weights/0/kernel/0")).set(2, 12345.5);
        Path file = Files.writeString(dir.resolve("big.json"), json.toString().replace("12345.5", "1e400"));

        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.read(file));

        assertEquals(List.of(file + ": weights[0].kernel[0][2]: must be a finite number, got Infinity"), e.problems());
    }

    @Test
    void batchNormArraysExactlyWithBatchNorm() {
        ObjectNode json = withWeights();
        ((ObjectNode) json.at("/layers/0")).put("batchNorm", true);
        ((ObjectNode) json.at("/weights/1")).putArray("gamma").add(1.0);

        assertEquals(List.of(
                "weights[0].gamma: missing; layers[0] has batch norm, so its weights need gamma, beta, runningMean,"
                        + " runningVar",
                "weights[0].beta: missing; layers[0] has batch norm, so its weights need gamma, beta, runningMean,"
                        + " runningVar",
                "weights[0].runningMean: missing; layers[0] has batch norm, so its weights need gamma, beta,"
                        + " runningMean, runningVar",
                "weights[0].runningVar: missing; layers[0] has batch norm, so its weights need gamma, beta,"
                        + " runningMean, runningVar",
                "weights[1].gamma: layers[1] has no batch norm, so its weights have no gamma"), problems(dir, json));
    }

    @Test
    void runningVarianceIsNotNegative() {
        ObjectNode json = withWeights();
        ((ObjectNode) json.at("/layers/1")).put("batchNorm", true);
        ObjectNode out = (ObjectNode) json.at("/weights/1");
        out.putArray("gamma").add(1.0);
        out.putArray("beta").add(0.0);
        out.putArray("runningMean").add(0.0);
        out.putArray("runningVar").add(-1.0);

        assertEquals(List.of("weights[1].runningVar[0]: must be a finite number ≥ 0, got -1.0"), problems(dir, json));
    }

    @Test
    void csvWeightsAreReadWithoutKnowingTheInputCount() throws Exception {
        ObjectNode json = withWeights();
        json.remove("features");
        json.set("data", ExperimentJson.parse("{\"source\": \"csv\", \"path\": \"d.csv\", \"testFraction\": 0.2}"));
        ((ArrayNode) json.at("/weights/0/kernel")).add(json.at("/weights/0/kernel/0"));

        assertEquals(3, ExperimentFiles.read(ExperimentJson.write(dir, "csv.json", json)).weights().get(0).kernel().length);
    }
}
