package neurallab.engine;

import java.util.List;

/** Adam, and AdamW (decoupled weight decay on every trained parameter, applied before the Adam step). */
final class Adam extends Optimizer {
    private final double[][] m;
    private final double[][] v;
    private double stepSize;
    private double biasCorrection2Sqrt;

    Adam(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
        m = stateLike();
        v = stateLike();
    }

    @Override
    protected void beforeStep() {
        // m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), folded into the step size and the denominator as PyTorch does
        stepSize = 1.0 / (1.0 - Math.pow(settings.beta1(), t));
        biasCorrection2Sqrt = Math.sqrt(1.0 - Math.pow(settings.beta2(), t));
    }

    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        double[] mi = m[index];
        double[] vi = v[index];
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        double eps = settings.epsilon();
        double decay = settings.type() == OptimizerType.ADAMW ? 1.0 - lr * settings.weightDecay() : 1.0;
        for (int i = 0; i < w.length; i++) {
            // adamw: w −= lr·λ·w
            w[i] *= decay;
            // m = β₁m + (1−β₁)g; v = β₂v + (1−β₂)g²
            mi[i] = b1 * mi[i] + (1.0 - b1) * g[i];
            vi[i] = b2 * vi[i] + (1.0 - b2) * g[i] * g[i];
            // w −= lr·m̂ / (√v̂ + ε)
            w[i] -= lr * stepSize * mi[i] / (Math.sqrt(vi[i]) / biasCorrection2Sqrt + eps);
        }
    }
}
