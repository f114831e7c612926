package neurallab.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.io.AtomicFiles;

/**
 * A confusion matrix as CSV: rows are the true class, columns the predicted class, each cell a count of
 * points. The first row and the first column name the classes ("true \ predicted" in the corner).
 */
public final class ConfusionMatrixCsv {
    private static final String CORNER = "true \\ predicted";

    private ConfusionMatrixCsv() {
    }

    /**
     * {@code matrix[true][predicted]}, square; {@code classNames} names the classes in order (a class
     * without a name, or an empty list, is named by its index).
     */
    public static String csv(int[][] matrix, List<String> classNames) {
        CsvLines lines = new CsvLines();
        List<String> header = new ArrayList<>(List.of(CORNER));
        for (int k = 0; k < matrix.length; k++) {
            if (matrix[k].length != matrix.length) {
                throw new IllegalArgumentException("a confusion matrix is square: row " + k + " has "
                        + matrix[k].length + " cells, not " + matrix.length);
            }
            header.add(name(classNames, k));
        }
        lines.row(header);
        for (int t = 0; t < matrix.length; t++) {
            List<String> row = new ArrayList<>(List.of(name(classNames, t)));
            for (int count : matrix[t]) {
                row.add(Integer.toString(count));
            }
            lines.row(row);
        }
        return lines.toString();
    }

    /** Writes {@link #csv} to {@code file}, replacing it atomically. */
    public static void write(Path file, int[][] matrix, List<String> classNames) throws IOException {
        AtomicFiles.write(file, csv(matrix, classNames).getBytes(StandardCharsets.UTF_8));
    }

    private static String name(List<String> names, int k) {
        return k < names.size() ? names.get(k) : Integer.toString(k);
    }
}
