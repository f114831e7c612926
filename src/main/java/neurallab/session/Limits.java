package neurallab.session;

import java.util.List;
import neurallab.data.GeneratorInfo;
import neurallab.data.Generators;

/**
 * What an experiment may hold, in one table read by the window's fields, the file reader, the headless
 * command and the data's checks. The data package's own limits (samples, noise, class counts, the plane)
 * are defined there, beside the generators, and named here. Pairings of loss and output layer are in
 * {@link ExperimentRules}.
 */
public final class Limits {
    /** The input plane every generator draws from and every map shows: [−6, 6]². */
    public static final double PLANE_MIN = -Generators.EXTENT;
    public static final double PLANE_MAX = Generators.EXTENT;

    public static final Range LEARNING_RATE = Range.positive("training.optimizer.learningRate", "learning rate");
    public static final Range MOMENTUM = Range.fraction("training.optimizer.momentum", "momentum μ");
    public static final Range BETA1 = Range.fraction("training.optimizer.beta1", "beta1 β₁");
    public static final Range BETA2 = Range.fraction("training.optimizer.beta2", "beta2 β₂");
    public static final Range EPSILON = Range.positive("training.optimizer.epsilon", "epsilon ε");
    public static final Range RHO = Range.fraction("training.optimizer.rho", "rho ρ");
    public static final Range WEIGHT_DECAY = Range.nonNegative("training.optimizer.weightDecay", "weight decay λ");
    public static final Range MOMENTUM_DECAY = Range.nonNegative("training.optimizer.momentumDecay",
            "momentum decay ψ");
    public static final Range BATCH_SIZE = Range.integers("training.batchSize", "batch size", 1, Integer.MAX_VALUE);
    public static final Range EPOCHS = Range.integers("training.epochs", "epochs", 0, Integer.MAX_VALUE);
    public static final Range L1 = Range.nonNegative("training.regularization.l1", "regularization rate");
    public static final Range L2 = Range.nonNegative("training.regularization.l2", "regularization rate");
    public static final Range GAMMA = Range.positive("training.schedule.gamma", "gamma γ");
    public static final Range STEP_SIZE = Range.integers("training.schedule.stepSize", "step size", 1,
            Integer.MAX_VALUE);
    public static final Range DECAY = Range.nonNegative("training.schedule.decay", "decay");
    public static final Range PERIOD = Range.integers("training.schedule.period", "period", 1, Integer.MAX_VALUE);
    public static final Range MIN_LEARNING_RATE = Range.nonNegative("training.schedule.minLearningRate",
            "min learning rate");
    public static final Range PATIENCE = Range.integers("training.earlyStopping.patience", "patience", 1,
            Integer.MAX_VALUE);
    public static final Range MIN_DELTA = Range.nonNegative("training.earlyStopping.minDelta", "min delta");
    public static final Range UNITS = Range.integers("layers[].units", "neurons per layer", 1, 4096);
    public static final Range HIDDEN_LAYERS = Range.integers("layers", "hidden layers", 0, 100);
    public static final Range DROPOUT = Range.fraction("layers[].dropout", "dropout");
    public static final Range INITIALIZER_SCALE = Range.positive("initializer.scale", "initializer scale");
    public static final Range SAMPLES = Range.integers("data.samples", "samples", Generators.MIN_SAMPLES,
            Generators.MAX_SAMPLES);
    public static final Range NOISE = new Range("data.noise", "noise", 0.0, true, Generators.MAX_NOISE, true, false);
    public static final Range TEST_FRACTION = new Range("data.testFraction", "test fraction", 0.0, false, 1.0, false,
            false);
    public static final Range VALIDATION_FRACTION = Range.fraction("data.validationFraction", "validation fraction");
    /** A weight or bias, in a file or typed into the window's weight card. */
    public static final Range WEIGHT = Range.finite("weights[]", "value");

    /** Every range of the table, for the tests that prove the window and the files agree. */
    public static final List<Range> ALL = List.of(LEARNING_RATE, MOMENTUM, BETA1, BETA2, EPSILON, RHO, WEIGHT_DECAY,
            MOMENTUM_DECAY, BATCH_SIZE, EPOCHS, L1, L2, GAMMA, STEP_SIZE, DECAY, PERIOD, MIN_LEARNING_RATE, PATIENCE,
            MIN_DELTA, UNITS, HIDDEN_LAYERS, DROPOUT, INITIALIZER_SCALE, SAMPLES, NOISE, TEST_FRACTION,
            VALIDATION_FRACTION, WEIGHT);

    private Limits() {
    }

    /** The class counts a generator takes (its only count when it takes none). */
    public static Range classes(GeneratorInfo info) {
        return info.takesClasses()
                ? Range.integers("data.classes", "classes", info.minClasses(), info.maxClasses())
                : Range.integers("data.classes", "classes", info.defaultClasses(), info.defaultClasses());
    }
}
