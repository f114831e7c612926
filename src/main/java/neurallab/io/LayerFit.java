package neurallab.io;

import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;

/**
 * Whether the data and weights written in a file fit its layers: inline class labels the output layer
 * can express, and saved weights of the layers' shapes. The pairing rules of docs/engine.md live in
 * {@link neurallab.session.ExperimentRules}. Each check runs when the fields it needs are valid (null means
 * invalid and already reported).
 */
final class LayerFit {
    private LayerFit() {
    }

    static void check(ProblemType problem, DataSource data, List<Feature> features, List<LayerSpec> layers,
                      List<LayerParameters> weights, List<String> problems) {
        if (layers == null) {
            return;
        }
        if (problem == ProblemType.CLASSIFICATION && data instanceof DataSource.Inline inline) {
            labels(inline, classCount(layers), problems);
        }
        if (weights != null) {
            boolean inputsKnown = features != null && !features.isEmpty();
            problems.addAll(WeightShapes.problems(layers, weights, inputsKnown ? features.size() : null));
        }
    }

    /** The classes an output layer can tell apart: 2 for one unit, else one per unit. */
    private static int classCount(List<LayerSpec> layers) {
        int units = layers.get(layers.size() - 1).units();
        return units == 1 ? 2 : units;
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
