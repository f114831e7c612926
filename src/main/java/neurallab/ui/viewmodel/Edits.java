package neurallab.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.Builtins;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.GeneratorInfo;
import neurallab.data.Generators;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.TrainingSpec;

/**
 * Pure edits of an {@link Experiment}: each returns a new experiment. The output layer follows the
 * problem, the class count and the loss (docs/engine.md's valid pairings), so the user edits only
 * hidden layers, as in the Playground.
 */
public final class Edits {
    /** The most neurons of one layer the network view draws one by one (a file or the window may hold more). */
    public static final int MAX_NEURONS = 64;

    private Edits() {
    }

    /** The Playground's opening experiment: circle, x1 and x2, 4-2 tanh, sigmoid output, bce, SGD 0.03. */
    public static Experiment playgroundDefault() {
        TrainingSpec training = new TrainingSpec(Loss.BCE, OptimizerSettings.defaults(OptimizerType.SGD, 0.03), 10,
                1000, true, Regularization.NONE, Schedule.CONSTANT, null);
        return new Experiment(7, ProblemType.CLASSIFICATION, new DataSource.Generator("circle", 500, 0.0, 2, 0.5, 0.0),
                List.of(Feature.X1, Feature.X2),
                List.of(new LayerSpec(4, Activation.TANH), new LayerSpec(2, Activation.TANH),
                        new LayerSpec(1, Activation.SIGMOID)),
                new Initializer(InitializerType.XAVIER_UNIFORM), null, training);
    }

    public static List<LayerSpec> hidden(Experiment e) {
        return e.layers().subList(0, e.layers().size() - 1);
    }

    public static LayerSpec output(Experiment e) {
        return e.layers().get(e.layers().size() - 1);
    }

    /** The number of classes the data has (0 for regression). */
    public static int classes(Experiment e) {
        if (e.problem() == ProblemType.REGRESSION) {
            return 0;
        }
        DataSource d = e.data();
        if (d instanceof DataSource.Generator g) {
            GeneratorInfo info = Generators.info(g.generator()).orElse(null);
            if (info == null) {
                return 2;
            }
            return g.classes() > 0 && info.takesClasses() ? g.classes() : info.defaultClasses();
        }
        if (d instanceof DataSource.Builtin b) {
            return Builtins.load(b.name()).classCount();
        }
        if (d instanceof DataSource.Inline in) {
            int k = 2;
            for (List<double[]> rows : List.of(in.train(), in.validation(), in.test())) {
                for (double[] r : rows) {
                    k = Math.max(k, (int) r[2] + 1);
                }
            }
            return k;
        }
        return Math.max(2, output(e).units());
    }

    public static Experiment withHidden(Experiment e, List<LayerSpec> hidden) {
        List<LayerSpec> layers = new ArrayList<>(hidden);
        layers.add(ExperimentRules.outputLayer(e.problem(), classes(e), e.training().loss()));
        return e.withLayers(layers).withWeights(null);
    }

    /** Fixes the output layer and the loss after a change of problem, data or loss. */
    public static Experiment settleOutput(Experiment e) {
        int k = classes(e);
        Loss loss = e.training().loss();
        if (!ExperimentRules.losses(e.problem(), k).contains(loss)) {
            loss = ExperimentRules.defaultLoss(e.problem(), k);
        }
        List<LayerSpec> layers = new ArrayList<>(hidden(e));
        layers.add(ExperimentRules.outputLayer(e.problem(), k, loss));
        return e.withTraining(e.training().withLoss(loss)).withLayers(layers).withWeights(null);
    }

    public static Experiment withData(Experiment e, ProblemType problem, DataSource data, List<Feature> features) {
        // early stopping watches the validation split: data without one turns it off rather than fail to train
        TrainingSpec training = data.hasValidation() ? e.training() : e.training().withEarlyStopping(null);
        return settleOutput(e.withProblem(problem).withData(data).withFeatures(features).withTraining(training));
    }

    /** Parameters of each layer (kernel + bias, plus γ and β with batch norm). */
    public static List<Integer> parameterCounts(Experiment e, int inputCount) {
        List<Integer> counts = new ArrayList<>();
        int fanIn = inputCount;
        for (LayerSpec s : e.layers()) {
            counts.add(fanIn * s.units() + s.units() + (s.batchNorm() ? 2 * s.units() : 0));
            fanIn = s.units();
        }
        return counts;
    }
}
