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
     * beyond), y = z/16, Lambert's continued fraction for tanh to ten levels, the Padé [9/10]
     * tanh y ≈ p/q = y(1 + p₁y² + … + p₄y⁸) / (1 + q₁y² + … + q₅y¹⁰) (coefficients 654729075, 91891800,
     * 2837835, 25740, 55 and 654729075, 310134825, 18918900, 315315, 1485, 1, divided by 654729075;
     * within 5e-18 for |y| ≤ 1.25), then four doublings tanh 2v = 2t/(1 + t²) in one division: two at a
     * time, n/d = tanh 4v = 4t(1 + t²)/(1 + 6t² + t⁴), which with t = p/q and times q⁴ is
     * n = 4pq(p² + q²), d = (p² + q²)² + 4p²q², and again with t = n/d. Doublings are contractions that do
     * not grow relative error. Within 1e-15 relative of StrictMath.tanh everywhere (ActivationTest).
     */
    static double tanh(double z) {
        double y = Math.max(-20.0, Math.min(20.0, z)) * 0.0625;
        double u = y * y;
        double p = y * (1.0 + u * (0.14035087719298245 + u * (0.0043343653250774 + u * (3.9313971202516095e-05
                + u * 8.400421197118823e-08))));
        double q = 1.0 + u * (0.47368421052631576 + u * (0.02889576883384933 + u * (0.00048159614723082214
                + u * (2.2681137232220826e-06 + u * 1.5273493085670588e-09))));
        // tanh 4y = n/d
        double p2 = p * p;
        double q2 = q * q;
        double s = p2 + q2;
        double n = 4.0 * p * q * s;
        double d = s * s + 4.0 * p2 * q2;
        // tanh 16y
        double n2 = n * n;
        double d2 = d * d;
        double t = n2 + d2;
        return 4.0 * n * d * t / (t * t + 4.0 * n2 * d2);
    }
}
