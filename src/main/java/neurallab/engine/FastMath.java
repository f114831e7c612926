package neurallab.engine;

/** tanh and sigmoid through the intrinsic Math.exp: StrictMath.tanh is a slow native call on JDK 17. */
final class FastMath {
    private FastMath() {
    }

    // σ(z) = 1 / (1 + e^−z)
    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    // tanh(z) = sign(z) · (1 − e^−2|z|) / (1 + e^−2|z|); a short series below 1e-4 avoids cancellation
    static double tanh(double z) {
        double x = Math.abs(z);
        if (x < 1e-4) {
            return z * (1.0 - z * z / 3.0);
        }
        double e = Math.exp(-2.0 * x);
        double t = (1.0 - e) / (1.0 + e);
        return z < 0 ? -t : t;
    }
}
