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
}
