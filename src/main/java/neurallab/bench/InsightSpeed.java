package neurallab.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.ActivationStats;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.BoundaryHistory;
import neurallab.session.insight.GradientFlow;
import neurallab.session.insight.LearningRateFinder;
import neurallab.session.insight.LossLandscape;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;
import neurallab.session.insight.RunComparison;
import neurallab.session.insight.WeightTrajectory;
import neurallab.session.insight.WeightsModel;

/**
 * The cost of each insight view's model on the Playground's largest network (7 inputs → 6 × 8 tanh →
 * 1 sigmoid): mean milliseconds per update after warm-up (the window's budget is 2 ms per update), and
 * the one-off computations (learning-rate finder, loss landscape) in milliseconds.
 */
final class InsightSpeed {
    private static final int WARM = 300;
    private static final int RUNS = 1000;
    private static final int ROWS = 256;

    private InsightSpeed() {
    }

    private static double millis(Runnable r) {
        for (int i = 0; i < WARM; i++) {
            r.run();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            r.run();
        }
        return (System.nanoTime() - t0) / 1e6 / RUNS;
    }

    static ObjectNode measure() {
        Network net = playgroundLargest();
        SplittableRandom random = new SplittableRandom(2);
        double[] x = new double[ROWS * 7];
        double[] y = new double[ROWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(-1, 1);
        }
        for (int r = 0; r < ROWS; r++) {
            y[r] = x[7 * r] * x[7 * r + 1] > 0 ? 1 : 0;
        }
        net.ensureCapacity(32);
        net.forwardBackward(x, y, 32, Loss.BCE, random);
        OptimizerSettings sgd = OptimizerSettings.defaults(OptimizerType.SGD, 0.1);
        ObjectNode perUpdate = JsonNodeFactory.instance.objectNode();
        WeightsModel weights = new WeightsModel(net);
        int[] pixels = new int[8 * 8];
        perUpdate.put("weights", millis(() -> {
            weights.update(net);
            for (int l = 0; l < weights.layerCount(); l++) {
                weights.matrixPixels(l, pixels);
            }
        }));
        GradientFlow flow = new GradientFlow(net, 1000);
        long[] step = {0};
        perUpdate.put("gradientFlow", millis(() -> flow.record(net, step[0]++)));
        ActivationStats stats = new ActivationStats(net, 20);
        perUpdate.put("activations", millis(() -> stats.update(net, x, ROWS)));
        double[] sample = Arrays.copyOf(x, 7);
        perUpdate.put("walkthrough", millis(() -> BackpropWalkthrough.of(net, sample, 1, Loss.BCE, sgd, 0.1)));
        OptimizerRace race = OptimizerRace.allOptimizers(LossSurface.ROSENBROCK);
        perUpdate.put("optimizerRace", millis(() -> {
            if (!race.finished()) {
                race.step();
            }
        }));
        BoundaryHistory history = new BoundaryHistory(64);
        long[] epoch = {0};
        perUpdate.put("boundaryHistory", millis(() -> history.record(epoch[0]++, net)));
        WeightTrajectory trajectory = new WeightTrajectory(net, 200, 1);
        long[] s2 = {0};
        perUpdate.put("trajectory", millis(() -> trajectory.record(s2[0]++, net)));
        RunComparison compare = new RunComparison();
        double[] losses = new double[1000];
        int[] thumb = new int[64 * 64];
        perUpdate.put("pin", millis(() -> {
            compare.clear();
            compare.pin(new RunComparison.PinnedRun("r", losses, 64, thumb));
        }));
        ObjectNode oneOff = JsonNodeFactory.instance.objectNode();
        long t0 = System.nanoTime();
        LearningRateFinder.run(net, x, y, ROWS, Loss.BCE, sgd, 32, 300, 1);
        oneOff.put("learningRateFinder300Batches", (System.nanoTime() - t0) / 1e6);
        t0 = System.nanoTime();
        LossLandscape.compute(net, trajectory, x, y, ROWS, Loss.BCE, true, 21, 0.2);
        oneOff.put("lossLandscape21x21", (System.nanoTime() - t0) / 1e6);
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.set("perUpdateMillis", perUpdate);
        report.set("oneOffMillis", oneOff);
        return report;
    }

    private static Network playgroundLargest() {
        List<LayerSpec> specs = new ArrayList<>();
        for (int l = 0; l < 6; l++) {
            specs.add(new LayerSpec(8, Activation.TANH));
        }
        specs.add(new LayerSpec(1, Activation.SIGMOID));
        Network net = new Network(7, specs);
        net.initialize(new Initializer(InitializerType.XAVIER_UNIFORM), 1);
        return net;
    }
}
