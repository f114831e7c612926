package neurallab.session.live;

import java.util.Arrays;
import java.util.Objects;

/**
 * The figures over training, one row per evaluated epoch, append-only. Written by the trainer thread
 * only; readers see an immutable {@link View} of the first {@code size} rows. Growth copies into new
 * arrays, so a view taken earlier keeps its own arrays and never sees a row being written.
 */
public final class LossHistory {
    /** Columns of a row: train/validation/test loss, then train/validation/test accuracy. */
    public static final int TRAIN_LOSS = 0, VALIDATION_LOSS = 1, TEST_LOSS = 2, TRAIN_ACCURACY = 3,
            VALIDATION_ACCURACY = 4, TEST_ACCURACY = 5, COLUMNS = 6;

    private int[] epochs = new int[256];
    private double[][] columns = new double[COLUMNS][256];
    private int size;

    /** Appends a row; a figure that does not apply is NaN. An epoch not after the last one replaces it. */
    public void append(int epoch, double[] row) {
        if (size > 0 && epochs[size - 1] >= epoch) {
            // replace the last row: same epoch evaluated again (e.g. after a weight edit)
            size--;
        }
        if (size == epochs.length) {
            int capacity = epochs.length * 2;
            epochs = Arrays.copyOf(epochs, capacity);
            double[][] grown = new double[COLUMNS][];
            for (int c = 0; c < COLUMNS; c++) {
                grown[c] = Arrays.copyOf(columns[c], capacity);
            }
            columns = grown;
        }
        epochs[size] = epoch;
        for (int c = 0; c < COLUMNS; c++) {
            columns[c][size] = row[c];
        }
        size++;
    }

    public void clear() {
        epochs = new int[256];
        columns = new double[COLUMNS][256];
        size = 0;
    }

    public View view() {
        return new View(epochs, columns, size);
    }

    /** The first {@code size} rows; never changes once taken. */
    public static final class View {
        private final int[] epochs;
        private final double[][] columns;
        private final int size;

        View(int[] epochs, double[][] columns, int size) {
            this.epochs = epochs;
            this.columns = columns;
            this.size = size;
        }

        public static View empty() {
            return new View(new int[0], new double[COLUMNS][0], 0);
        }

        public int size() {
            return size;
        }

        public int epoch(int row) {
            return epochs[Objects.checkIndex(row, size)];
        }

        public double value(int column, int row) {
            return columns[column][Objects.checkIndex(row, size)];
        }

        /** Whether any row has a finite value in this column. */
        public boolean has(int column) {
            for (int i = 0; i < size; i++) {
                if (Double.isFinite(columns[column][i])) {
                    return true;
                }
            }
            return false;
        }
    }
}
