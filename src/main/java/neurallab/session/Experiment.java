package neurallab.session;

import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Initializer;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;

/**
 * One immutable description of an experiment (docs/file-format.md, version 1): the single source for
 * the window, the file format and the headless command. {@code features} is empty for data that is not
 * 2-D (all columns are inputs); {@code weights} is null or one entry per layer.
 */
public record Experiment(long seed, ProblemType problem, DataSource data, List<Feature> features,
                         List<LayerSpec> layers, Initializer initializer, List<LayerParameters> weights,
                         TrainingSpec training) {
    public static final int FORMAT_VERSION = 1;

    public Experiment {
        features = List.copyOf(features);
        layers = List.copyOf(layers);
        weights = weights == null ? null : List.copyOf(weights);
    }

    public Experiment withSeed(long v) {
        return new Experiment(v, problem, data, features, layers, initializer, weights, training);
    }

    public Experiment withProblem(ProblemType v) {
        return new Experiment(seed, v, data, features, layers, initializer, weights, training);
    }

    public Experiment withData(DataSource v) {
        return new Experiment(seed, problem, v, features, layers, initializer, weights, training);
    }

    public Experiment withFeatures(List<Feature> v) {
        return new Experiment(seed, problem, data, v, layers, initializer, weights, training);
    }

    public Experiment withLayers(List<LayerSpec> v) {
        return new Experiment(seed, problem, data, features, v, initializer, weights, training);
    }

    public Experiment withInitializer(Initializer v) {
        return new Experiment(seed, problem, data, features, layers, v, weights, training);
    }

    /** null: the initializer draws the weights. */
    public Experiment withWeights(List<LayerParameters> v) {
        return new Experiment(seed, problem, data, features, layers, initializer, v, training);
    }

    public Experiment withTraining(TrainingSpec v) {
        return new Experiment(seed, problem, data, features, layers, initializer, weights, v);
    }
}
