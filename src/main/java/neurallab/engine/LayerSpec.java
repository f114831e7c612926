package neurallab.engine;

/** One layer of the network: dense → batch norm (if on) → activation → dropout (if > 0). */
public record LayerSpec(int units, Activation activation, double dropout, boolean batchNorm) {

    public LayerSpec(int units, Activation activation) {
        this(units, activation, 0.0, false);
    }

    public LayerSpec withUnits(int v) {
        return new LayerSpec(v, activation, dropout, batchNorm);
    }

    public LayerSpec withActivation(Activation v) {
        return new LayerSpec(units, v, dropout, batchNorm);
    }

    public LayerSpec withDropout(double v) {
        return new LayerSpec(units, activation, v, batchNorm);
    }

    public LayerSpec withBatchNorm(boolean v) {
        return new LayerSpec(units, activation, dropout, v);
    }
}
