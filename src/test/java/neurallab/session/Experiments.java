package neurallab.session;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;

/** Small experiments for tests. */
public final class Experiments {
    private Experiments() {
    }

    /** The four XOR corners (±1), each repeated, as inline training and test data. */
    public static DataSource.Inline xorData() {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            points.add(new double[] {-1, -1, 0});
            points.add(new double[] {1, 1, 0});
            points.add(new double[] {-1, 1, 1});
            points.add(new double[] {1, -1, 1});
        }
        return new DataSource.Inline(points, List.of(), points);
    }

    public static Experiment classifier(DataSource data, List<LayerSpec> layers, OptimizerSettings optimizer,
                                        int batchSize, int epochs, long seed) {
        TrainingSpec training = new TrainingSpec(Loss.BCE, optimizer, batchSize, epochs, true, Regularization.NONE,
                Schedule.CONSTANT, null);
        return new Experiment(seed, ProblemType.CLASSIFICATION, data, List.of(Feature.X1, Feature.X2), layers,
                new Initializer(InitializerType.XAVIER_UNIFORM), null, training);
    }

    public static Experiment xor(List<LayerSpec> layers, long seed) {
        return classifier(xorData(), layers, OptimizerSettings.defaults(OptimizerType.ADAM, 0.05), 20, 300, seed);
    }
}
