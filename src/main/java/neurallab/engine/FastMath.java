package neurallab.engine;

/** tanh and sigmoid through the intrinsic Math.exp: StrictMath.tanh is a slow native call on JDK 17. */
final class FastMath {
    private FastMath() {
    }

    // σ(z) = 1 / (1 + e^−z)
    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * tanh by arithmetic alone, so that loops over it vectorise: clamp to ±20 (tanh is 1 in double
     * beyond), y = z/64, Lambert's continued fraction to Padé [7/6]
     * tanh y ≈ y(135135 + 17325y² + 378y⁴ + y⁶) / (135135 + 62370y² + 3150y⁴ + 28y⁶),
     * then twice three doublings (tanh 2u = 2t/(1 + t²)) folded into one division:
     * n/d = tanh 4u = 4t(1 + t²)/(1 + 6t² + t⁴), tanh 8u = 2nd/(d² + n²). Doublings are contractions
     * that do not grow relative error; three divisions in all keep the scalar tail loops short.
     * Within 1e-15 relative of StrictMath.tanh everywhere (ActivationTest).
     */
    static double tanh(double z) {
        double y = Math.max(-20.0, Math.min(20.0, z)) * 0.015625;
        double y2 = y * y;
        double t = y * (135135.0 + y2 * (17325.0 + y2 * (378.0 + y2)))
                / (135135.0 + y2 * (62370.0 + y2 * (3150.0 + y2 * 28.0)));
        t = octuple(t);
        return octuple(t);
    }

    // tanh 8u from t = tanh u
    private static double octuple(double t) {
        double t2 = t * t;
        double n = 4.0 * t * (1.0 + t2);
        double d = 1.0 + t2 * (6.0 + t2);
        return 2.0 * n * d / (d * d + n * n);
    }
}
