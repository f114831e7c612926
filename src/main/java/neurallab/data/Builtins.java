package neurallab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real data sets bundled in the jar (src/main/resources/neurallab/data, licences in its README):
 * scikit-learn's copies of UCI "digits" and Fisher's "iris", read in scikit-learn's own layout. Both are
 * classification problems.
 */
public final class Builtins {
    private static final String FOLDER = "/neurallab/data/";
    private static final List<String> NAMES = List.of("digits", "iris");
    private static final List<String> IRIS_INPUTS = List.of("sepal length", "sepal width", "petal length",
            "petal width");
    private static final int DIGIT_SIDE = 8;
    private static final double DIGIT_MAX = 16;

    private Builtins() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /** @throws IllegalArgumentException for a name not in {@link #names()} */
    public static Dataset load(String name) {
        return switch (name) {
            case "digits" -> digits();
            case "iris" -> iris();
            default -> throw new IllegalArgumentException("unknown builtin data set " + name + "; valid: " + NAMES);
        };
    }

    /** 1,797 rows of 64 pixels, each pixel/16 in [0, 1]; the 65th value is the digit. */
    private static Dataset digits() {
        List<String> lines = readLines("digits.csv.gz");
        List<String> inputNames = new ArrayList<>();
        for (int row = 0; row < DIGIT_SIDE; row++) {
            for (int col = 0; col < DIGIT_SIDE; col++) {
                inputNames.add("r" + row + "c" + col);
            }
        }
        return table(lines, inputNames, Points2D.indexNames(10), DIGIT_MAX);
    }

    /** A first row "150,4,setosa,versicolor,virginica", then 4 measurements (cm) and the class index. */
    private static Dataset iris() {
        List<String> lines = readLines("iris.csv");
        List<String> first = Arrays.asList(lines.get(0).split(","));
        return table(lines.subList(1, lines.size()), IRIS_INPUTS, List.copyOf(first.subList(2, first.size())), 1);
    }

    /** Rows of inputs then the class index; each input divided by {@code scale}. */
    private static Dataset table(List<String> lines, List<String> inputNames, List<String> classNames, double scale) {
        double[][] inputs = new double[lines.size()][];
        double[] targets = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            inputs[i] = new double[inputNames.size()];
            for (int j = 0; j < inputNames.size(); j++) {
                inputs[i][j] = Double.parseDouble(cells[j]) / scale;
            }
            targets[i] = Integer.parseInt(cells[inputNames.size()].strip());
        }
        return new Dataset(inputs, targets, List.copyOf(inputNames), classNames);
    }

    private static List<String> readLines(String file) {
        try (InputStream raw = Dataset.class.getResourceAsStream(FOLDER + file)) {
            if (raw == null) {
                throw new IllegalStateException("bundled data missing from the build: " + FOLDER + file);
            }
            InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + FOLDER + file, e);
        }
    }
}
