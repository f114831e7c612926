package neurallab.data;

import java.nio.file.Path;
import java.util.List;

/** Stand-in until the data package lands: inline data only. */
public final class DataLoader {
    private DataLoader() {
    }

    public static Splits load(DataSource source, ProblemType problem, Path baseDir, long seed) throws DataException {
        if (!(source instanceof DataSource.Inline inline)) {
            throw new DataException("data.source: only inline data in this build");
        }
        return new Splits(table(inline.train()), table(inline.validation()), table(inline.test()));
    }

    private static Dataset table(List<double[]> rows) {
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = new double[] {rows.get(i)[0], rows.get(i)[1]};
            y[i] = rows.get(i)[2];
        }
        return new Dataset(x, y, List.of("x1", "x2"), List.of());
    }
}
