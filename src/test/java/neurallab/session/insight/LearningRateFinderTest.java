package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.io.ExperimentFiles;
import neurallab.session.TrainingRun;
import org.junit.jupiter.api.Test;

class LearningRateFinderTest {
    private static final int ROWS = 256;

    /** Fills x (unit-major, as the network reads: x₁ of row r at r, x₂ at ROWS + r) uniform in [−1, 1]² and returns y = 2x₁ − x₂ + 0.5. */
    private static double[] plane(double[] x) {
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            x[r] = random.nextDouble(-1, 1);
            x[ROWS + r] = random.nextDouble(-1, 1);
            y[r] = 2 * x[r] - x[ROWS + r] + 0.5;
        }
        return y;
    }

    @Test
    void linearRegressionSuggestsAStableRateAndLeavesTheNetworkAlone() {
        // y = 2x₁ − x₂ + 0.5 with x uniform in [−1, 1]²: mse Hessian 2·E[[x,1][x,1]ᵀ] has λ_max = 2,
        // so SGD is stable below lr = 1 and the loss explodes well before 10
        double[] x = new double[ROWS * 2];
        double[] y = plane(x);
        Network net = Nets.random(2, List.of(new LayerSpec(1, Activation.LINEAR)), 1);
        double[] kernelBefore = net.layers().get(0).kernel().clone();
        double[] biasBefore = net.layers().get(0).bias().clone();
        LearningRateFinder.Result result = LearningRateFinder.run(net, x, y, ROWS, Loss.MSE,
                OptimizerSettings.defaults(OptimizerType.SGD), 32, 300, 9);
        assertArrayEquals(kernelBefore, net.layers().get(0).kernel(), "original untouched");
        assertArrayEquals(biasBefore, net.layers().get(0).bias());
        assertTrue(result.exploded(), "the loss explodes before lr = 10");
        assertTrue(result.count() < 300);
        double last = result.rates()[result.count() - 1];
        assertTrue(last > 0.5 && last < 10, "stopped at " + last);
        assertTrue(result.suggestion() > 1e-3 && result.suggestion() < 1, "suggestion " + result.suggestion());
        assertTrue(result.steepestRate() > 1e-3 && result.steepestRate() < 1, "steepest " + result.steepestRate());
        // the rates grow exponentially: lr_k = 1e-6 · 1e7^(k/299)
        assertEquals(1e-6, result.rates()[0], 1e-18);
        assertEquals(1e-6 * Math.pow(1e7, 100.0 / 299), result.rates()[100], 1e-15);
        // smoothing: s₀ = loss₀, s₁ = (0.98·0.02·l₀ + 0.02·l₁)/(1 − 0.98²)
        assertEquals(result.losses()[0], result.smoothed()[0], 1e-12);
        double avg = 0.98 * 0.02 * result.losses()[0] + 0.02 * result.losses()[1];
        assertEquals(avg / (1 - 0.98 * 0.98), result.smoothed()[1], 1e-12);
    }

    @Test
    void aNetworkAlreadyAtTheMinimumGetsNoSuggestionRatherThanOneBelowTheSweep() {
        // the same regression, the network already on y = 2x₁ − x₂ + 0.5: the loss can only rise
        double[] x = new double[ROWS * 2];
        double[] y = plane(x);
        Network net = Nets.random(2, List.of(new LayerSpec(1, Activation.LINEAR)), 1);
        net.layers().get(0).kernel()[0] = 2;
        net.layers().get(0).kernel()[1] = -1;
        net.layers().get(0).bias()[0] = 0.5;
        LearningRateFinder.Result result = LearningRateFinder.run(net, x, y, ROWS, Loss.MSE,
                OptimizerSettings.defaults(OptimizerType.SGD), 32, 300, 9);
        // the smoothed minimum is at the sweep's start (the loss is 0 there, up to rounding): a tenth of it (the
        // old rule) lay outside the sweep
        assertTrue(result.minimumRate() >= LearningRateFinder.MIN_RATE && result.minimumRate() < 1e-5,
                "minimum at " + result.minimumRate());
        assertTrue(!result.hasSuggestion(), "suggested " + result.suggestion());
    }

    @Test
    void aTrainedNetworkDoesNotExplodeAtTinyRates() throws Exception {
        // a trained circle network: its mini-batch losses scatter over a decade, which once read as a blow-up
        // after three steps at 1e-6; the curve's loss over a fixed sample rises only at rates that do harm
        TrainingRun run = TrainingRun.start(ExperimentFiles.read(Path.of("resources/examples/circle.json")),
                Path.of("resources/examples"));
        run.train(300);
        for (long seed = 1; seed <= 4; seed++) {
            LearningRateFinder.Result result = LearningRateFinder.run(run, 200, seed);
            double stoppedAt = result.rates()[result.count() - 1];
            assertTrue(stoppedAt > 1e-2, "seed " + seed + " stopped at " + stoppedAt);
            assertTrue(!result.hasSuggestion() || result.suggestion() > 1e-4, "suggested " + result.suggestion());
        }
    }
}
