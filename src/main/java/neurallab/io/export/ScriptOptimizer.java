package neurallab.io.export;

import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Schedule;

/** The script's optimizer (torch.optim, PyTorch semantics as engine-semantics.md) and learning-rate schedule. */
final class ScriptOptimizer {
    private ScriptOptimizer() {
    }

    static void append(Python py, OptimizerSettings o, Schedule schedule) {
        if (o.type() == OptimizerType.NADAM) {
            py.add(NADAM);
            py.gap();
        }
        py.add("LEARNING_RATE = " + Python.number(o.learningRate()));
        py.add("optimizer = " + optimizer(o));
        String factor = factor(schedule);
        if (factor != null) {
            py.gap();
            py.add("def lr_factor(e):");
            py.add("    \"\"\"The learning rate of epoch e = 0, 1, ... over LEARNING_RATE (" + schedule.type().id()
                    + " schedule).\"\"\"");
            py.add("    return " + factor);
            py.gap();
            py.add("scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_factor)  # stepped after each epoch");
        }
    }

    private static String optimizer(OptimizerSettings o) {
        String lr = "model.parameters(), lr=LEARNING_RATE";
        String betas = "betas=(" + Python.number(o.beta1()) + ", " + Python.number(o.beta2()) + "), eps="
                + Python.number(o.epsilon());
        return switch (o.type()) {
            case SGD -> "torch.optim.SGD(" + lr + ")";
            case MOMENTUM -> "torch.optim.SGD(" + lr + ", momentum=" + Python.number(o.momentum()) + ")";
            case NESTEROV -> "torch.optim.SGD(" + lr + ", momentum=" + Python.number(o.momentum()) + ", nesterov=True)";
            case ADAGRAD -> "torch.optim.Adagrad(" + lr + ", eps=" + Python.number(o.epsilon()) + ")";
            case ADADELTA -> "torch.optim.Adadelta(" + lr + ", rho=" + Python.number(o.rho()) + ", eps="
                    + Python.number(o.epsilon()) + ")";
            case RMSPROP -> "torch.optim.RMSprop(" + lr + ", alpha=" + Python.number(o.rho()) + ", eps="
                    + Python.number(o.epsilon()) + ", momentum=" + Python.number(o.momentum())
                    + ")  # PyTorch's alpha is NeuralLab's rho";
            case ADAM -> "torch.optim.Adam(" + lr + ", " + betas + ")";
            case ADAMW -> "torch.optim.AdamW(" + lr + ", " + betas + ", weight_decay="
                    + Python.number(o.weightDecay()) + ")";
            case ADAMAX -> "torch.optim.Adamax(" + lr + ", " + betas + ")";
            case NADAM -> "NAdam(" + lr + ", " + betas + ", momentum_decay=" + Python.number(o.momentumDecay()) + ")";
        };
    }

    /** lr(e) / lr₀ as a Python expression of e, or null for the constant schedule. */
    private static String factor(Schedule s) {
        return switch (s.type()) {
            case CONSTANT -> null;
            // lr₀ · γ^⌊e / stepSize⌋
            case STEP -> Python.number(s.gamma()) + " ** (e // " + s.stepSize() + ")";
            // lr₀ · γ^e
            case EXPONENTIAL -> Python.number(s.gamma()) + " ** e";
            // lr₀ / (1 + decay · e)
            case TIME -> "1 / (1 + " + Python.number(s.decay()) + " * e)";
            // lo + ½(lr₀ − lo)(1 + cos(π · min(e, period) / period)), divided by lr₀
            case COSINE -> {
                String lo = Python.number(s.minLearningRate());
                String period = Integer.toString(s.period());
                yield "(" + lo + " + 0.5 * (LEARNING_RATE - " + lo + ") * (1 + math.cos(math.pi * min(e, " + period
                        + ") / " + period + "))) / LEARNING_RATE";
            }
        };
    }

    private static final String NADAM = """
            class NAdam(torch.optim.Optimizer):
                \"""NAdam as PyTorch 2.x's torch.optim.NAdam and NeuralLab compute it. PyTorch 1.13's NAdam
                counts mu_t twice in the momentum term's denominator, so the update is written out here.\"""

                def __init__(self, params, lr, betas, eps, momentum_decay):
                    super().__init__(params, dict(lr=lr, betas=betas, eps=eps, momentum_decay=momentum_decay))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        lr, (beta1, beta2), eps = group["lr"], group["betas"], group["eps"]
                        psi = group["momentum_decay"]
                        for p in group["params"]:
                            if p.grad is None:
                                continue
                            state = self.state[p]
                            if not state:
                                state.update(step=0, mu_product=1.0, m=torch.zeros_like(p), v=torch.zeros_like(p))
                            state["step"] += 1
                            t = state["step"]
                            mu = beta1 * (1 - 0.5 * 0.96 ** (t * psi))
                            mu_next = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi))
                            state["mu_product"] *= mu
                            m, v, g = state["m"], state["v"], p.grad
                            m.mul_(beta1).add_(g, alpha=1 - beta1)
                            v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                            denom = (v / (1 - beta2 ** t)).sqrt() + eps
                            p.addcdiv_(g, denom, value=-lr * (1 - mu) / (1 - state["mu_product"]))
                            p.addcdiv_(m, denom, value=-lr * mu_next / (1 - state["mu_product"] * mu_next))
            """;
}
