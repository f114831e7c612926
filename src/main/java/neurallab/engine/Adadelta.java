package neurallab.engine;

import java.util.List;

/** Adadelta: a rate from the ratio of recent update sizes to recent gradient sizes. */
final class Adadelta extends Optimizer {
    private final double[][] squareAvg;
    private final double[][] deltaAvg;

    Adadelta(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
        squareAvg = stateLike();
        deltaAvg = stateLike();
    }

    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        double[] s = squareAvg[index];
        double[] u = deltaAvg[index];
        double rho = settings.rho();
        double eps = settings.epsilon();
        for (int i = 0; i < w.length; i++) {
            // s = ρs + (1−ρ)g²
            s[i] = rho * s[i] + (1.0 - rho) * g[i] * g[i];
            // Δ = √(u + ε)/√(s + ε)·g
            double delta = Math.sqrt(u[i] + eps) / Math.sqrt(s[i] + eps) * g[i];
            // u = ρu + (1−ρ)Δ²; w −= lr·Δ
            u[i] = rho * u[i] + (1.0 - rho) * delta * delta;
            w[i] -= lr * delta;
        }
    }
}
