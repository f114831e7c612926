package neurallab.engine;

/** The losses of engine-semantics.md (reduction: mean). */
public enum Loss implements StableName {
    MSE("mse"), MAE("mae"), HUBER("huber"), BCE("bce"), CROSS_ENTROPY("cross-entropy"), HINGE("hinge");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
