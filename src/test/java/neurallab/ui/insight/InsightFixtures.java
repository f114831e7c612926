package neurallab.ui.insight;

import java.util.List;
import neurallab.data.Feature;
import neurallab.session.NeuronGrid;
import java.util.SplittableRandom;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import neurallab.engine.Activation;
import neurallab.engine.Batches;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.Optimizer;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.ActivationStats;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.BoundaryHistory;
import neurallab.session.insight.Palette;
import neurallab.session.insight.GradientFlow;
import neurallab.session.insight.LearningRateFinder;
import neurallab.session.insight.LossLandscape;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;
import neurallab.session.insight.RunComparison;
import neurallab.session.insight.WeightTrajectory;
import neurallab.session.insight.WeightsModel;

/**
 * Every insight view in tabs, fed by a small network trained here (quadrant data, 2 → 8 → 8 tanh → 1, its
 * inputs unit-major as the engine reads them), for the view tests.
 */
final class InsightFixtures {
    private static final int ROWS = 200;
    private static final int THUMB = 48;

    /** The tabs, built from a freshly trained demo network. */
    static TabPane build() {
        List<LayerSpec> specs = List.of(new LayerSpec(8, Activation.TANH), new LayerSpec(8, Activation.TANH),
                new LayerSpec(1, Activation.SIGMOID));
        Network net = new Network(2, specs);
        net.initialize(new Initializer(InitializerType.XAVIER_UNIFORM), 1);
        SplittableRandom random = new SplittableRandom(2);
        double[][] rows = new double[ROWS][];
        double[] y = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            rows[r] = new double[] {random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
            y[r] = rows[r][0] * rows[r][1] > 0 ? 1 : 0;
        }
        // unit-major: x1 of row r at r, x2 at ROWS + r
        double[] x = Batches.unitMajor(rows, 2);
        net.ensureCapacity(ROWS);
        OptimizerSettings adam = OptimizerSettings.defaults(OptimizerType.ADAM, 0.02);
        Optimizer optimizer = Optimizer.create(adam, net.parameters());
        GradientFlow flow = new GradientFlow(net, 300);
        BoundaryHistory history = new BoundaryHistory(32);
        WeightTrajectory trajectory = new WeightTrajectory(net, 60, 2);
        RunComparison compare = new RunComparison();
        LearningRateFinder.Result finder = LearningRateFinder.run(net, x, y, ROWS, Loss.BCE, adam, 20, 200, 3);
        double[] losses = new double[200];
        for (int e = 0; e < 200; e++) {
            history.record(e, net);
            trajectory.record(e, net);
            losses[e] = net.forwardBackward(x, y, ROWS, Loss.BCE, random);
            optimizer.step(0.02);
            flow.record(net, e + 1);
        }
        compare.pin(new RunComparison.PinnedRun("Adam 0.02", losses, THUMB, boundary(net.exportParameters(), specs)));
        WeightsModel weights = new WeightsModel(net);
        ActivationStats stats = new ActivationStats(net, 20);
        stats.update(net, x, ROWS);
        BackpropWalkthrough walk = BackpropWalkthrough.of(net, rows[0].clone(), y[0], Loss.BCE,
                OptimizerSettings.defaults(OptimizerType.SGD, 0.1), 0.1);
        LossLandscape landscape = LossLandscape.compute(net, trajectory, x, y, ROWS, Loss.BCE, true, 31, 0.3);

        TabPane tabs = new TabPane();
        tabs.getTabs().addAll(
                new Tab("Weights", new WeightsView(weights)),
                new Tab("Gradient flow", new GradientFlowView(flow)),
                new Tab("Activations", new ActivationsView(stats)),
                new Tab("Backprop", new WalkthroughView(walk)),
                new Tab("Optimizer race", new OptimizerRaceView(OptimizerRace.allOptimizers(LossSurface.ROSENBROCK))),
                new Tab("LR finder", new LearningRateFinderView(finder)),
                new Tab("Landscape", new LossLandscapeView(landscape)),
                new Tab("History", new BoundaryHistoryView(history, THUMB, w -> boundary(w, specs), "orange: class 0, blue: class 1")),
                new Tab("Compare", new CompareRunsView(compare)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** The network's output over [−1, 1]², coloured on the diverging scale around 0.5. */
    static int[] boundary(List<LayerParameters> weights, List<LayerSpec> specs) {
        Network n = new Network(2, specs);
        n.importParameters(weights);
        NeuronGrid grid = new NeuronGrid(List.of(Feature.X1, Feature.X2), THUMB, -1, 1);
        grid.evaluate(n);
        int[] argb = new int[THUMB * THUMB];
        double[] p = grid.outputs(specs.size() - 1);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = Palette.argb(p[i] - 0.5, 0.5);
        }
        return argb;
    }
}
