package neurallab.engine;

/**
 * The losses of docs/engine.md, reduction mean. Class targets are indices 0…K−1; with one output
 * they are 0/1, with K outputs the element-wise losses compare against the one-hot vector. bce and
 * cross-entropy are computed from the logits z, never as log(0). The gradient written is dL/dz of the
 * output layer's pre-activations, the output activation's derivative included.
 */
public enum Loss implements StableName {
    MSE("mse"), MAE("mae"), HUBER("huber"), BCE("bce"), CROSS_ENTROPY("cross-entropy"), HINGE("hinge");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether the mean runs over samples (cross-entropy, hinge) rather than every output of every sample. */
    private boolean perSample() {
        return this == CROSS_ENTROPY || this == HINGE;
    }

    /** The count the summed loss is divided by. */
    public double normalizer(int rows, int outputs) {
        return perSample() ? rows : (double) rows * outputs;
    }

    /**
     * Σ of the per-element (or per-sample) losses of n rows stored unit-major (output j of row r at
     * j · n + r); targets from y[yFrom].
     */
    public double total(double[] z, double[] a, double[] y, int yFrom, int n, int k) {
        double sum = 0.0;
        for (int r = 0; r < n; r++) {
            int target = (int) y[yFrom + r];
            int o = r;
            if (this == CROSS_ENTROPY) {
                // −log p_y = logsumexp(z) − z_y
                sum += logSumExp(z, o, k, n) - z[o + target * n];
            } else if (this == HINGE) {
                sum += hingeSample(a, o, k, n, y[yFrom + r]);
            } else {
                for (int j = 0; j < k; j++) {
                    sum += element(z[o + j * n], a[o + j * n], elementTarget(y[yFrom + r], j, k));
                }
            }
        }
        return sum;
    }

    /** Writes dL/dz of the batch's mean loss into gradZ (a = the output activation of z). */
    public void gradient(double[] z, double[] a, double[] y, int n, int k, Activation output, double[] gradZ) {
        double norm = normalizer(n, k);
        for (int r = 0; r < n; r++) {
            int o = r;
            if (this == CROSS_ENTROPY) {
                // dL/dz_j = (softmax_j − [j = y]) / n
                int target = (int) y[r];
                for (int j = 0; j < k; j++) {
                    gradZ[o + j * n] = (a[o + j * n] - (j == target ? 1.0 : 0.0)) / norm;
                }
            } else if (this == HINGE) {
                hingeGradient(a, o, k, n, y[r], norm, gradZ);
            } else {
                for (int j = 0; j < k; j++) {
                    gradZ[o + j * n] = elementGradient(z[o + j * n], a[o + j * n], elementTarget(y[r], j, k)) / norm;
                }
            }
            if (this != CROSS_ENTROPY && this != BCE) {
                for (int j = 0; j < k; j++) {
                    gradZ[o + j * n] *= output.derivative(z[o + j * n], a[o + j * n]);
                }
            }
        }
    }

    private static double elementTarget(double y, int j, int k) {
        return k == 1 ? y : (j == (int) y ? 1.0 : 0.0);
    }

    private double element(double z, double a, double t) {
        double d = a - t;
        return switch (this) {
            // (ŷ − y)²
            case MSE -> d * d;
            // |ŷ − y|
            case MAE -> Math.abs(d);
            // ½d² if |d| ≤ 1 else |d| − ½
            case HUBER -> Math.abs(d) <= 1.0 ? 0.5 * d * d : Math.abs(d) - 0.5;
            // −[t log σ(z) + (1 − t) log(1 − σ(z))] = max(z, 0) − z·t + log(1 + e^−|z|)
            case BCE -> Math.max(z, 0.0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
            default -> throw new IllegalStateException(id + " is not element-wise");
        };
    }

    /** dℓ/dŷ for the element-wise losses; for bce dℓ/dz = σ(z) − t, with a = σ(z) from the output layer. */
    private double elementGradient(double z, double a, double t) {
        double d = a - t;
        return switch (this) {
            case MSE -> 2.0 * d;
            case MAE -> Math.signum(d);
            case HUBER -> Math.abs(d) <= 1.0 ? d : Math.signum(d);
            case BCE -> a - t;
            default -> throw new IllegalStateException(id + " is not element-wise");
        };
    }

    // one output: max(0, 1 − t·ŷ), t = 2y − 1; K outputs: Σ_{j≠y} max(0, 1 − ŷ_y + ŷ_j) / K
    private static double hingeSample(double[] a, int o, int k, int n, double y) {
        if (k == 1) {
            return Math.max(0.0, 1.0 - (2.0 * y - 1.0) * a[o]);
        }
        int target = (int) y;
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            if (j != target) {
                sum += Math.max(0.0, 1.0 - a[o + target * n] + a[o + j * n]);
            }
        }
        return sum / k;
    }

    private static void hingeGradient(double[] a, int o, int k, int n, double y, double norm, double[] grad) {
        if (k == 1) {
            double t = 2.0 * y - 1.0;
            grad[o] = 1.0 - t * a[o] > 0.0 ? -t / norm : 0.0;
            return;
        }
        int target = (int) y;
        grad[o + target * n] = 0.0;
        for (int j = 0; j < k; j++) {
            if (j != target) {
                boolean active = 1.0 - a[o + target * n] + a[o + j * n] > 0.0;
                grad[o + j * n] = active ? 1.0 / (k * norm) : 0.0;
                grad[o + target * n] -= active ? 1.0 / (k * norm) : 0.0;
            }
        }
    }

    // log Σ_j e^z_j = max + log Σ_j e^(z_j − max)
    private static double logSumExp(double[] z, int o, int k, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, z[o + j * n]);
        }
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            sum += Math.exp(z[o + j * n] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * Number of correctly classified rows (unit j of row r at a[j · n + r]), each predicted by
     * {@link #predictedClass}.
     */
    public static int correct(double[] a, double[] y, int yFrom, int n, int k, Activation output) {
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (predictedClass(a, r, n, k, output) == (int) y[yFrom + r]) {
                count++;
            }
        }
        return count;
    }

    /** The class row r of n unit-major outputs predicts: argmax for K outputs; for one, ŷ &gt; 0.5 with a sigmoid, ŷ &gt; 0 otherwise. */
    public static int predictedClass(double[] a, int row, int n, int k, Activation output) {
        if (k == 1) {
            double threshold = output == Activation.SIGMOID ? 0.5 : 0.0;
            return a[row] > threshold ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (a[j * n + row] > a[best * n + row]) {
                best = j;
            }
        }
        return best;
    }
}
