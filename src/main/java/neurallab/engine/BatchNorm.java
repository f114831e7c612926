package neurallab.engine;

import java.util.Arrays;

/**
 * Batch normalization of a layer's pre-activations, as PyTorch's BatchNorm1d (momentum 0.1, ε 1e-5):
 * in training ẑ = (z − μ_B)/√(σ²_B + ε) with the biased batch variance and out = γẑ + β; the running
 * statistics follow r ← 0.9·r + 0.1·batch value, the running variance fed the unbiased variance.
 * Evaluation uses the running statistics.
 */
final class BatchNorm {
    static final double EPSILON = 1e-5;
    static final double MOMENTUM = 0.1;

    private final int units;
    final Parameter gamma;
    final Parameter beta;
    final double[] runningMean;
    final double[] runningVar;
    private final double[] invStd;
    private double[] normalized = new double[0];

    BatchNorm(String layerName, int units) {
        this.units = units;
        gamma = new Parameter(layerName + ".gamma", units, false);
        beta = new Parameter(layerName + ".beta", units, false);
        runningMean = new double[units];
        runningVar = new double[units];
        invStd = new double[units];
        reset();
    }

    void reset() {
        Arrays.fill(gamma.value(), 1.0);
        Arrays.fill(beta.value(), 0.0);
        Arrays.fill(runningMean, 0.0);
        Arrays.fill(runningVar, 1.0);
    }

    void ensureCapacity(int rows) {
        if (normalized.length < rows * units) {
            normalized = new double[rows * units];
        }
    }

    void forwardTrain(double[] in, int n, double[] out) {
        double[] g = gamma.value();
        double[] b = beta.value();
        for (int j = 0; j < units; j++) {
            // μ_B = Σ z / n
            double mean = 0.0;
            for (int r = 0; r < n; r++) {
                mean += in[j * n + r];
            }
            mean /= n;
            // σ²_B = Σ (z − μ_B)² / n
            double var = 0.0;
            for (int r = 0; r < n; r++) {
                double d = in[j * n + r] - mean;
                var += d * d;
            }
            var /= n;
            invStd[j] = 1.0 / Math.sqrt(var + EPSILON);
            for (int r = 0; r < n; r++) {
                int i = j * n + r;
                normalized[i] = (in[i] - mean) * invStd[j];
                out[i] = g[j] * normalized[i] + b[j];
            }
            // r ← (1 − m)·r + m·batch value, the variance unbiased: σ²_B · n/(n − 1)
            runningMean[j] = (1.0 - MOMENTUM) * runningMean[j] + MOMENTUM * mean;
            runningVar[j] = (1.0 - MOMENTUM) * runningVar[j] + MOMENTUM * var * n / (n - 1);
        }
    }

    void forwardEval(double[] in, int n, double[] out) {
        double[] g = gamma.value();
        double[] b = beta.value();
        for (int j = 0; j < units; j++) {
            double inv = 1.0 / Math.sqrt(runningVar[j] + EPSILON);
            for (int r = 0; r < n; r++) {
                int i = j * n + r;
                out[i] = g[j] * ((in[i] - runningMean[j]) * inv) + b[j];
            }
        }
    }

    /** From dL/dout to dL/dz; sets dL/dγ and dL/dβ of this batch. */
    void backward(double[] gradOut, int n, double[] gradIn) {
        double[] g = gamma.value();
        double[] gg = gamma.grad();
        double[] gb = beta.grad();
        for (int j = 0; j < units; j++) {
            // dL/dγ = Σ dout·ẑ, dL/dβ = Σ dout, dL/dẑ = dout·γ
            double sumGrad = 0.0;
            double sumGradNorm = 0.0;
            for (int r = 0; r < n; r++) {
                int i = j * n + r;
                sumGrad += gradOut[i];
                sumGradNorm += gradOut[i] * normalized[i];
            }
            gg[j] = sumGradNorm;
            gb[j] = sumGrad;
            // dL/dz = γ/(n√(σ²+ε)) · (n·dout − Σdout − ẑ·Σ(dout·ẑ))
            double scale = g[j] * invStd[j] / n;
            for (int r = 0; r < n; r++) {
                int i = j * n + r;
                gradIn[i] = scale * (n * gradOut[i] - sumGrad - normalized[i] * sumGradNorm);
            }
        }
    }
}
