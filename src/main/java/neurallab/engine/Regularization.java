package neurallab.engine;

import java.util.List;

/** Penalty added to each mini-batch's mean data loss: l1 · Σ|w| + l2 · Σ w², over kernels only. */
public record Regularization(double l1, double l2) {
    public static final Regularization NONE = new Regularization(0.0, 0.0);

    public boolean isNone() {
        return l1 == 0.0 && l2 == 0.0;
    }

    // l1 · Σ|w| + l2 · Σ w², over penalized parameters (kernels)
    public double penalty(List<Parameter> parameters) {
        double sum = 0.0;
        for (Parameter p : parameters) {
            if (p.penalized()) {
                for (double w : p.value()) {
                    sum += l1 * Math.abs(w) + l2 * w * w;
                }
            }
        }
        return sum;
    }

    // dL/dw += l1 · sign(w) + 2 · l2 · w (sign(0) = 0, as PyTorch)
    public void addGradient(List<Parameter> parameters) {
        if (isNone()) {
            return;
        }
        for (Parameter p : parameters) {
            if (!p.penalized()) {
                continue;
            }
            double[] w = p.value();
            double[] g = p.grad();
            for (int i = 0; i < w.length; i++) {
                g[i] += l1 * Math.signum(w[i]) + 2.0 * l2 * w[i];
            }
        }
    }

    public Regularization withL1(double v) {
        return new Regularization(v, l2);
    }

    public Regularization withL2(double v) {
        return new Regularization(l1, v);
    }
}
