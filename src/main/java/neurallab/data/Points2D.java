package neurallab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects generated (x1, x2, y) points into a {@link Dataset} with inputs named x1 and x2. */
final class Points2D {
    static final List<String> INPUT_NAMES = List.of("x1", "x2");

    private final double[][] inputs;
    private final double[] targets;
    private int size;

    Points2D(int capacity) {
        inputs = new double[capacity][];
        targets = new double[capacity];
    }

    void add(double x1, double x2, double y) {
        inputs[size] = new double[] {x1, x2};
        targets[size] = y;
        size++;
    }

    /** The points so far; {@code classNames} empty for regression. */
    Dataset toDataset(List<String> classNames) {
        return new Dataset(Arrays.copyOf(inputs, size), Arrays.copyOf(targets, size), INPUT_NAMES, classNames);
    }

    /** Class names "0", "1", …, "K−1", for data whose classes have no other name. */
    static List<String> indexNames(int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            names.add(Integer.toString(k));
        }
        return List.copyOf(names);
    }
}
