package neurallab.engine;

import java.util.List;

/** Heavy-ball momentum, or Nesterov's variant, as PyTorch's SGD (dampening 0). */
final class Momentum extends Optimizer {
    private final double[][] velocity;

    Momentum(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
        velocity = stateLike();
    }

    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        double[] v = velocity[index];
        double mu = settings.momentum();
        boolean nesterov = settings.type() == OptimizerType.NESTEROV;
        for (int i = 0; i < w.length; i++) {
            // v = μv + g (v₁ = g)
            v[i] = t == 1 ? g[i] : mu * v[i] + g[i];
            // momentum: w −= lr·v ; nesterov: w −= lr·(g + μv)
            w[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
        }
    }
}
