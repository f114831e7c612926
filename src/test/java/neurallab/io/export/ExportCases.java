package neurallab.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import neurallab.io.ExperimentJson;

/**
 * The experiments whose exported scripts are run with PyTorch and compared with NeuralLab's own trace:
 * every optimizer, schedule, loss, activation and initializer, L1 and L2, batch norm, early stopping,
 * divergence. Shuffling off, no dropout, generated data (so the script must embed NeuralLab's data) and
 * no weights in the file (so it must embed the initializer's weights for the seed). Small data and a
 * few epochs: the whole set trains in seconds.
 */
final class ExportCases {
    record Case(String name, JsonNode experiment) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String GOLDEN = ".experiment.json";

    private ExportCases() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        // ---- every optimizer (2 -> 6 tanh -> 1 sigmoid, bce, 30 training points in batches of 8)
        add(cases, "opt-sgd", e -> optimizer(e, "sgd", 0.5));
        add(cases, "opt-momentum", e -> optimizer(e, "momentum", 0.1));
        add(cases, "opt-nesterov", e -> optimizer(e, "nesterov", 0.1));
        add(cases, "opt-adagrad", e -> optimizer(e, "adagrad", 0.1));
        add(cases, "opt-adadelta", e -> optimizer(e, "adadelta", 1.0));
        add(cases, "opt-rmsprop", e -> optimizer(e, "rmsprop", 0.01));
        add(cases, "opt-rmsprop-momentum", e -> optimizer(e, "rmsprop", 0.01).put("momentum", 0.5));
        add(cases, "opt-adam", e -> optimizer(e, "adam", 0.05).put("beta1", 0.8));
        add(cases, "opt-adamw", e -> optimizer(e, "adamw", 0.05).put("weightDecay", 0.1));
        add(cases, "opt-adamax", e -> optimizer(e, "adamax", 0.05));
        add(cases, "opt-nadam", e -> optimizer(e, "nadam", 0.05));
        // ---- every schedule (row k reports lr(k − 1))
        add(cases, "sched-step", e -> schedule(e, "sgd", 0.8, 6).put("type", "step")
                .put("gamma", 0.5).put("stepSize", 2));
        add(cases, "sched-exponential", e -> schedule(e, "sgd", 0.8, 6).put("type", "exponential")
                .put("gamma", 0.7));
        add(cases, "sched-time", e -> schedule(e, "sgd", 0.8, 6).put("type", "time").put("decay", 0.5));
        add(cases, "sched-cosine", e -> schedule(e, "sgd", 0.8, 7).put("type", "cosine")
                .put("period", 4).put("minLearningRate", 0.05));
        add(cases, "sched-cosine-adam", e -> schedule(e, "adam", 0.05, 6).put("type", "cosine")
                .put("period", 6).put("minLearningRate", 0.0));
        // ---- every loss
        add(cases, "loss-bce", e -> optimizer(e, "sgd", 0.3));
        add(cases, "loss-mse-regression", e -> regression(e, "sine", "mse", "relu"));
        add(cases, "loss-mae-regression", e -> regression(e, "plane", "mae", "tanh"));
        add(cases, "loss-huber-regression", e -> regression(e, "multi-gaussian", "huber", "tanh"));
        add(cases, "loss-cross-entropy", e -> classes(e, 3, "cross-entropy", "softmax"));
        add(cases, "loss-hinge-tanh", e -> output(e, 1, "tanh", "hinge"));
        add(cases, "loss-hinge-linear", e -> output(e, 1, "linear", "hinge"));
        add(cases, "loss-hinge-multiclass", e -> classes(e, 3, "hinge", "linear"));
        add(cases, "loss-mse-onehot", e -> classes(e, 3, "mse", "sigmoid"));
        add(cases, "loss-mae-binary", e -> output(e, 1, "sigmoid", "mae"));
        add(cases, "loss-huber-binary", e -> output(e, 1, "linear", "huber"));
        // ---- every hidden activation (regression on sine: 2 -> 6 ACT -> 1 linear, mse, sgd)
        for (String act : List.of("linear", "sigmoid", "tanh", "relu", "leaky-relu", "elu", "softplus", "silu",
                "gelu")) {
            add(cases, "act-" + act, e -> regression(e, "sine", "mse", act));
        }
        // ---- every initializer (weights drawn by NeuralLab for the seed, embedded in the script)
        for (String init : List.of("zeros", "uniform", "normal", "xavier-uniform", "xavier-normal", "he-uniform",
                "he-normal", "lecun-normal")) {
            add(cases, "init-" + init, e -> {
                hidden(e, 0).put("activation", "relu");
                ObjectNode initializer = ((ObjectNode) e.get("initializer")).put("type", init);
                if (init.equals("uniform") || init.equals("normal")) {
                    initializer.put("scale", 0.4);
                }
            });
        }
        // ---- penalties (kernels only)
        add(cases, "reg-l1", e -> penalty(e, "sgd", 0.5, 0.01, 0.0));
        add(cases, "reg-l2", e -> penalty(e, "sgd", 0.5, 0.0, 0.02));
        add(cases, "reg-l1-l2-regression", e -> {
            regression(e, "sine", "mse", "tanh");
            penalty(e, "momentum", 0.05, 0.005, 0.02);
        });
        add(cases, "reg-l2-adamw", e -> penalty(e, "adamw", 0.05, 0.0, 0.01));
        // ---- batch norm
        add(cases, "bn-skip-single", e -> {  // 30 training points in batches of 29: the last (1 point) is skipped
            hidden(e, 0).put("batchNorm", true).put("activation", "relu");
            optimizer(e, "momentum", 0.05);
            training(e).put("batchSize", 29);
        });
        add(cases, "bn-two-layers", e -> {
            classes(e, 3, "cross-entropy", "softmax");
            hidden(e, 0).put("batchNorm", true);
            layers(e).insert(1, layer(5, "elu").put("batchNorm", true));
        });
        add(cases, "bn-adamw-l1", e -> {
            hidden(e, 0).put("batchNorm", true).put("activation", "silu");
            penalty(e, "adamw", 0.05, 0.01, 0.0);
        });
        add(cases, "bn-regression", e -> {
            regression(e, "sine", "huber", "gelu");
            hidden(e, 0).put("batchNorm", true);
        });
        // ---- early stopping on the validation loss
        add(cases, "early-stop-restore", e -> earlyStopping(e, 2, 0.0, true));
        add(cases, "early-stop-keep-last", e -> earlyStopping(e, 1, 0.01, false));
        add(cases, "validation-no-stopping", e -> data(e).put("validationFraction", 0.25));
        // ---- features, depth, batch sizes, divergence
        add(cases, "features-all", e -> {
            regression(e, "sine", "mse", "tanh");
            ArrayNode features = e.putArray("features");
            List.of("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)").forEach(features::add);
        });
        add(cases, "deep-3-hidden", e -> {
            classes(e, 3, "cross-entropy", "softmax");
            layers(e).insert(1, layer(5, "relu"));
            layers(e).insert(2, layer(4, "elu"));
            optimizer(e, "adam", 0.03);
        });
        add(cases, "batch-full", e -> {
            optimizer(e, "sgd", 1.0);
            training(e).put("batchSize", 100);
        });
        add(cases, "batch-one", e -> {
            optimizer(e, "sgd", 0.1);
            training(e).put("batchSize", 1).put("epochs", 2);
        });
        add(cases, "diverges", e -> {
            regression(e, "sine", "mse", "relu");
            optimizer(e, "sgd", 0.9);
            training(e).put("epochs", 8);
        });
        return cases;
    }

    /**
     * The golden experiments of src/test/resources/golden (inline data and explicit starting weights, so the
     * script must embed the file's weights), each as "golden-NAME".
     */
    static List<Case> goldens() {
        try (Stream<Path> files = Files.list(Path.of(ExportCases.class.getResource("/golden").toURI()))) {
            List<Case> cases = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(GOLDEN)).sorted().toList()) {
                String name = file.getFileName().toString().replace(GOLDEN, "");
                cases.add(new Case("golden-" + name, ExperimentJson.MAPPER.readTree(file.toFile())));
            }
            return cases;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the golden experiments", e);
        }
    }

    /** The base: 40 circle points (30 train, 10 test), 2 -> 6 tanh -> 1 sigmoid, bce, adam 0.05, 4 epochs. */
    static ObjectNode base() {
        ObjectNode e = ExperimentJson.specExample();
        e.put("seed", 11);
        data(e).put("generator", "circle").put("samples", 40).put("testFraction", 0.25);
        hidden(e, 0).put("units", 6);
        training(e).put("batchSize", 8).put("epochs", 4).put("shuffle", false);
        optimizer(e, "adam", 0.05);
        return e;
    }

    private static void add(List<Case> cases, String name, Consumer<ObjectNode> change) {
        ObjectNode e = base();
        change.accept(e);
        cases.add(new Case(name, e));
    }

    static ObjectNode data(ObjectNode e) {
        return (ObjectNode) e.get("data");
    }

    static ObjectNode training(ObjectNode e) {
        return (ObjectNode) e.get("training");
    }

    static ArrayNode layers(ObjectNode e) {
        return (ArrayNode) e.get("layers");
    }

    static ObjectNode hidden(ObjectNode e, int index) {
        return (ObjectNode) layers(e).get(index);
    }

    private static ObjectNode output(ObjectNode e) {
        return (ObjectNode) layers(e).get(layers(e).size() - 1);
    }

    private static ObjectNode layer(int units, String activation) {
        return ExperimentJson.MAPPER.createObjectNode().put("units", units).put("activation", activation)
                .put("dropout", 0.0).put("batchNorm", false);
    }

    /** Sets the optimizer (its other settings at their defaults) and returns it for more settings. */
    static ObjectNode optimizer(ObjectNode e, String type, double learningRate) {
        ObjectNode o = training(e).putObject("optimizer");
        return o.put("type", type).put("learningRate", learningRate);
    }

    /** The optimizer, the number of epochs, and the schedule object to fill in. */
    private static ObjectNode schedule(ObjectNode e, String optimizer, double learningRate, int epochs) {
        optimizer(e, optimizer, learningRate);
        training(e).put("epochs", epochs);
        return training(e).putObject("schedule");
    }

    private static void penalty(ObjectNode e, String optimizer, double learningRate, double l1, double l2) {
        optimizer(e, optimizer, learningRate);
        training(e).putObject("regularization").put("l1", l1).put("l2", l2);
    }

    private static void output(ObjectNode e, int units, String activation, String loss) {
        output(e).put("units", units).put("activation", activation);
        training(e).put("loss", loss);
    }

    /** Three blobs, K outputs. */
    private static void classes(ObjectNode e, int k, String loss, String activation) {
        data(e).put("generator", "blobs").put("classes", k).put("samples", 42);
        output(e, k, activation, loss);
    }

    private static ObjectNode regression(ObjectNode e, String generator, String loss, String activation) {
        e.put("problem", "regression");
        data(e).put("generator", generator).remove("classes");
        hidden(e, 0).put("activation", activation);
        output(e, 1, "linear", loss);
        return optimizer(e, "sgd", 0.02);
    }

    private static void earlyStopping(ObjectNode e, int patience, double minDelta, boolean restoreBest) {
        data(e).put("generator", "xor").put("samples", 48).put("noise", 0.5).put("validationFraction", 0.25);
        optimizer(e, "adam", 0.2);
        training(e).put("epochs", 30);
        training(e).putObject("earlyStopping").put("patience", patience).put("minDelta", minDelta)
                .put("restoreBest", restoreBest);
    }
}
