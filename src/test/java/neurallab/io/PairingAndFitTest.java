package neurallab.io;

import static neurallab.io.ExperimentJson.problems;
import static neurallab.io.ExperimentJson.specExample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules between fields, checked when a file opens: valid pairings, labels, features per data source. */
class PairingAndFitTest {
    @TempDir
    Path dir;

    /** The spec example with this output layer and loss. */
    private static ObjectNode withOutput(int units, String activation, String loss) {
        ObjectNode json = specExample();
        ((ObjectNode) json.at("/layers/1")).put("units", units).put("activation", activation);
        ((ObjectNode) json.get("training")).put("loss", loss);
        return json;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|sigmoid|bce",
        "3|softmax|cross-entropy",
        "2|softmax|cross-entropy",
        "1|tanh|hinge",
        "3|linear|hinge",
        "1|tanh|mse",
        "1|sigmoid|huber",
    })
    void validPairings(int units, String activation, String loss) throws Exception {
        ExperimentFiles.read(ExperimentJson.write(dir, "ok.json", withOutput(units, activation, loss)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|sigmoid|bce|training.loss: bce needs a one-unit sigmoid output layer",
        "1|tanh|bce|training.loss: bce needs a one-unit sigmoid output layer",
        "1|softmax|cross-entropy|training.loss: cross-entropy needs a softmax output layer of at least 2 units",
        "3|linear|cross-entropy|training.loss: cross-entropy needs a softmax output layer of at least 2 units",
        "1|sigmoid|hinge|training.loss: hinge needs a linear or tanh output layer",
        "3|softmax|mse|training.loss: a softmax output goes only with cross-entropy, got mse",
        "1|relu|mse|layers[1].activation: the output layer takes sigmoid, softmax, linear or tanh, got relu",
    })
    void invalidPairings(int units, String activation, String loss, String problem) {
        assertEquals(List.of(problem), problems(dir, withOutput(units, activation, loss)));
    }

    @Test
    void regressionNeedsARegressionLoss() {
        ObjectNode json = withOutput(1, "linear", "bce");
        json.put("problem", "regression");
        ((ObjectNode) json.get("data")).put("generator", "plane").remove("classes");

        assertEquals(List.of("training.loss: bce needs a one-unit sigmoid output layer",
                "training.loss: bce is for classification; regression takes mse, mae or huber"),
                problems(dir, json));
    }

    @Test
    void softmaxOnlyOnTheOutputLayer() {
        ObjectNode json = withOutput(3, "softmax", "cross-entropy");
        ((ObjectNode) json.at("/layers/0")).put("activation", "softmax");

        assertEquals(List.of("layers[0].activation: softmax is only for the output layer"), problems(dir, json));
    }

    @Test
    void pairingsAreCheckedOnceTheFieldsAreValid() {
        ObjectNode json = withOutput(3, "softmax", "bce");
        ((ObjectNode) json.get("training")).put("batchSize", -1);

        assertEquals(List.of("training.batchSize: must be an integer from 1 to 2147483647, got -1"), problems(dir, json));
    }

    @Test
    void inlineClassLabelsMustFitTheOutputLayer() {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 10);
        ArrayNode train = (ArrayNode) json.at("/data/train");
        train.set(3, ExperimentJson.parse("[0.5, 0.5, 2]"));
        train.set(5, ExperimentJson.parse("[0.5, 0.5, 0.5]"));

        assertEquals(List.of("data.train[3][2]: must be a class index from 0 to 1 (the output layer tells 2 classes"
                + " apart), got 2.0 (and 1 more points in data.train)"), problems(dir, json));
    }

    @Test
    void inlinePointsNeedThreeNumbers() {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 10);
        ((ArrayNode) json.at("/data/test")).set(1, ExperimentJson.parse("[0.5, 0.5]"));

        assertEquals(List.of("data.test[1]: must be a point [x1, x2, y], got 2 values"), problems(dir, json));
    }

    @Test
    void featuresAreRequiredFor2dDataAndNotAllowedOtherwise() {
        ObjectNode generated = specExample();
        generated.remove("features");
        ObjectNode csv = specExample();
        csv.set("data", ExperimentJson.parse("{\"source\": \"csv\", \"path\": \"d.csv\", \"testFraction\": 0.2}"));

        assertEquals(List.of("features: missing; must be an array"), problems(dir, generated));
        assertEquals(List.of("features: features are only for 2-D data (generator or inline); other data uses every"
                + " column as an input: remove this field"), problems(dir, csv));
    }

    @Test
    void featureListedTwice() {
        ObjectNode json = specExample();
        json.withArray("/features").add("x1");

        assertEquals(List.of("features[2]: feature x1 is listed twice"), problems(dir, json));
    }
}
