package neurallab.data;

/**
 * What a 2-D generator offers, for the experiment validator and the window: its name (as in
 * experiment files), whether it makes a classification or a regression problem, its default point
 * count, and the class counts it accepts ({@code minClasses == maxClasses} when the count is fixed;
 * 0 for regression).
 */
public record GeneratorInfo(String name, ProblemType problem, int defaultSamples, int minClasses,
                            int maxClasses) {

    /** True when the experiment's {@code data.classes} chooses the number of classes. */
    public boolean takesClasses() {
        return minClasses != maxClasses;
    }

    /** The class count used when the experiment gives none. */
    public int defaultClasses() {
        return minClasses;
    }

    static GeneratorInfo twoClasses(String name) {
        return new GeneratorInfo(name, ProblemType.CLASSIFICATION, 500, 2, 2);
    }

    static GeneratorInfo classes(String name, int min, int max) {
        return new GeneratorInfo(name, ProblemType.CLASSIFICATION, 500, min, max);
    }

    static GeneratorInfo regression(String name, int defaultSamples) {
        return new GeneratorInfo(name, ProblemType.REGRESSION, defaultSamples, 0, 0);
    }
}
