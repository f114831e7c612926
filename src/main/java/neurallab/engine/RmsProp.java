package neurallab.engine;

import java.util.List;

/** RMSProp, with optional momentum, as PyTorch's RMSprop (alpha = ρ). */
final class RmsProp extends Optimizer {
    private final double[][] squareAvg;
    private final double[][] buffer;

    RmsProp(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
        squareAvg = stateLike();
        buffer = stateLike();
    }

    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        double[] s = squareAvg[index];
        double[] b = buffer[index];
        double rho = settings.rho();
        double eps = settings.epsilon();
        double mu = settings.momentum();
        for (int i = 0; i < w.length; i++) {
            // s = ρs + (1−ρ)g²
            s[i] = rho * s[i] + (1.0 - rho) * g[i] * g[i];
            double avg = Math.sqrt(s[i]) + eps;
            if (mu > 0.0) {
                // b = μb + g/(√s + ε); w −= lr·b
                b[i] = mu * b[i] + g[i] / avg;
                w[i] -= lr * b[i];
            } else {
                // w −= lr·g / (√s + ε)
                w[i] -= lr * g[i] / avg;
            }
        }
    }
}
