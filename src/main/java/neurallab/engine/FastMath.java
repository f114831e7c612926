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
     * tanh y ≈ p/q = y(135135 + 17325y² + 378y⁴ + y⁶) / (135135 + 62370y² + 3150y⁴ + 28y⁶),
     * then twice three doublings (tanh 2u = 2t/(1 + t²)) folded into one division each:
     * n/d = tanh 4u = 4t(1 + t²)/(1 + 6t² + t⁴), tanh 8u = 2nd/(d² + n²). The first three take the
     * fraction p/q itself (t = p/q, times q⁴: n = 4pq(p² + q²), d = (p² + q²)² + 4p²q²), so two divisions
     * in all, which keeps the scalar tail loops short. Doublings are contractions that do not grow
     * relative error. Within 1.1e-15 relative of StrictMath.tanh everywhere (ActivationTest).
     */
    static double tanh(double z) {
        double y = Math.max(-20.0, Math.min(20.0, z)) * 0.015625;
        double y2 = y * y;
        double p = y * (135135.0 + y2 * (17325.0 + y2 * (378.0 + y2)));
        double q = 135135.0 + y2 * (62370.0 + y2 * (3150.0 + y2 * 28.0));
        double p2 = p * p;
        double q2 = q * q;
        double s = p2 + q2;
        double t = doubled(4.0 * p * q * s, s * s + 4.0 * p2 * q2);
        double t2 = t * t;
        return doubled(4.0 * t * (1.0 + t2), 1.0 + t2 * (6.0 + t2));
    }

    // tanh 2v = 2nd/(d² + n²) from n/d = tanh v
    private static double doubled(double n, double d) {
        return 2.0 * n * d / (d * d + n * n);
    }
}
