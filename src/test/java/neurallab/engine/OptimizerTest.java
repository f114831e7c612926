package neurallab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first two steps of every optimizer on one weight w₀ = 1 with gradients g₁ = 0.5, g₂ = −0.25 and
 * lr = 0.1, against the formulas of docs/engine.md worked out by hand in scalar form.
 */
class OptimizerTest {
    private static final double LR = 0.1;
    private static final double G1 = 0.5;
    private static final double G2 = -0.25;

    private static double[] twoSteps(OptimizerSettings settings) {
        Parameter w = new Parameter("w", 1, true);
        w.value()[0] = 1.0;
        Optimizer optimizer = Optimizer.create(settings, List.of(w));
        w.grad()[0] = G1;
        optimizer.step(LR);
        double first = w.value()[0];
        w.grad()[0] = G2;
        optimizer.step(LR);
        return new double[] {first, w.value()[0]};
    }

    private static void assertSteps(OptimizerType type, double expected1, double expected2) {
        double[] w = twoSteps(OptimizerSettings.defaults(type, LR));
        assertEquals(expected1, w[0], 1e-12, type + " step 1");
        assertEquals(expected2, w[1], 1e-12, type + " step 2");
    }

    @Test
    void sgd() {
        assertSteps(OptimizerType.SGD, 0.95, 0.975);
    }

    @Test
    void momentum() {
        // v₁ = 0.5, w₁ = 0.95; v₂ = 0.9·0.5 − 0.25 = 0.2, w₂ = 0.95 − 0.02
        assertSteps(OptimizerType.MOMENTUM, 0.95, 0.93);
    }

    @Test
    void nesterov() {
        // w₁ = 1 − 0.1·(0.5 + 0.9·0.5) = 0.905; v₂ = 0.2, w₂ = 0.905 − 0.1·(−0.25 + 0.18) = 0.912
        assertSteps(OptimizerType.NESTEROV, 0.905, 0.912);
    }

    @Test
    void adagrad() {
        double w1 = 1 - LR * 0.5 / (Math.sqrt(0.25) + 1e-10);
        double w2 = w1 - LR * -0.25 / (Math.sqrt(0.3125) + 1e-10);
        assertSteps(OptimizerType.ADAGRAD, w1, w2);
    }

    @Test
    void adadelta() {
        double s1 = 0.1 * 0.25;
        double d1 = Math.sqrt(0 + 1e-6) / Math.sqrt(s1 + 1e-6) * 0.5;
        double u1 = 0.1 * d1 * d1;
        double s2 = 0.9 * s1 + 0.1 * 0.0625;
        double d2 = Math.sqrt(u1 + 1e-6) / Math.sqrt(s2 + 1e-6) * -0.25;
        assertSteps(OptimizerType.ADADELTA, 1 - LR * d1, 1 - LR * d1 - LR * d2);
    }

    @Test
    void rmsprop() {
        double s1 = 0.01 * 0.25;
        double s2 = 0.99 * s1 + 0.01 * 0.0625;
        double w1 = 1 - LR * 0.5 / (Math.sqrt(s1) + 1e-8);
        assertSteps(OptimizerType.RMSPROP, w1, w1 - LR * -0.25 / (Math.sqrt(s2) + 1e-8));
    }

    @Test
    void rmspropWithMomentum() {
        OptimizerSettings s = OptimizerSettings.defaults(OptimizerType.RMSPROP, LR);
        s = new OptimizerSettings(s.type(), LR, 0.5, s.beta1(), s.beta2(), s.epsilon(), s.rho(), s.weightDecay(),
                s.momentumDecay());
        double s1 = 0.01 * 0.25;
        double s2 = 0.99 * s1 + 0.01 * 0.0625;
        double b1 = 0.5 / (Math.sqrt(s1) + 1e-8);
        double b2 = 0.5 * b1 + -0.25 / (Math.sqrt(s2) + 1e-8);
        double[] w = twoSteps(s);
        assertEquals(1 - LR * b1, w[0], 1e-12);
        assertEquals(1 - LR * b1 - LR * b2, w[1], 1e-12);
    }

    @Test
    void adam() {
        // m₁ = 0.05, v₁ = 0.00025, m̂ = 0.5, v̂ = 0.25
        double w1 = 1 - LR * 0.5 / (0.5 + 1e-8);
        double m2 = 0.9 * 0.05 + 0.1 * -0.25;
        double v2 = 0.999 * 0.00025 + 0.001 * 0.0625;
        double w2 = w1 - LR * (m2 / (1 - 0.81)) / (Math.sqrt(v2 / (1 - 0.999 * 0.999)) + 1e-8);
        assertSteps(OptimizerType.ADAM, w1, w2);
    }

    @Test
    void adamwDecaysTheWeightBeforeTheAdamStep() {
        double w1 = (1 - LR * 0.01) - LR * 0.5 / (0.5 + 1e-8);
        double m2 = 0.9 * 0.05 + 0.1 * -0.25;
        double v2 = 0.999 * 0.00025 + 0.001 * 0.0625;
        double w2 = w1 * (1 - LR * 0.01) - LR * (m2 / (1 - 0.81)) / (Math.sqrt(v2 / (1 - 0.999 * 0.999)) + 1e-8);
        assertSteps(OptimizerType.ADAMW, w1, w2);
    }

    @Test
    void adamax() {
        // m₁ = 0.05, u₁ = max(0, 0.5 + ε); w₁ = 1 − lr/(1−0.9)·m₁/u₁
        double u1 = 0.5 + 1e-8;
        double w1 = 1 - LR / 0.1 * 0.05 / u1;
        double m2 = 0.9 * 0.05 + 0.1 * -0.25;
        double u2 = Math.max(0.999 * u1, 0.25 + 1e-8);
        assertSteps(OptimizerType.ADAMAX, w1, w1 - LR / (1 - 0.81) * m2 / u2);
    }

    @Test
    void nadam() {
        double mu1 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.004));
        double mu2 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.008));
        double mu3 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.012));
        double m1 = 0.05;
        double v1 = 0.00025;
        double d1 = Math.sqrt(v1 / 0.001) + 1e-8;
        double w1 = 1 - LR * (1 - mu1) / (1 - mu1) * 0.5 / d1 - LR * mu2 / (1 - mu1 * mu2) * m1 / d1;
        double m2 = 0.9 * m1 + 0.1 * -0.25;
        double v2 = 0.999 * v1 + 0.001 * 0.0625;
        double d2 = Math.sqrt(v2 / (1 - 0.999 * 0.999)) + 1e-8;
        double w2 = w1 - LR * (1 - mu2) / (1 - mu1 * mu2) * -0.25 / d2 - LR * mu3 / (1 - mu1 * mu2 * mu3) * m2 / d2;
        assertSteps(OptimizerType.NADAM, w1, w2);
    }

    @Test
    void newSettingsKeepTheState() {
        Parameter w = new Parameter("w", 1, true);
        w.value()[0] = 1.0;
        Optimizer optimizer = Optimizer.create(OptimizerSettings.defaults(OptimizerType.MOMENTUM, LR), List.of(w));
        w.grad()[0] = G1;
        optimizer.step(LR);
        optimizer.setSettings(OptimizerSettings.defaults(OptimizerType.MOMENTUM, 0.2));
        w.grad()[0] = G2;
        optimizer.step(0.2);
        // v₂ = 0.2 from the kept velocity; w₂ = 0.95 − 0.2·0.2
        assertEquals(0.91, w.value()[0], 1e-12);
    }
}
