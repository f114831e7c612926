package neurallab.io;

import java.util.List;
import java.util.Set;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.session.TrainingSpec;

/**
 * Rules that tie fields together: where activations may go and which loss goes with which output
 * (engine-semantics.md, "Valid pairings"), class labels of inline data, early stopping needing a
 * validation split, and the shapes of saved weights. Each rule runs when the fields it needs are valid
 * (null means invalid and already reported).
 */
final class ExperimentRules {
    private static final Set<Loss> CLASSIFICATION_LOSSES = Set.of(Loss.BCE, Loss.CROSS_ENTROPY, Loss.HINGE);

    private ExperimentRules() {
    }

    static void check(ProblemType problem, DataSource data, List<Feature> features, List<LayerSpec> layers,
                      List<LayerParameters> weights, TrainingSpec training, List<String> problems) {
        if (layers != null) {
            activations(layers, problems);
            if (problem != null && training != null) {
                pairing(problem, layers, training.loss(), problems);
            }
            if (problem == ProblemType.CLASSIFICATION && data instanceof DataSource.Inline inline) {
                labels(inline, classCount(layers), problems);
            }
            if (weights != null) {
                boolean inputsKnown = features != null && !features.isEmpty();
                problems.addAll(WeightShapes.problems(layers, weights, inputsKnown ? features.size() : null));
            }
        }
        if (data != null && training != null && training.earlyStopping() != null) {
            String missingValidation = missingValidation(data);
            if (missingValidation != null) {
                problems.add("training.earlyStopping: early stopping watches the validation loss, but there is no"
                        + " validation split (" + missingValidation + "); set it to null or add validation data");
            }
        }
    }

    /** The classes an output layer can tell apart: 2 for one unit, else one per unit. */
    private static int classCount(List<LayerSpec> layers) {
        int units = layers.get(layers.size() - 1).units();
        return units == 1 ? 2 : units;
    }

    private static void activations(List<LayerSpec> layers, List<String> problems) {
        int last = layers.size() - 1;
        for (int l = 0; l < last; l++) {
            if (layers.get(l).activation() == Activation.SOFTMAX) {
                problems.add("layers[" + l + "].activation: softmax is only allowed on the output layer (layers["
                        + last + "])");
            }
        }
        Activation output = layers.get(last).activation();
        if (!output.allowedOnOutput()) {
            problems.add("layers[" + last + "].activation: the output layer's activation must be one of sigmoid,"
                    + " softmax, linear, tanh, got " + output.id());
        }
    }

    private static void pairing(ProblemType problem, List<LayerSpec> layers, Loss loss, List<String> problems) {
        if (problem == ProblemType.REGRESSION && CLASSIFICATION_LOSSES.contains(loss)) {
            problems.add("training.loss: " + loss.id() + " is a classification loss; regression needs mse, mae or"
                    + " huber");
            return;
        }
        int last = layers.size() - 1;
        LayerSpec output = layers.get(last);
        Activation activation = output.activation();
        String has = ", but the output layer (layers[" + last + "]) is " + output.units() + " " + activation.id()
                + (output.units() == 1 ? " unit" : " units");
        switch (loss) {
            case BCE -> {
                if (output.units() != 1 || activation != Activation.SIGMOID) {
                    problems.add("training.loss: bce needs a one-unit sigmoid output layer" + has);
                }
            }
            case CROSS_ENTROPY -> {
                if (output.units() < 2 || activation != Activation.SOFTMAX) {
                    problems.add("training.loss: cross-entropy needs a softmax output layer of at least 2 units" + has);
                }
            }
            case HINGE -> {
                if (activation != Activation.LINEAR && activation != Activation.TANH) {
                    problems.add("training.loss: hinge needs a linear or tanh output layer" + has);
                }
            }
            default -> {
                if (activation == Activation.SOFTMAX) {
                    problems.add("layers[" + last + "].activation: softmax goes only with the cross-entropy loss, got "
                            + loss.id());
                }
            }
        }
    }

    /** Why there is no validation split, or null when there is one. */
    private static String missingValidation(DataSource data) {
        if (data instanceof DataSource.Inline inline) {
            return inline.validation().isEmpty() ? "data.validation is empty" : null;
        }
        double fraction = data instanceof DataSource.Generator g ? g.validationFraction()
                : data instanceof DataSource.Builtin b ? b.validationFraction()
                : ((DataSource.Csv) data).validationFraction();
        return fraction == 0.0 ? "data.validationFraction is 0" : null;
    }

    /**
     * Classification targets of inline points are class indices the output layer can express. Reports the
     * first wrong point of each split and how many more there are.
     */
    private static void labels(DataSource.Inline inline, int classes, List<String> problems) {
        String[] names = {"train", "validation", "test"};
        List<List<double[]>> splits = List.of(inline.train(), inline.validation(), inline.test());
        for (int s = 0; s < names.length; s++) {
            List<double[]> points = splits.get(s);
            int first = -1;
            int wrong = 0;
            for (int i = 0; i < points.size(); i++) {
                double y = points.get(i)[2];
                if (y < 0 || y >= classes || y != Math.rint(y)) {
                    first = wrong++ == 0 ? i : first;
                }
            }
            if (wrong > 0) {
                problems.add("data." + names[s] + "[" + first + "][2]: must be a class index from 0 to " + (classes - 1)
                        + " (the output layer tells " + classes + " classes apart), got " + points.get(first)[2]
                        + (wrong > 1 ? " (and " + (wrong - 1) + " more points in data." + names[s] + ")" : ""));
            }
        }
    }
}
