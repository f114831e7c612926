package neurallab.engine;

import java.util.List;

/** NAdam (PyTorch's NAdam): Adam with Nesterov momentum and a momentum-decay schedule μₜ. */
final class NAdam extends Optimizer {
    private final double[][] m;
    private final double[][] v;
    private double muProduct = 1.0;
    private double gradCoefficient;
    private double momentCoefficient;
    private double biasCorrection2;

    NAdam(List<Parameter> parameters, OptimizerSettings settings) {
        super(parameters, settings);
        m = stateLike();
        v = stateLike();
    }

    @Override
    protected void beforeStep() {
        double b1 = settings.beta1();
        double psi = settings.momentumDecay();
        // μₜ = β₁(1 − ½·0.96^(tψ)), μₜ₊₁ likewise, Πₜ = μ₁…μₜ
        double mu = b1 * (1.0 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = b1 * (1.0 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        muProduct *= mu;
        gradCoefficient = (1.0 - mu) / (1.0 - muProduct);
        momentCoefficient = muNext / (1.0 - muProduct * muNext);
        biasCorrection2 = 1.0 - Math.pow(settings.beta2(), t);
    }

    @Override
    protected void update(int index, double[] w, double[] g, double lr) {
        double[] mi = m[index];
        double[] vi = v[index];
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        double eps = settings.epsilon();
        for (int i = 0; i < w.length; i++) {
            mi[i] = b1 * mi[i] + (1.0 - b1) * g[i];
            vi[i] = b2 * vi[i] + (1.0 - b2) * g[i] * g[i];
            // w −= lr·(1−μₜ)/(1−Πₜ)·g/(√v̂ + ε) + lr·μₜ₊₁/(1−Πₜμₜ₊₁)·m/(√v̂ + ε)
            double denom = Math.sqrt(vi[i] / biasCorrection2) + eps;
            w[i] -= lr * gradCoefficient * g[i] / denom;
            w[i] -= lr * momentCoefficient * mi[i] / denom;
        }
    }
}
