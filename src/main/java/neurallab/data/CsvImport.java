package neurallab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns a CSV file into a dataset, or into a list of every problem (file, line, column, reason; the
 * first 20 and a count of the rest); never a partial import.
 * <ul>
 * <li>The first row is a header when one of its cells is text where the next row has a number.</li>
 * <li>The label is the column named {@code labelColumn} (needs a header), else the last column. A
 * column headed {@code split} (train / validation / test) is not an input: it restores the split.</li>
 * <li>Every other column is a numeric input: at most {@value #MAX_INPUTS}.</li>
 * <li>Classification labels: all integers → classes in increasing order (so −1/+1 become 0/1 and 0…9
 * stay 0…9); otherwise text → classes in order of first appearance. The label texts are the class
 * names. At least 2 classes, at most {@value #MAX_CLASSES}. Regression targets are numbers.</li>
 * </ul>
 */
public final class CsvImport {
    public static final int MAX_INPUTS = 64;
    public static final int MAX_CLASSES = 100;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private CsvImport() {
    }

    /**
     * @param name        the file as the user wrote it (relative path), named in every message
     * @param labelColumn the label column's header, or null for the last column
     */
    public static CsvData read(Path file, String name, String labelColumn, ProblemType problem)
            throws DataException {
        try (CsvText text = CsvText.open(file, name)) {
            CsvRow first = text.next();
            if (first == null) {
                throw new DataException(name + ": the file is empty");
            }
            CsvRow second = text.next();
            boolean hasHeader = isHeader(first, second);
            if (hasHeader && second == null) {
                throw new DataException(name + ": line " + first.line() + ": a header and no data rows");
            }
            Reader reader = new Reader(name, Columns.of(first, hasHeader, labelColumn, name), problem);
            for (CsvRow row = hasHeader ? second : first; row != null; row = row == first ? second : text.next()) {
                reader.add(row);
            }
            return reader.result();
        }
    }

    /** A cell in quotes for a message, its middle left out when long. */
    static String quoted(String cell) {
        int shown = 40;
        return "\"" + (cell.length() <= shown ? cell
                : cell.substring(0, shown / 2) + "…" + cell.substring(cell.length() - shown / 2)) + "\"";
    }

    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches();
    }

    /** An integer label such as 3, -1 or +1 (written forms of one value are one class). */
    private static boolean isInteger(String cell) {
        return INTEGER.matcher(cell).matches();
    }

    /** A header when some cell of the first row is text and the same cell of the second row a number. */
    private static boolean isHeader(CsvRow firstRow, CsvRow secondRow) {
        List<String> first = firstRow.cells();
        if (secondRow == null) {
            return first.stream().noneMatch(CsvImport::isNumber);
        }
        List<String> second = secondRow.cells();
        for (int j = 0; j < Math.min(first.size(), second.size()); j++) {
            if (!first.get(j).isEmpty() && !isNumber(first.get(j)) && isNumber(second.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Which column is the label, which the split, which the inputs, and what each is called. */
    private record Columns(List<String> names, int label, int split, int[] inputs, int headerLine) {

        static Columns of(CsvRow first, boolean hasHeader, String labelColumn, String file) throws DataException {
            int width = first.cells().size();
            List<String> names = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                names.add(hasHeader ? first.cells().get(j) : "x" + (j + 1));
            }
            int split = hasHeader ? indexOfIgnoringCase(names, CsvData.SPLIT_COLUMN) : -1;
            int label = split == width - 1 ? width - 2 : width - 1;
            if (labelColumn != null) {
                if (!hasHeader) {
                    throw new DataException("data.labelColumn: " + file + " has no header row, so its columns have "
                            + "no names; leave labelColumn out to use the last column");
                }
                label = names.indexOf(labelColumn);
                if (label < 0) {
                    throw new DataException("data.labelColumn: " + file + " has no column \"" + labelColumn
                            + "\"; its columns: " + String.join(", ", names));
                }
            }
            int finalLabel = label;
            int[] inputs = IntStream.range(0, width).filter(j -> j != finalLabel && j != split)
                    .toArray();
            if (inputs.length == 0) {
                throw new DataException(file + ": line " + first.line() + ": no input column besides the label");
            }
            if (inputs.length > MAX_INPUTS) {
                throw new DataException(file + ": line " + first.line() + ": " + inputs.length
                        + " input columns; at most " + MAX_INPUTS);
            }
            return new Columns(List.copyOf(names), label, split, inputs, first.line());
        }

        private static int indexOfIgnoringCase(List<String> names, String wanted) {
            for (int j = 0; j < names.size(); j++) {
                if (names.get(j).toLowerCase(Locale.ROOT).equals(wanted)) {
                    return j;
                }
            }
            return -1;
        }

        String describe(int j) {
            return "column " + (j + 1) + " (" + names.get(j) + ")";
        }
    }

    /** Reads the data rows against the columns, collecting every problem. */
    private static final class Reader {
        private final String file;
        private final Columns columns;
        private final ProblemType problem;
        private final Problems problems = new Problems();
        private final List<double[]> inputs = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<String> split = new ArrayList<>();
        private int skipped;
        private int firstLine;
        private int lastLine;

        Reader(String file, Columns columns, ProblemType problem) {
            this.file = file;
            this.columns = columns;
            this.problem = problem;
        }

        /** Reads one data row against the columns; a problem is collected, except too many rows. */
        void add(CsvRow row) throws DataException {
            if (inputs.size() + skipped == CsvText.MAX_ROWS) {
                throw new DataException(file + ": line " + row.line() + ": more than " + String.format("%,d",
                        CsvText.MAX_ROWS) + " rows; NeuralLab trains in memory on at most "
                        + String.format("%,d", CsvText.MAX_ROWS));
            }
            firstLine = inputs.isEmpty() && skipped == 0 ? row.line() : firstLine;
            lastLine = row.line();
            if (row.cells().size() != columns.names().size()) {
                problems.add(file + ": line " + row.line() + ": " + row.cells().size() + " values, expected "
                        + columns.names().size() + " as in line " + columns.headerLine());
                skipped++;
                return;
            }
            double[] values = new double[columns.inputs().length];
            for (int k = 0; k < columns.inputs().length; k++) {
                values[k] = number(row, columns.inputs()[k]);
            }
            inputs.add(values);
            labels.add(label(row));
            if (columns.split() >= 0) {
                split.add(splitName(row));
            }
        }

        CsvData result() throws DataException {
            problems.throwIfAny();
            double[] targets = problem == ProblemType.REGRESSION
                    ? labels.stream().mapToDouble(Double::parseDouble).toArray() : null;
            List<String> classNames = List.of();
            if (targets == null) {
                List<String> classLabels = labels.stream().allMatch(CsvImport::isInteger)
                        ? labels.stream().map(label -> Integer.valueOf(label).toString()).toList() : labels;
                Map<String, Integer> classes = classIndices(classLabels);
                problems.throwIfAny();
                classNames = List.copyOf(classes.keySet());
                targets = classLabels.stream().mapToDouble(classes::get).toArray();
            }
            List<String> inputNames = Arrays.stream(columns.inputs()).mapToObj(columns.names()::get)
                    .toList();
            return new CsvData(new Dataset(inputs.toArray(double[][]::new), targets, inputNames, classNames),
                    List.copyOf(split));
        }

        private double number(CsvRow row, int j) {
            String cell = row.cells().get(j);
            if (cell.isEmpty()) {
                problems.add(file + ": line " + row.line() + ", " + columns.describe(j) + ": missing value");
            } else if (!isNumber(cell)) {
                problems.add(file + ": line " + row.line() + ", " + columns.describe(j) + ": " + quoted(cell)
                        + " is not a number");
            } else if (!Double.isFinite(Double.parseDouble(cell))) {
                problems.add(file + ": line " + row.line() + ", " + columns.describe(j) + ": " + cell
                        + " is beyond ±" + Double.MAX_VALUE + ", the largest number NeuralLab can hold");
            } else {
                return Double.parseDouble(cell);
            }
            return Double.NaN;
        }

        private String label(CsvRow row) {
            String cell = row.cells().get(columns.label());
            if (problem == ProblemType.REGRESSION) {
                number(row, columns.label());
            } else if (cell.isEmpty()) {
                problems.add(file + ": line " + row.line() + ", " + columns.describe(columns.label())
                        + ": missing label");
            }
            return cell;
        }

        private String splitName(CsvRow row) {
            String cell = row.cells().get(columns.split()).toLowerCase(Locale.ROOT);
            if (!CsvData.SPLIT_NAMES.contains(cell)) {
                problems.add(file + ": line " + row.line() + ", " + columns.describe(columns.split()) + ": "
                        + quoted(cell) + " is not train, validation or test");
            }
            return cell;
        }

        /** Integer labels in increasing order, otherwise text labels in order of first appearance. */
        private Map<String, Integer> classIndices(List<String> labels) {
            Map<String, Integer> indices = new LinkedHashMap<>();
            if (labels.stream().allMatch(CsvImport::isInteger)) {
                labels.stream().map(Integer::valueOf).distinct().sorted()
                        .forEach(value -> indices.put(value.toString(), indices.size()));
            } else {
                labels.forEach(label -> indices.putIfAbsent(label, indices.size()));
            }
            String where = file + ": " + columns.describe(columns.label()) + ", lines " + firstLine + "–" + lastLine;
            int distinct = indices.size();
            if (distinct < 2) {
                problems.add(where + ": every row has the class " + quoted(labels.get(0))
                        + "; classification needs at least 2 classes");
            } else if (distinct > MAX_CLASSES) {
                problems.add(where + ": " + distinct + " different labels; at most " + MAX_CLASSES
                        + " classes (is this the label column? regression needs \"problem\": \"regression\")");
            }
            return indices;
        }
    }
}
