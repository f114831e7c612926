package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import org.junit.jupiter.api.Test;

class OptimizerRaceTest {
    private static final double LR = 0.1;

    /** Bowl f = x² + y² from (1, 2): g₁ = (2, 4). */
    private static OptimizerRace.Racer firstSteps(OptimizerType type, int steps) {
        OptimizerRace race = new OptimizerRace(LossSurface.BOWL, 1, 2, List.of(OptimizerSettings.defaults(type, LR)));
        race.step(steps);
        return race.racer(type);
    }

    private static void assertAt(OptimizerRace.Racer r, double x, double y) {
        assertEquals(x, r.x(), 1e-12, r.type() + " x");
        assertEquals(y, r.y(), 1e-12, r.type() + " y");
    }

    @Test
    void plainMomentumAndNesterovByHand() {
        // sgd: (1, 2) − 0.1·(2, 4) = (0.8, 1.6); then − 0.1·(1.6, 3.2) = (0.64, 1.28)
        assertAt(firstSteps(OptimizerType.SGD, 2), 0.64, 1.28);
        // momentum: v₁ = (2, 4) → (0.8, 1.6); v₂ = 0.9·(2, 4) + (1.6, 3.2) = (3.4, 6.8) → (0.46, 0.92)
        assertAt(firstSteps(OptimizerType.MOMENTUM, 2), 0.46, 0.92);
        // nesterov: v₁ = (2, 4); step g + μv = (3.8, 7.6) → (0.62, 1.24)
        assertAt(firstSteps(OptimizerType.NESTEROV, 1), 0.62, 1.24);
        // then g₂ = (1.24, 2.48), v₂ = 0.9·(2, 4) + g₂ = (3.04, 6.08), step g₂ + 0.9·v₂ = (3.976, 7.952)
        assertAt(firstSteps(OptimizerType.NESTEROV, 2), 0.62 - 0.3976, 1.24 - 0.7952);
        OptimizerRace.Racer sgd = firstSteps(OptimizerType.SGD, 2);
        assertEquals(2, sgd.steps());
        assertEquals(3, sgd.pathLength());
        assertEquals(0.8, sgd.pathX(1), 1e-12);
        assertEquals(0.64 * 0.64 + 1.28 * 1.28, sgd.loss(), 1e-12);
    }

    @Test
    void adaptiveFirstStepsByHand() {
        double[] g = {2, 4};
        double[] w = {1, 2};
        double[] adagrad = new double[2];
        double[] rms = new double[2];
        double[] adam = new double[2];
        double[] adamw = new double[2];
        double[] adamax = new double[2];
        double[] adadelta = new double[2];
        double[] nadam = new double[2];
        double mu1 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.004));
        double mu2 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.008));
        for (int i = 0; i < 2; i++) {
            // adagrad: s = g², w −= lr·g/(√s + 1e-10)
            adagrad[i] = w[i] - LR * g[i] / (Math.abs(g[i]) + 1e-10);
            // rmsprop: s = 0.01g², w −= lr·g/(√s + 1e-8)
            rms[i] = w[i] - LR * g[i] / (Math.sqrt(0.01 * g[i] * g[i]) + 1e-8);
            // adam: m̂ = g, v̂ = g² → w −= lr·g/(|g|/√(1−β₂)·√(1−β₂) + ε); written the engine's way
            double m = 0.1 * g[i];
            double v = 0.001 * g[i] * g[i];
            adam[i] = w[i] - LR * (1 / 0.1) * m / (Math.sqrt(v) / Math.sqrt(0.001) + 1e-8);
            adamw[i] = w[i] * (1 - LR * 0.01) - LR * (1 / 0.1) * m / (Math.sqrt(v) / Math.sqrt(0.001) + 1e-8);
            // adamax: u = |g| + ε; w −= lr/(1 − β₁)·m/u
            adamax[i] = w[i] - LR / 0.1 * m / (Math.abs(g[i]) + 1e-8);
            // adadelta: s = 0.1g²; Δ = √(0 + ε)/√(s + ε)·g
            adadelta[i] = w[i] - LR * Math.sqrt(1e-6) / Math.sqrt(0.1 * g[i] * g[i] + 1e-6) * g[i];
            // nadam: v̂ = g²; w −= lr(1−μ₁)/(1−μ₁)·g/(|g|+ε) + lr·μ₂/(1−μ₁μ₂)·m/(|g|+ε)
            double denom = Math.sqrt(v / 0.001) + 1e-8;
            nadam[i] = w[i] - LR * g[i] / denom - LR * mu2 / (1 - mu1 * mu2) * m / denom;
        }
        assertAt(firstSteps(OptimizerType.ADAGRAD, 1), adagrad[0], adagrad[1]);
        assertAt(firstSteps(OptimizerType.RMSPROP, 1), rms[0], rms[1]);
        assertAt(firstSteps(OptimizerType.ADAM, 1), adam[0], adam[1]);
        assertAt(firstSteps(OptimizerType.ADAMW, 1), adamw[0], adamw[1]);
        assertAt(firstSteps(OptimizerType.ADAMAX, 1), adamax[0], adamax[1]);
        assertAt(firstSteps(OptimizerType.ADADELTA, 1), adadelta[0], adadelta[1]);
        assertAt(firstSteps(OptimizerType.NADAM, 1), nadam[0], nadam[1]);
    }

    @Test
    void learningRateChangesMidRaceAndStateIsKept() {
        OptimizerRace race = new OptimizerRace(LossSurface.BOWL, 1, 2,
                List.of(OptimizerSettings.defaults(OptimizerType.MOMENTUM, LR)));
        race.step();
        race.setLearningRate(OptimizerType.MOMENTUM, 0.01);
        race.step();
        // v₂ = (3.4, 6.8) as before, now with lr 0.01: (0.8, 1.6) − 0.01·v₂
        assertAt(race.racer(OptimizerType.MOMENTUM), 0.8 - 0.034, 1.6 - 0.068);
        assertEquals(0.01, race.racer(OptimizerType.MOMENTUM).settings().learningRate());
    }

    @Test
    void allTenRaceAndMostReachTheBowlsMinimum() {
        OptimizerRace race = OptimizerRace.allOptimizers(LossSurface.BOWL);
        assertEquals(10, race.racers().size());
        race.step(400);
        long near = race.racers().stream().filter(r -> r.loss() < 1e-2).count();
        assertTrue(near >= 8, near + " of 10 near the minimum");
        OptimizerRace diverging = new OptimizerRace(LossSurface.BOWL, 1, 1,
                List.of(OptimizerSettings.defaults(OptimizerType.SGD, 1.5)));
        diverging.step(200);
        assertTrue(diverging.racer(OptimizerType.SGD).diverged());
        assertTrue(diverging.finished());
    }

    @Test
    void everySurfaceGradientMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(5);
        double[] g = new double[2];
        for (LossSurface s : LossSurface.values()) {
            for (int k = 0; k < 50; k++) {
                double x = random.nextDouble(s.xMin(), s.xMax());
                double y = random.nextDouble(s.yMin(), s.yMax());
                s.gradient(x, y, g);
                double h = 1e-5;
                double fx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
                double fy = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
                double scale = 1 + Math.abs(fx) + Math.abs(fy);
                assertEquals(fx, g[0], 1e-6 * scale, s + " ∂x at " + x + "," + y);
                assertEquals(fy, g[1], 1e-6 * scale, s + " ∂y at " + x + "," + y);
            }
            for (double[] m : s.minima()) {
                s.gradient(m[0], m[1], g);
                assertEquals(0, g[0], 1e-4, s + " minimum");
                assertEquals(0, g[1], 1e-4, s + " minimum");
            }
        }
    }

    @Test
    void marchingSquaresTracesTheBowlsCircles() {
        int n = 61;
        double[] grid = new double[n * n];
        LossSurface.BOWL.sample(n, n, grid);
        double[] seg = Contours.segments(grid, n, n, -3, 3, -3, 3, 4.0);
        assertTrue(seg.length > 40);
        double length = 0;
        for (int i = 0; i < seg.length; i += 4) {
            for (int p = 0; p < 4; p += 2) {
                double radius = Math.hypot(seg[i + p], seg[i + p + 1]);
                assertEquals(2.0, radius, 0.01, "on the circle f = 4");
            }
            length += Math.hypot(seg[i + 2] - seg[i], seg[i + 3] - seg[i + 1]);
        }
        assertEquals(4 * Math.PI, length, 0.05, "circumference");
        // the saddle's zero level is the two diagonals; every point has |x| = |y|
        LossSurface.SADDLE.sample(n, n, grid);
        double[] cross = Contours.segments(grid, n, n, -2, 2, -2, 2, 0.5);
        for (int i = 0; i < cross.length; i += 2) {
            double x = cross[i];
            double y = cross[i + 1];
            assertEquals(0.5, x * x - y * y, 0.01);
        }
        double[] levels = Contours.quantileLevels(grid, 8);
        for (int k = 1; k < 8; k++) {
            assertTrue(levels[k] >= levels[k - 1]);
        }
    }
}
