package neurallab.data;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one entry point the session calls: a data source in, raw splits out (2-D data has inputs x1, x2;
 * apply {@link Features} afterwards). Random draws come from the experiment's seed: one generator for
 * the points and one for the split shuffle, both split off a {@link SplittableRandom} of that seed.
 */
public final class DataLoader {

    private DataLoader() {
    }

    /**
     * @param baseDir the experiment file's folder, against which a CSV path is resolved
     * @throws DataException with every problem found, each starting with its JSON path or file name
     */
    public static Splits load(DataSource source, ProblemType problem, Path baseDir, long seed)
            throws DataException {
        List<String> problems = SourceValidator.problems(source, problem);
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom pointRandom = root.split();
        SplittableRandom splitRandom = root.split();
        if (source instanceof DataSource.Generator g) {
            return Splitter.split(Generators.generate(g, pointRandom), g.testFraction(), g.validationFraction(),
                    splitRandom);
        }
        if (source instanceof DataSource.Builtin b) {
            return Splitter.split(Builtins.load(b.name()), b.testFraction(), b.validationFraction(), splitRandom);
        }
        if (source instanceof DataSource.Csv c) {
            return csv(c, problem, baseDir, splitRandom);
        }
        return InlinePoints.splits((DataSource.Inline) source, problem);
    }

    /** A file with a split column keeps its split (its fractions are ignored); otherwise it is split here. */
    private static Splits csv(DataSource.Csv source, ProblemType problem, Path baseDir, SplittableRandom random)
            throws DataException {
        CsvData data = CsvImport.read(baseDir.resolve(source.path()), source.path(), source.labelColumn(), problem);
        return data.hasSplit() ? data.splits(source.path())
                : Splitter.split(data.data(), source.testFraction(), source.validationFraction(), random);
    }
}
