package neurallab.engine;

/** Penalty added to each mini-batch's mean data loss: l1 · Σ|w| + l2 · Σ w², over kernels only. */
public record Regularization(double l1, double l2) {
    public static final Regularization NONE = new Regularization(0.0, 0.0);

    public boolean isNone() {
        return l1 == 0.0 && l2 == 0.0;
    }
}
