package neurallab.io;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.session.Limits;

/**
 * Reads docs/file-format.md's {@code data} object: types and plain ranges. What depends on the generator
 * or data set (its name, sample and class counts) is checked by {@link neurallab.data.SourceValidator}
 * once every field is valid. An absent {@code classes} is 0: the generator's own class count.
 */
final class DataSourceReader {
    static final List<String> SOURCES = List.of("generator", "inline", "builtin", "csv");
    private static final int POINT_SIZE = 3;
    private static final Bounds TEST_FRACTION = new Bounds(Limits.TEST_FRACTION);

    private DataSourceReader() {
    }

    /** The data source, or null after reporting what is wrong. */
    static DataSource read(Field data) {
        if (!data.isObject()) {
            return null;
        }
        String source = data.get("source").choice("data source", SOURCES, s -> s);
        if (source == null) {
            return null;
        }
        return switch (source) {
            case "generator" -> generator(data);
            case "inline" -> inline(data);
            case "builtin" -> builtin(data);
            default -> csv(data);
        };
    }

    private static DataSource generator(Field data) {
        String name = data.get("generator").text();
        Integer samples = data.get("samples").integer(new Bounds(Limits.SAMPLES));
        Double noise = data.get("noise").number(0.0, new Bounds(Limits.NOISE));
        Integer classes = data.get("classes").integer(0, Bounds.integers(0, Integer.MAX_VALUE));
        Fractions fractions = fractions(data);
        if (name == null || samples == null || noise == null || classes == null || fractions == null) {
            return null;
        }
        return new DataSource.Generator(name, samples, noise, classes, fractions.test, fractions.validation);
    }

    private static DataSource inline(Field data) {
        List<double[]> train = points(data.get("train"));
        List<double[]> validation = data.get("validation").isAbsent() ? List.of() : points(data.get("validation"));
        List<double[]> test = points(data.get("test"));
        if (train != null && train.isEmpty()) {
            data.get("train").problem("must hold at least one point [x1, x2, y]");
            return null;
        }
        if (train == null || validation == null || test == null) {
            return null;
        }
        return new DataSource.Inline(train, validation, test);
    }

    private static DataSource builtin(Field data) {
        String name = data.get("name").text();
        Fractions fractions = fractions(data);
        return name == null || fractions == null ? null
                : new DataSource.Builtin(name, fractions.test, fractions.validation);
    }

    private static DataSource csv(Field data) {
        String path = data.get("path").text();
        String labelColumn = data.get("labelColumn").text(null);
        boolean labelOk = data.get("labelColumn").isAbsent() || labelColumn != null;
        Fractions fractions = fractions(data);
        return path == null || !labelOk || fractions == null ? null
                : new DataSource.Csv(path, labelColumn, fractions.test, fractions.validation);
    }

    private record Fractions(double test, double validation) {
    }

    /** testFraction in (0, 1), validationFraction in [0, 1) (absent: 0), together below 1. */
    private static Fractions fractions(Field data) {
        Double test = data.get("testFraction").number(TEST_FRACTION);
        Double validation = data.get("validationFraction").number(0.0, new Bounds(Limits.VALIDATION_FRACTION));
        if (test == null || validation == null) {
            return null;
        }
        if (test + validation >= 1.0) {
            data.get("validationFraction").problem("testFraction + validationFraction must be < 1 (some data must be"
                    + " left to train on), got " + test + " + " + validation);
            return null;
        }
        return new Fractions(test, validation);
    }

    /** A list of points [x1, x2, y] of finite numbers, or null. */
    private static List<double[]> points(Field list) {
        List<Field> rows = list.elements();
        if (rows == null) {
            return null;
        }
        List<double[]> points = new ArrayList<>(rows.size());
        boolean ok = true;
        for (Field row : rows) {
            double[] point = point(row);
            ok &= point != null;
            points.add(point);
        }
        return ok ? points : null;
    }

    private static double[] point(Field row) {
        List<Field> values = row.elements();
        if (values == null) {
            return null;
        }
        if (values.size() != POINT_SIZE) {
            row.problem("must be a point [x1, x2, y], got " + values.size() + " values");
            return null;
        }
        double[] point = new double[POINT_SIZE];
        boolean ok = true;
        for (int i = 0; i < POINT_SIZE; i++) {
            Double value = values.get(i).number(Bounds.ANY);
            ok &= value != null;
            point[i] = value == null ? Double.NaN : value;
        }
        return ok ? point : null;
    }
}
