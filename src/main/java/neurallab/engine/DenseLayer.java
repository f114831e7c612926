package neurallab.engine;

import java.util.random.RandomGenerator;

/**
 * One layer: dense → batch norm (if on) → activation → dropout (if &gt; 0). Rows of a batch are stored
 * one after another in flat arrays ([row · width + column]); buffers are sized by
 * {@link #ensureCapacity} and reused, so a training step allocates nothing.
 */
public final class DenseLayer {
    private final int fanIn;
    private final int units;
    private final Activation activation;
    private final Parameter kernel;
    private final Parameter bias;
    private final BatchNorm batchNorm;
    private double dropout;

    private double[] input;
    private double[] linear = new double[0];
    private double[] z = new double[0];
    private double[] activated = new double[0];
    private double[] dropped = new double[0];
    private double[] mask = new double[0];
    private double[] gradOutput = new double[0];
    private double[] gradZ = new double[0];
    private double[] gradLinear = new double[0];
    private boolean droppedOut;

    DenseLayer(String name, int fanIn, LayerSpec spec) {
        this.fanIn = fanIn;
        this.units = spec.units();
        this.activation = spec.activation();
        this.dropout = spec.dropout();
        this.kernel = new Parameter(name + ".kernel", fanIn * units, true);
        this.bias = new Parameter(name + ".bias", units, false);
        this.batchNorm = spec.batchNorm() ? new BatchNorm(name, units) : null;
    }

    public int fanIn() {
        return fanIn;
    }

    public int units() {
        return units;
    }

    public Activation activation() {
        return activation;
    }

    public double dropout() {
        return dropout;
    }

    void setDropout(double p) {
        dropout = p;
    }

    public boolean hasBatchNorm() {
        return batchNorm != null;
    }

    /** Kernel values, [input i][unit j] at i · units + j. */
    public double[] kernel() {
        return kernel.value();
    }

    public double[] bias() {
        return bias.value();
    }

    /** dL/dkernel of the last backward pass, same layout as {@link #kernel()}. */
    public double[] kernelGradient() {
        return kernel.grad();
    }

    public double[] biasGradient() {
        return bias.grad();
    }

    Parameter kernelParameter() {
        return kernel;
    }

    Parameter biasParameter() {
        return bias;
    }

    BatchNorm batchNorm() {
        return batchNorm;
    }

    void ensureCapacity(int rows) {
        int size = rows * units;
        if (linear.length >= size) {
            return;
        }
        linear = new double[size];
        z = batchNorm == null ? linear : new double[size];
        activated = new double[size];
        dropped = new double[size];
        mask = new double[size];
        gradOutput = new double[size];
        gradZ = new double[size];
        gradLinear = batchNorm == null ? gradZ : new double[size];
        if (batchNorm != null) {
            batchNorm.ensureCapacity(rows);
        }
    }

    // out = x · kernel + bias, row by row, for rows firstRow … firstRow + n − 1 of x
    private void affine(double[] x, int firstRow, int n, double[] out) {
        double[] k = kernel.value();
        double[] b = bias.value();
        for (int r = 0; r < n; r++) {
            int o = r * units;
            System.arraycopy(b, 0, out, o, units);
            int xi = (firstRow + r) * fanIn;
            for (int i = 0; i < fanIn; i++) {
                double xv = x[xi + i];
                int ki = i * units;
                for (int j = 0; j < units; j++) {
                    out[o + j] += xv * k[ki + j];
                }
            }
        }
    }

    /**
     * Evaluation mode (running batch-norm statistics, no dropout) over rows firstRow … firstRow + n − 1
     * of x: zOut = BN(x · kernel + bias), out = f(zOut). zOut may be out itself.
     */
    void infer(double[] x, int firstRow, int n, double[] scratch, double[] zOut, double[] out) {
        if (batchNorm == null) {
            affine(x, firstRow, n, zOut);
        } else {
            affine(x, firstRow, n, scratch);
            batchNorm.forwardEval(scratch, n, zOut);
        }
        activation.apply(zOut, out, n, units);
    }

    /** Training mode; keeps what backward needs and returns this layer's output for the batch. */
    double[] forwardTrain(double[] x, int n, RandomGenerator dropoutRandom, boolean outputLayer) {
        input = x;
        affine(x, 0, n, linear);
        if (batchNorm != null) {
            batchNorm.forwardTrain(linear, n, z);
        }
        activation.apply(z, activated, n, units);
        droppedOut = !outputLayer && dropout > 0.0;
        if (!droppedOut) {
            return activated;
        }
        // inverted dropout: zero with probability p, scale survivors by 1/(1 − p)
        double keepScale = 1.0 / (1.0 - dropout);
        for (int i = 0; i < n * units; i++) {
            mask[i] = dropoutRandom.nextDouble() < dropout ? 0.0 : keepScale;
            dropped[i] = activated[i] * mask[i];
        }
        return dropped;
    }

    /** Pre-activations of the last training batch (the logits, for the output layer). */
    double[] z() {
        return z;
    }

    double[] activated() {
        return activated;
    }

    /** Where the next layer's backward writes dL/d(this layer's output). */
    double[] gradOutput() {
        return gradOutput;
    }

    /** Where the loss writes dL/dz for the output layer. */
    double[] gradZ() {
        return gradZ;
    }

    /** From dL/d(output) in {@link #gradOutput()} to dL/dz, through dropout and the activation. */
    void backwardActivation(int n) {
        int count = n * units;
        if (droppedOut) {
            for (int i = 0; i < count; i++) {
                gradOutput[i] *= mask[i];
            }
        }
        activation.backward(z, activated, gradOutput, gradZ, count);
    }

    /**
     * From dL/dz in {@link #gradZ()}: accumulates dL/dkernel and dL/dbias and, when gradInput is not
     * null, writes dL/dx = dL/dlinear · kernelᵀ into it.
     */
    void backwardLinear(int n, double[] gradInput) {
        if (batchNorm != null) {
            batchNorm.backward(gradZ, n, gradLinear);
        }
        double[] k = kernel.value();
        double[] gk = kernel.grad();
        double[] gb = bias.grad();
        for (int r = 0; r < n; r++) {
            int o = r * units;
            int xi = r * fanIn;
            // dL/dbias_j += dL/dlinear_rj
            for (int j = 0; j < units; j++) {
                gb[j] += gradLinear[o + j];
            }
            for (int i = 0; i < fanIn; i++) {
                double xv = input[xi + i];
                int ki = i * units;
                double back = 0.0;
                // dL/dkernel_ij += x_ri · dL/dlinear_rj ; dL/dx_ri = Σ_j dL/dlinear_rj · kernel_ij
                for (int j = 0; j < units; j++) {
                    double g = gradLinear[o + j];
                    gk[ki + j] += xv * g;
                    back += g * k[ki + j];
                }
                if (gradInput != null) {
                    gradInput[xi + i] = back;
                }
            }
        }
    }
}
