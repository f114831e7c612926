package neurallab.engine;

import java.util.List;

/** Adamax: Adam with the infinity norm in place of the second moment. */
final class Adamax extends Optimizer {
    private final double[][] m;
    private final double[][] u;

    Adamax(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
        m = stateLike();
        u = stateLike();
    }

    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        double[] mi = m[index];
        double[] ui = u[index];
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        double eps = settings.epsilon();
        double clr = lr / (1.0 - Math.pow(b1, t));
        for (int i = 0; i < w.length; i++) {
            // m = β₁m + (1−β₁)g; u = max(β₂u, |g| + ε)
            mi[i] = b1 * mi[i] + (1.0 - b1) * g[i];
            ui[i] = Math.max(b2 * ui[i], Math.abs(g[i]) + eps);
            // w −= lr/(1−β₁ᵗ)·m/u
            w[i] -= clr * mi[i] / ui[i];
        }
    }
}
