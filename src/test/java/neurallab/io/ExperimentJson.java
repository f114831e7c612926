package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Experiment files for tests: the spec's example as a tree to modify, written to a directory. */
public final class ExperimentJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String SPEC_EXAMPLE = """
            {
              "format": "neurallab-experiment",
              "version": 1,
              "seed": 7,
              "problem": "classification",
              "data": { "source": "generator", "generator": "spiral", "samples": 500, "noise": 0.1,
                        "classes": 2, "testFraction": 0.5, "validationFraction": 0.0 },
              "features": ["x1", "x2"],
              "layers": [
                { "units": 8, "activation": "tanh", "dropout": 0.0, "batchNorm": false },
                { "units": 1, "activation": "sigmoid" }
              ],
              "initializer": { "type": "xavier-uniform" },
              "weights": null,
              "training": {
                "loss": "bce",
                "optimizer": { "type": "adam", "learningRate": 0.01 },
                "batchSize": 10, "epochs": 200, "shuffle": true,
                "regularization": { "l1": 0.0, "l2": 0.0 },
                "schedule": { "type": "constant" },
                "earlyStopping": null
              }
            }
            """;

    private ExperimentJson() {
    }

    /** The example of docs/file-format.md: a 2-8-1 classifier on generated spiral data. */
    public static ObjectNode specExample() {
        return (ObjectNode) parse(SPEC_EXAMPLE);
    }

    /**
     * A small experiment on inline data (points inside and outside a circle) that trains without any data
     * generator: 2 features, one tanh hidden layer, a sigmoid output with bce, plain SGD.
     */
    public static ObjectNode inlineCircle(int hiddenUnits, double learningRate, int epochs) {
        ObjectNode e = specExample();
        ObjectNode data = MAPPER.createObjectNode();
        data.put("source", "inline");
        data.set("train", circlePoints(40, 1));
        data.set("test", circlePoints(20, 2));
        e.set("data", data);
        ((ObjectNode) e.get("layers").get(0)).put("units", hiddenUnits);
        ObjectNode optimizer = (ObjectNode) e.at("/training/optimizer");
        optimizer.put("type", "sgd");
        optimizer.put("learningRate", learningRate);
        ((ObjectNode) e.get("training")).put("epochs", epochs);
        return e;
    }

    /** Points on a deterministic spiral of radii 0…5: class 1 inside radius 2.5. */
    private static ArrayNode circlePoints(int count, int offset) {
        ArrayNode points = MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            double angle = 2.399963 * (i + offset * 1000);
            double radius = 5.0 * ((i * 7 + offset) % count + 0.5) / count;
            points.addArray().add(radius * Math.cos(angle)).add(radius * Math.sin(angle)).add(radius < 2.5 ? 1 : 0);
        }
        return points;
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Path write(Path dir, String name, JsonNode tree) {
        try {
            return Files.writeString(dir.resolve(name), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems reported for {@code tree} saved as x.json in {@code dir}, without the file name that
     * starts each of them; fails if it opens.
     */
    static List<String> problems(Path dir, JsonNode tree) {
        Path file = write(dir, "x.json", tree);
        try {
            ExperimentFiles.read(file);
        } catch (ExperimentFileException e) {
            String prefix = file + ": ";
            e.problems().forEach(p -> assertTrue(p.startsWith(prefix), p));
            return e.problems().stream().map(p -> p.substring(prefix.length())).toList();
        }
        return fail("expected problems, but the experiment opened");
    }
}
