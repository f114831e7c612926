package neurallab.engine;

import java.util.List;

/** Plain gradient descent. */
final class Sgd extends Optimizer {
    Sgd(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
    }

    // w −= lr·g
    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= lr * g[i];
        }
    }
}
