package neurallab.engine;

import java.util.List;

/** AdaGrad: each weight's rate shrinks with its summed squared gradients. */
final class Adagrad extends Optimizer {
    private final double[][] sumSquares;

    Adagrad(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
        sumSquares = stateLike();
    }

    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        double[] s = sumSquares[index];
        double eps = settings.epsilon();
        for (int i = 0; i < w.length; i++) {
            // s += g²; w −= lr·g / (√s + ε)
            s[i] += g[i] * g[i];
            w[i] -= lr * g[i] / (Math.sqrt(s[i]) + eps);
        }
    }
}
