package neurallab.engine;

/** The error function (placeholder, replaced by the full implementation). */
final class Erf {
    private Erf() {
    }

    static double erf(double x) {
        throw new UnsupportedOperationException("erf");
    }
}
