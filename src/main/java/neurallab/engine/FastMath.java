package neurallab.engine;

/** tanh and sigmoid through the intrinsic Math.exp: StrictMath.tanh is a slow native call on JDK 17. */
final class FastMath {
    private FastMath() {
    }

    // σ(z) = 1 / (1 + e^−z)
    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    // tanh(z) = sign(z) · (1 − e^−2|z|) / (1 + e^−2|z|); below |z| = 0.5 as −m/(2 + m), m = e^−2|z| − 1,
    // with m from Kahan's expm1 so that nothing cancels
    static double tanh(double z) {
        double x = Math.abs(z);
        double t;
        if (x < 0.5) {
            double m = expm1(-2.0 * x);
            t = -m / (2.0 + m);
        } else {
            double e = Math.exp(-2.0 * x);
            t = (1.0 - e) / (1.0 + e);
        }
        return z < 0 ? -t : t;
    }

    // e^y − 1 = (u − 1) · y / log u, u = e^y (Kahan): accurate where u − 1 alone would cancel
    private static double expm1(double y) {
        double u = Math.exp(y);
        if (u == 1.0) {
            return y;
        }
        double um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * y / Math.log(u);
    }
}
