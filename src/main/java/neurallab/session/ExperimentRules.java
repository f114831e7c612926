package neurallab.session;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.ProblemType;
import neurallab.data.SourceValidator;
import neurallab.data.Splits;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;

/**
 * The rules an experiment must follow before it can be trained (docs/engine.md, "Valid pairings"),
 * each broken rule reported with the JSON path of the field at fault and what is allowed.
 */
public final class ExperimentRules {
    private ExperimentRules() {
    }

    /** Rules that need no data: the data source's settings, layers, output activation and loss pairings. */
    public static List<String> structural(Experiment e) {
        List<String> problems = new ArrayList<>(SourceValidator.problems(e.data(), e.problem()));
        List<LayerSpec> layers = e.layers();
        if (layers.isEmpty()) {
            problems.add("layers: at least the output layer is required");
            return problems;
        }
        int last = layers.size() - 1;
        for (int l = 0; l < last; l++) {
            if (layers.get(l).activation() == Activation.SOFTMAX) {
                problems.add("layers[" + l + "].activation: softmax is only for the output layer");
            }
        }
        LayerSpec out = layers.get(last);
        String at = "layers[" + last + "]";
        if (!out.activation().allowedOnOutput()) {
            problems.add(at + ".activation: the output layer takes sigmoid, softmax, linear or tanh, got "
                    + out.activation().id());
        }
        if (out.dropout() != 0.0) {
            problems.add(at + ".dropout: the output layer takes no dropout");
        }
        if (e.training().batchSize() == 1 && layers.stream().anyMatch(LayerSpec::batchNorm)) {
            problems.add("training.batchSize: batch norm needs mini-batches of at least 2 samples, got 1");
        }
        Loss loss = e.training().loss();
        String lossAt = "training.loss";
        switch (loss) {
            case BCE -> {
                if (out.units() != 1 || out.activation() != Activation.SIGMOID) {
                    problems.add(lossAt + ": bce needs a one-unit sigmoid output layer");
                }
            }
            case CROSS_ENTROPY -> {
                if (out.units() < 2 || out.activation() != Activation.SOFTMAX) {
                    problems.add(lossAt + ": cross-entropy needs a softmax output layer of at least 2 units");
                }
            }
            case HINGE -> {
                if (out.activation() != Activation.LINEAR && out.activation() != Activation.TANH) {
                    problems.add(lossAt + ": hinge needs a linear or tanh output layer");
                }
            }
            default -> {
                if (out.activation() == Activation.SOFTMAX) {
                    problems.add(lossAt + ": a softmax output goes only with cross-entropy, got " + loss.id());
                }
            }
        }
        if (e.problem() == ProblemType.REGRESSION) {
            if (loss == Loss.BCE || loss == Loss.CROSS_ENTROPY || loss == Loss.HINGE) {
                problems.add(lossAt + ": " + loss.id() + " is for classification; regression takes mse, mae or huber");
            }
            if (out.units() != 1) {
                problems.add(at + ".units: a regression network has one output unit, got " + out.units());
            }
        }
        return problems;
    }

    /** Rules that need the loaded data: class counts against output units, a validation split. */
    public static List<String> withData(Experiment e, Splits splits) {
        List<String> problems = new ArrayList<>();
        if (splits.train().isEmpty()) {
            problems.add("data: the training split is empty");
        }
        if (e.training().earlyStopping() != null && splits.validation().isEmpty()) {
            problems.add("training.earlyStopping: early stopping watches the validation loss, but there is no "
                    + "validation split (set data.validationFraction > 0 or give validation points)");
        }
        if (e.problem() == ProblemType.CLASSIFICATION && !e.layers().isEmpty()) {
            int classes = classCount(splits);
            int units = e.layers().get(e.layers().size() - 1).units();
            String at = "layers[" + (e.layers().size() - 1) + "].units";
            if (units == 1 && classes > 2) {
                problems.add(at + ": the data has " + classes + " classes; use " + classes
                        + " output units (softmax with cross-entropy)");
            } else if (units > 1 && units < classes) {
                problems.add(at + ": the data has " + classes + " classes but the output layer has " + units + " units");
            }
        }
        return problems;
    }

    /** The losses that fit the problem and class count. */
    public static List<Loss> losses(ProblemType problem, int classes) {
        if (problem == ProblemType.REGRESSION) {
            return List.of(Loss.MSE, Loss.MAE, Loss.HUBER);
        }
        return classes > 2 ? List.of(Loss.CROSS_ENTROPY, Loss.MSE, Loss.HINGE)
                : List.of(Loss.BCE, Loss.CROSS_ENTROPY, Loss.MSE, Loss.HINGE);
    }

    /** The output layer a problem, class count and loss call for. */
    public static LayerSpec outputLayer(ProblemType problem, int classes, Loss loss) {
        if (problem == ProblemType.REGRESSION) {
            return new LayerSpec(1, Activation.LINEAR);
        }
        int k = Math.max(2, classes);
        return switch (loss) {
            case CROSS_ENTROPY -> new LayerSpec(k, Activation.SOFTMAX);
            case HINGE -> k > 2 ? new LayerSpec(k, Activation.LINEAR) : new LayerSpec(1, Activation.TANH);
            default -> k > 2 ? new LayerSpec(k, Activation.SIGMOID) : new LayerSpec(1, Activation.SIGMOID);
        };
    }

    public static Loss defaultLoss(ProblemType problem, int classes) {
        return losses(problem, classes).get(0);
    }

    /** Number of classes: the named classes, or the largest class index + 1. */
    public static int classCount(Splits splits) {
        int count = splits.train().classNames().size();
        for (var d : List.of(splits.train(), splits.validation(), splits.test())) {
            for (double y : d.targets()) {
                count = Math.max(count, (int) y + 1);
            }
        }
        return count;
    }
}
