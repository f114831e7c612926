package neurallab.engine;

/**
 * The unit-major layout the network reads (column c of row r at c · rows + r): converting a table of
 * rows into it, and gathering a mini-batch from it in a given order.
 */
public final class Batches {
    private Batches() {
    }

    /** rows[r][c] → x[c · rows + r]. */
    public static double[] unitMajor(double[][] rows, int columns) {
        int n = rows.length;
        double[] x = new double[n * columns];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < columns; c++) {
                x[c * n + r] = rows[r][c];
            }
        }
        return x;
    }

    /**
     * Copies rows order[from] … order[from + size − 1] of a unit-major table of sourceRows rows into a
     * unit-major batch of size rows, with their targets.
     */
    public static void gather(double[] x, double[] y, int sourceRows, int columns, int[] order, int from, int size,
                              double[] batchX, double[] batchY) {
        for (int r = 0; r < size; r++) {
            batchY[r] = y[order[from + r]];
        }
        for (int c = 0; c < columns; c++) {
            int to = c * size;
            int column = c * sourceRows;
            for (int r = 0; r < size; r++) {
                batchX[to + r] = x[column + order[from + r]];
            }
        }
    }
}
