package neurallab.engine;

/**
 * An optimizer and all its settings; each optimizer reads the ones its formula names
 * (docs/engine.md), the others are carried along unused.
 */
public record OptimizerSettings(OptimizerType type, double learningRate, double momentum, double beta1,
                                double beta2, double epsilon, double rho, double weightDecay,
                                double momentumDecay) {

    /** The type with every setting at its default. */
    public static OptimizerSettings defaults(OptimizerType type) {
        return new OptimizerSettings(type, type.defaultLearningRate(), defaultMomentum(type), 0.9, 0.999,
                defaultEpsilon(type), defaultRho(type), 0.01, 0.004);
    }

    public static OptimizerSettings defaults(OptimizerType type, double learningRate) {
        return defaults(type).withLearningRate(learningRate);
    }

    private static double defaultMomentum(OptimizerType type) {
        return type == OptimizerType.RMSPROP ? 0.0 : 0.9;
    }

    private static double defaultEpsilon(OptimizerType type) {
        return switch (type) {
            case ADAGRAD -> 1e-10;
            case ADADELTA -> 1e-6;
            default -> 1e-8;
        };
    }

    private static double defaultRho(OptimizerType type) {
        return type == OptimizerType.RMSPROP ? 0.99 : 0.9;
    }

    public OptimizerSettings withType(OptimizerType v) {
        return new OptimizerSettings(v, learningRate, momentum, beta1, beta2, epsilon, rho, weightDecay, momentumDecay);
    }

    public OptimizerSettings withLearningRate(double v) {
        return new OptimizerSettings(type, v, momentum, beta1, beta2, epsilon, rho, weightDecay, momentumDecay);
    }

    public OptimizerSettings withMomentum(double v) {
        return new OptimizerSettings(type, learningRate, v, beta1, beta2, epsilon, rho, weightDecay, momentumDecay);
    }

    public OptimizerSettings withBeta1(double v) {
        return new OptimizerSettings(type, learningRate, momentum, v, beta2, epsilon, rho, weightDecay, momentumDecay);
    }

    public OptimizerSettings withBeta2(double v) {
        return new OptimizerSettings(type, learningRate, momentum, beta1, v, epsilon, rho, weightDecay, momentumDecay);
    }

    public OptimizerSettings withEpsilon(double v) {
        return new OptimizerSettings(type, learningRate, momentum, beta1, beta2, v, rho, weightDecay, momentumDecay);
    }

    public OptimizerSettings withRho(double v) {
        return new OptimizerSettings(type, learningRate, momentum, beta1, beta2, epsilon, v, weightDecay, momentumDecay);
    }

    public OptimizerSettings withWeightDecay(double v) {
        return new OptimizerSettings(type, learningRate, momentum, beta1, beta2, epsilon, rho, v, momentumDecay);
    }

    public OptimizerSettings withMomentumDecay(double v) {
        return new OptimizerSettings(type, learningRate, momentum, beta1, beta2, epsilon, rho, weightDecay, v);
    }
}
