package neurallab.data;

import java.util.List;

/** Where an experiment's data comes from (docs/file-format.md, {@code data.source}). */
public sealed interface DataSource {

    /** A built-in 2-D generator, drawn from the experiment's seed, split after a seeded shuffle. */
    record Generator(String generator, int samples, double noise, int classes, double testFraction,
                     double validationFraction) implements DataSource {
    }

    /** Points written in the file, each [x1, x2, y], used in file order; validation may be empty. */
    record Inline(List<double[]> train, List<double[]> validation, List<double[]> test) implements DataSource {
    }

    /** A bundled real data set by name (digits, iris). */
    record Builtin(String name, double testFraction, double validationFraction) implements DataSource {
    }

    /** A CSV file, its path relative to the experiment file; labelColumn null means the last column. */
    record Csv(String path, String labelColumn, double testFraction, double validationFraction)
            implements DataSource {
    }
}
