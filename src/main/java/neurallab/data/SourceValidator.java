package neurallab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a data source against the problem type before anything is loaded, for the loader and for the
 * experiment validator. Each message starts with the JSON path of docs/file-format.md, e.g.
 * {@code data.generator: unknown generator "spirals"; valid: circle, xor, …}. Files are checked when
 * they are read ({@link CsvImport}).
 */
public final class SourceValidator {

    private SourceValidator() {
    }

    public static List<String> problems(DataSource source, ProblemType problem) {
        List<String> problems = new ArrayList<>();
        if (source instanceof DataSource.Generator g) {
            generator(g, problem, problems);
            fractions(g.testFraction(), g.validationFraction(), problems);
        } else if (source instanceof DataSource.Builtin b) {
            builtin(b, problem, problems);
            fractions(b.testFraction(), b.validationFraction(), problems);
        } else if (source instanceof DataSource.Csv c) {
            if (c.path() == null || c.path().isBlank()) {
                problems.add("data.path: missing; the CSV file, relative to the experiment file");
            }
            fractions(c.testFraction(), c.validationFraction(), problems);
        } else {
            InlinePoints.problems((DataSource.Inline) source, problem, problems);
        }
        return problems;
    }

    private static void generator(DataSource.Generator g, ProblemType problem, List<String> problems) {
        GeneratorInfo info = Generators.info(g.generator()).orElse(null);
        if (info == null) {
            problems.add("data.generator: unknown generator \"" + g.generator() + "\"; valid: "
                    + String.join(", ", Generators.names()));
            return;
        }
        if (info.problem() != problem) {
            problems.add("data.generator: \"" + g.generator() + "\" makes a " + info.problem().id()
                    + " problem, but problem is " + problem.id());
        }
        if (g.samples() < Generators.MIN_SAMPLES || g.samples() > Generators.MAX_SAMPLES) {
            problems.add("data.samples: " + g.samples() + " is out of range; must be " + Generators.MIN_SAMPLES
                    + " to " + Generators.MAX_SAMPLES + " (default for " + info.name() + ": "
                    + info.defaultSamples() + ")");
        }
        if (!(g.noise() >= 0 && g.noise() <= Generators.MAX_NOISE)) {
            problems.add("data.noise: " + g.noise() + " is out of range; must be 0 to " + Generators.MAX_NOISE);
        }
        boolean classesGiven = g.classes() != 0;
        if (info.takesClasses() && classesGiven && (g.classes() < info.minClasses() || g.classes() > info.maxClasses())) {
            problems.add("data.classes: " + g.classes() + " is out of range for " + info.name() + "; must be "
                    + info.minClasses() + " to " + info.maxClasses());
        } else if (!info.takesClasses() && problem == ProblemType.CLASSIFICATION && classesGiven
                && g.classes() != info.defaultClasses()) {
            problems.add("data.classes: " + info.name() + " always has " + info.defaultClasses()
                    + " classes; a class count applies to " + String.join(", ", Generators.infos().stream()
                    .filter(GeneratorInfo::takesClasses).map(GeneratorInfo::name).toList()));
        }
    }

    private static void builtin(DataSource.Builtin b, ProblemType problem, List<String> problems) {
        if (!Builtins.names().contains(b.name())) {
            problems.add("data.name: unknown builtin data set \"" + b.name() + "\"; valid: "
                    + String.join(", ", Builtins.names()));
        } else if (problem != ProblemType.CLASSIFICATION) {
            problems.add("data.name: \"" + b.name() + "\" is a classification data set, but problem is "
                    + problem.id());
        }
    }

    /** 0 < test < 1, 0 ≤ validation < 1, test + validation < 1 (the rest trains). */
    private static void fractions(double test, double validation, List<String> problems) {
        boolean testValid = test > 0 && test < 1;
        boolean validationValid = validation >= 0 && validation < 1;
        if (!testValid) {
            problems.add("data.testFraction: " + test + " is out of range; must be above 0 and below 1");
        }
        if (!validationValid) {
            problems.add("data.validationFraction: " + validation + " is out of range; must be 0 or more and below 1");
        }
        if (testValid && validationValid && test + validation >= 1) {
            problems.add("data.validationFraction: testFraction + validationFraction = " + (test + validation)
                    + "; must be below 1, the rest is the training split");
        }
    }
}
