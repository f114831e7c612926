package neurallab.engine;

/**
 * An activation a = f(z), with its derivative f'(z) beside it. {@code derivative} receives both z and
 * a = f(z), so that tanh and sigmoid reuse the value. softmax is row-wise and only used on the output
 * layer, where the loss differentiates it together with the cross-entropy.
 */
public enum Activation implements StableName {
    LINEAR("linear") {
        @Override
        public double value(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0;
        }
    },
    SIGMOID("sigmoid") {
        // σ(z) = 1 / (1 + e^−z)
        @Override
        public double value(double z) {
            return FastMath.sigmoid(z);
        }

        // σ'(z) = σ(z)(1 − σ(z))
        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a);
        }
    },
    TANH("tanh") {
        @Override
        public double value(double z) {
            return FastMath.tanh(z);
        }

        // tanh'(z) = 1 − tanh²(z)
        @Override
        public double derivative(double z, double a) {
            return 1.0 - a * a;
        }

        // the loops of the Playground's default activation, spelled out so that they vectorise
        @Override
        void applyElements(double[] z, double[] a, int from, int to) {
            copyInto(z, a, from, to);
            for (int i = from; i < to; i++) {
                a[i] = FastMath.tanh(a[i]);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int count) {
            for (int i = 0; i < count; i++) {
                gradZ[i] = gradA[i] * (1.0 - a[i] * a[i]);
            }
        }
    },
    RELU("relu") {
        // max(z, 0), NaN staying NaN as in PyTorch; Math.max compiles without a branch
        @Override
        public double value(double z) {
            return Math.max(z, 0.0);
        }

        // the left branch at exactly 0, as PyTorch
        @Override
        public double derivative(double z, double a) {
            return z > 0.0 ? 1.0 : 0.0;
        }

        // the hidden activation of the real-data networks: its loops spelled out, without a call per value
        @Override
        void applyElements(double[] z, double[] a, int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] = Math.max(z[i], 0.0);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int count) {
            for (int i = 0; i < count; i++) {
                // f'(z) = 1 if z > 0 (then a > 0) else 0, without a branch that half the units mispredict:
                // min(1, a · 10³⁰⁸ · 10³⁰⁸) is 0 for a = 0 and 1 for any a > 0, the smallest subnormal included
                gradZ[i] = gradA[i] * Math.min(1.0, a[i] * 1e308 * 1e308);
            }
        }
    },
    LEAKY_RELU("leaky-relu") {
        @Override
        public double value(double z) {
            return z > 0.0 ? z : LEAK * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0.0 ? 1.0 : LEAK;
        }
    },
    ELU("elu") {
        // z if z > 0, else α(e^z − 1), α = 1
        @Override
        public double value(double z) {
            return z > 0.0 ? z : Math.expm1(z);
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0.0 ? 1.0 : Math.exp(z);
        }
    },
    SOFTPLUS("softplus") {
        // log(1 + e^z), and z itself above PyTorch's threshold of 20
        @Override
        public double value(double z) {
            return z > SOFTPLUS_THRESHOLD ? z : Math.log1p(Math.exp(z));
        }

        @Override
        public double derivative(double z, double a) {
            return z > SOFTPLUS_THRESHOLD ? 1.0 : FastMath.sigmoid(z);
        }
    },
    SILU("silu") {
        // z · σ(z)
        @Override
        public double value(double z) {
            return z * FastMath.sigmoid(z);
        }

        // σ(z)(1 + z(1 − σ(z)))
        @Override
        public double derivative(double z, double a) {
            double s = FastMath.sigmoid(z);
            return s * (1.0 + z * (1.0 - s));
        }
    },
    GELU("gelu") {
        // z · Φ(z), Φ(z) = ½(1 + erf(z/√2))
        @Override
        public double value(double z) {
            return z * 0.5 * (1.0 + Erf.erf(z * FRAC_1_SQRT_2));
        }

        // Φ(z) + z · φ(z), φ(z) = e^(−z²/2)/√(2π)
        @Override
        public double derivative(double z, double a) {
            double cdf = 0.5 * (1.0 + Erf.erf(z * FRAC_1_SQRT_2));
            return cdf + z * Math.exp(-0.5 * z * z) * FRAC_1_SQRT_2PI;
        }
    },
    SOFTMAX("softmax") {
        @Override
        public double value(double z) {
            throw new UnsupportedOperationException("softmax is row-wise: use softmaxRow");
        }

        @Override
        public double derivative(double z, double a) {
            throw new UnsupportedOperationException("softmax is differentiated with its loss");
        }

        @Override
        public void apply(double[] z, double[] a, int rows, int units) {
            for (int r = 0; r < rows; r++) {
                softmaxRow(z, a, r, units, rows);
            }
        }
    };

    private static final double LEAK = 0.01;
    private static final double SOFTPLUS_THRESHOLD = 20.0;
    private static final double FRAC_1_SQRT_2 = 0.7071067811865476;
    private static final double FRAC_1_SQRT_2PI = 0.3989422804014327;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public abstract double value(double z);

    public abstract double derivative(double z, double a);

    /** Output layers may use these four. */
    public boolean allowedOnOutput() {
        return this == SIGMOID || this == SOFTMAX || this == LINEAR || this == TANH;
    }

    /** a = f(z) for {@code rows} rows of {@code units} values, unit-major (unit j of row r at j · rows + r). */
    public void apply(double[] z, double[] a, int rows, int units) {
        applyElements(z, a, 0, rows * units);
    }

    /** Whether f acts on each value alone (every activation but softmax), so any range may be done apart. */
    boolean elementWise() {
        return this != SOFTMAX;
    }

    // a[i] = f(z[i]) for from ≤ i < to (element-wise activations only)
    void applyElements(double[] z, double[] a, int from, int to) {
        copyInto(z, a, from, to);
        for (int i = from; i < to; i++) {
            a[i] = value(a[i]);
        }
    }

    // In place over one array: HotSpot 17 vectorises a[i] = f(a[i]) but not a[i] = f(z[i]) for tanh.
    private static void copyInto(double[] z, double[] a, int from, int to) {
        if (z != a) {
            System.arraycopy(z, from, a, from, to - from);
        }
    }

    /** dL/dz = dL/da · f'(z), element by element. */
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int count) {
        for (int i = 0; i < count; i++) {
            gradZ[i] = gradA[i] * derivative(z[i], a[i]);
        }
    }

    /**
     * softmax(z)_j = e^(z_j − max z) / Σ_k e^(z_k − max z), for one row whose unit j sits at
     * first + j · stride.
     */
    public static void softmaxRow(double[] z, double[] a, int first, int units, int stride) {
        int end = first + units * stride;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = first; j < end; j += stride) {
            max = Math.max(max, z[j]);
        }
        double sum = 0.0;
        for (int j = first; j < end; j += stride) {
            a[j] = Math.exp(z[j] - max);
            sum += a[j];
        }
        for (int j = first; j < end; j += stride) {
            a[j] /= sum;
        }
    }
}
