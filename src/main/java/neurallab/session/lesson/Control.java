package neurallab.session.lesson;

import neurallab.engine.StableName;

/** The controls and views a lesson step can highlight, lock or hide, by the names lesson files use. */
public enum Control implements StableName {
    DATA("data"),
    NOISE("noise"),
    SAMPLES("samples"),
    FEATURES("features"),
    LAYERS("layers"),
    NEURONS("neurons"),
    ACTIVATION("activation"),
    INITIALIZER("initializer"),
    LOSS("loss"),
    OPTIMIZER("optimizer"),
    LEARNING_RATE("learningRate"),
    SCHEDULE("schedule"),
    BATCH_SIZE("batchSize"),
    REGULARIZATION("regularization"),
    DROPOUT("dropout"),
    BATCH_NORM("batchNorm"),
    EARLY_STOPPING("earlyStopping"),
    SEED("seed"),
    PLAY("play"),
    STEP("step"),
    RESET("reset"),
    LOSS_CHART("lossChart"),
    OUTPUT("output"),
    METRICS("metrics"),
    INSIGHTS("insights");

    private final String id;

    Control(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
