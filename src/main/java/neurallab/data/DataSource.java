package neurallab.data;

import java.util.List;

/** Where an experiment's data comes from (docs/file-format.md, {@code data.source}). */
public sealed interface DataSource {

    /** Whether the data has a validation split (early stopping watches it): a fraction above 0, or points. */
    boolean hasValidation();

    /** A built-in 2-D generator, drawn from the experiment's seed, split after a seeded shuffle. */
    record Generator(String generator, int samples, double noise, int classes, double testFraction,
                     double validationFraction) implements DataSource {
        @Override
        public boolean hasValidation() {
            return validationFraction > 0;
        }

        public Generator withGenerator(String v) {
            return new Generator(v, samples, noise, classes, testFraction, validationFraction);
        }

        public Generator withSamples(int v) {
            return new Generator(generator, v, noise, classes, testFraction, validationFraction);
        }

        public Generator withNoise(double v) {
            return new Generator(generator, samples, v, classes, testFraction, validationFraction);
        }

        public Generator withClasses(int v) {
            return new Generator(generator, samples, noise, v, testFraction, validationFraction);
        }

        public Generator withTestFraction(double v) {
            return new Generator(generator, samples, noise, classes, v, validationFraction);
        }

        public Generator withValidationFraction(double v) {
            return new Generator(generator, samples, noise, classes, testFraction, v);
        }
    }

    /** Points written in the file, each [x1, x2, y], used in file order; validation may be empty. */
    record Inline(List<double[]> train, List<double[]> validation, List<double[]> test) implements DataSource {
        @Override
        public boolean hasValidation() {
            return !validation.isEmpty();
        }

    }

    /** A bundled real data set by name (digits, iris). */
    record Builtin(String name, double testFraction, double validationFraction) implements DataSource {
        @Override
        public boolean hasValidation() {
            return validationFraction > 0;
        }

        public Builtin withName(String v) {
            return new Builtin(v, testFraction, validationFraction);
        }

        public Builtin withTestFraction(double v) {
            return new Builtin(name, v, validationFraction);
        }

        public Builtin withValidationFraction(double v) {
            return new Builtin(name, testFraction, v);
        }
    }

    /** A CSV file, its path relative to the experiment file; labelColumn null means the last column. */
    record Csv(String path, String labelColumn, double testFraction, double validationFraction)
            implements DataSource {
        @Override
        public boolean hasValidation() {
            return validationFraction > 0;
        }

        public Csv withPath(String v) {
            return new Csv(v, labelColumn, testFraction, validationFraction);
        }

        public Csv withLabelColumn(String v) {
            return new Csv(path, v, testFraction, validationFraction);
        }

        public Csv withTestFraction(double v) {
            return new Csv(path, labelColumn, v, validationFraction);
        }

        public Csv withValidationFraction(double v) {
            return new Csv(path, labelColumn, testFraction, v);
        }
    }
}
