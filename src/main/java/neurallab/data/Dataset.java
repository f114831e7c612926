package neurallab.data;

import java.util.List;

/**
 * A table of samples: {@code inputs[i]} is one row of input values, {@code targets[i]} its class index
 * (0…K−1, stored as a double) or its regression target. {@code inputNames} names the columns;
 * {@code classNames} names the classes (empty for regression). Arrays are not copied: treat as read-only.
 */
public record Dataset(double[][] inputs, double[] targets, List<String> inputNames, List<String> classNames) {

    public int size() {
        return targets.length;
    }

    public int inputCount() {
        return inputNames.size();
    }

    public boolean isEmpty() {
        return targets.length == 0;
    }

    /** K for classification, 0 for regression. */
    public int classCount() {
        return classNames.size();
    }

    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    /** The rows at these indices, in this order (row arrays shared, not copied). */
    public Dataset select(int[] rows) {
        double[][] selectedInputs = new double[rows.length][];
        double[] selectedTargets = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selectedInputs[i] = inputs[rows[i]];
            selectedTargets[i] = targets[rows[i]];
        }
        return new Dataset(selectedInputs, selectedTargets, inputNames, classNames);
    }

    /** No rows, these columns and classes. */
    public Dataset emptyLike() {
        return select(new int[0]);
    }
}
