package neurallab.data;

import java.util.Arrays;
import java.util.List;

/** Points written in the experiment file ({@code data.source: inline}), each [x1, x2, y], used in file order. */
final class InlinePoints {
    private static final List<String> SPLIT_FIELDS = List.of("train", "validation", "test");

    private InlinePoints() {
    }

    static void problems(DataSource.Inline source, ProblemType problem, List<String> problems) {
        List<List<double[]>> parts = parts(source);
        int maxClass = -1;
        for (int s = 0; s < parts.size(); s++) {
            List<double[]> rows = parts.get(s);
            String field = "data." + SPLIT_FIELDS.get(s);
            if (rows == null || rows.isEmpty()) {
                if (s != 1) {
                    problems.add(field + ": no points; each point is [x1, x2, y]");
                }
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                double[] row = rows.get(i);
                String place = field + "[" + i + "]";
                if (row == null || row.length != 3) {
                    problems.add(place + ": " + (row == null ? 0 : row.length) + " values; each point is [x1, x2, y]");
                } else if (!Double.isFinite(row[0]) || !Double.isFinite(row[1]) || !Double.isFinite(row[2])) {
                    problems.add(place + ": values must be finite numbers");
                } else if (problem == ProblemType.CLASSIFICATION && !isClassIndex(row[2])) {
                    problems.add(place + ": y = " + row[2] + " is not a class index (0, 1, 2, …)");
                } else {
                    maxClass = Math.max(maxClass, (int) row[2]);
                }
            }
        }
        if (problem == ProblemType.CLASSIFICATION && maxClass == 0) {
            problems.add("data: every point has class 0; classification needs at least 2 classes");
        }
    }

    private static boolean isClassIndex(double y) {
        return y >= 0 && y < CsvImport.MAX_CLASSES && y == Math.rint(y);
    }

    /** The splits as written; K = the largest class index + 1 for classification. */
    static Splits splits(DataSource.Inline source, ProblemType problem) {
        List<List<double[]>> parts = parts(source);
        int classes = 0;
        if (problem == ProblemType.CLASSIFICATION) {
            classes = 1 + (int) parts.stream().filter(p -> p != null).flatMap(List::stream)
                    .mapToDouble(row -> row[2]).max().orElse(0);
        }
        List<String> classNames = Points2D.indexNames(classes);
        Dataset[] datasets = new Dataset[parts.size()];
        for (int s = 0; s < parts.size(); s++) {
            List<double[]> rows = parts.get(s) == null ? List.of() : parts.get(s);
            Points2D points = new Points2D(rows.size());
            rows.forEach(row -> points.add(row[0], row[1], row[2]));
            datasets[s] = points.toDataset(classNames);
        }
        return new Splits(datasets[0], datasets[1], datasets[2]);
    }

    private static List<List<double[]>> parts(DataSource.Inline source) {
        return Arrays.asList(source.train(), source.validation(), source.test());
    }
}
