package neurallab.engine;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One layer: dense → batch norm (if on) → activation → dropout (if &gt; 0). A batch of n rows is stored
 * unit-major in flat arrays: unit j of row r at [j · n + r], so that the element-wise loops run along
 * the rows; the three products (forward, kernel gradient, input gradient) go through {@link TiledProduct}.
 * Buffers are sized by {@link #ensureCapacity} and reused, so a training step allocates nothing.
 */
public final class DenseLayer {
    // what one activation costs, in multiply-adds of a product (tanh: about 16), for cutting work across threads
    private static final long ACTIVATION_WORK = 16;

    private final int fanIn;
    private final int units;
    private final Activation activation;
    private final Parameter kernel;
    private final Parameter bias;
    private final BatchNorm batchNorm;
    private double dropout;

    private double[] input;
    private int inputOffset;
    private int inputStride;
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

    // out_jr = bias_j + Σ_i kernel_ij · x_ri, for n rows; input i of row r at x[offset + i · stride + r]
    private void affine(double[] x, int offset, int stride, int n, double[] out) {
        TiledProduct.multiply(units, n, fanIn, kernel.value(), 0, 1, units, x, offset, 1, stride, out, 0, n,
                bias.value());
    }

    /**
     * Evaluation mode (running batch-norm statistics, no dropout) over n rows of x (input i of row r at
     * x[offset + i · stride + r]): zOut = BN(x · kernel + bias), out = f(zOut). zOut may be out itself.
     */
    void infer(double[] x, int offset, int stride, int n, double[] scratch, double[] zOut, double[] out) {
        if (batchNorm == null) {
            affine(x, offset, stride, n, zOut);
        } else {
            affine(x, offset, stride, n, scratch);
            batchNorm.forwardEval(scratch, n, zOut);
        }
        activate(zOut, out, n);
    }

    // out = f(z) over n rows; a large grid's element-wise activation is cut across threads like a product
    private void activate(double[] z, double[] out, int n) {
        int count = n * units;
        int parts = activation.elementWise() ? Parallel.parts(ACTIVATION_WORK * count, count) : 1;
        if (parts == 1) {
            activation.apply(z, out, n, units);
        } else {
            Parallel.split(count, parts, (from, to) -> activation.applyElements(z, out, from, to));
        }
    }

    /** Training mode over n unit-major rows; keeps what backward needs and returns this layer's output. */
    double[] forwardTrain(double[] x, int n, RandomGenerator dropoutRandom, boolean outputLayer) {
        input = x;
        inputOffset = 0;
        inputStride = n;
        affine(x, 0, n, n, linear);
        if (batchNorm != null) {
            batchNorm.forwardTrain(linear, n, z);
        }
        activate(z, activated, n);
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
     * From dL/dz in {@link #gradZ()}: sets dL/dkernel and dL/dbias of this batch and, when gradInput is not
     * null, writes dL/dx = dL/dlinear · kernelᵀ into it (unit-major, n rows).
     */
    void backwardLinear(int n, double[] gradInput) {
        if (batchNorm != null) {
            batchNorm.backward(gradZ, n, gradLinear);
        }
        double[] gb = bias.grad();
        for (int j = 0; j < units; j++) {
            // dL/dbias_j = Σ_r dL/dlinear_rj
            int o = j * n;
            double sum = 0.0;
            for (int r = 0; r < n; r++) {
                sum += gradLinear[o + r];
            }
            gb[j] = sum;
        }
        // dL/dkernel_ij = Σ_r x_ri · dL/dlinear_rj
        TiledProduct.multiply(fanIn, units, n, input, inputOffset, inputStride, 1, gradLinear, 0, n, 1,
                kernel.grad(), 0, units, null);
        if (gradInput != null) {
            // dL/dx_ri = Σ_j kernel_ij · dL/dlinear_rj
            TiledProduct.multiply(fanIn, n, units, kernel.value(), 0, units, 1, gradLinear, 0, 1, n, gradInput, 0, n,
                    null);
        }
    }
}
