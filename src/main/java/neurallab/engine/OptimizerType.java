package neurallab.engine;

/** The optimizers of docs/engine.md, with the learning rate each defaults to. */
public enum OptimizerType implements StableName {
    SGD("sgd", 0.01), MOMENTUM("momentum", 0.01), NESTEROV("nesterov", 0.01), ADAGRAD("adagrad", 0.01),
    ADADELTA("adadelta", 1.0), RMSPROP("rmsprop", 0.01), ADAM("adam", 0.001), ADAMW("adamw", 0.001),
    ADAMAX("adamax", 0.002), NADAM("nadam", 0.002);

    private final String id;
    private final double defaultLearningRate;

    OptimizerType(String id, double defaultLearningRate) {
        this.id = id;
        this.defaultLearningRate = defaultLearningRate;
    }

    @Override
    public String id() {
        return id;
    }

    public double defaultLearningRate() {
        return defaultLearningRate;
    }
}
