package neurallab.engine;

/** One layer of the network: dense → batch norm (if on) → activation → dropout (if > 0). */
public record LayerSpec(int units, Activation activation, double dropout, boolean batchNorm) {

    public LayerSpec(int units, Activation activation) {
        this(units, activation, 0.0, false);
    }
}
