package neurallab.session.live;

/**
 * Every neuron's output over the visible square of the input plane, copied out of a
 * {@link neurallab.session.NeuronGrid}: cell (column c, row r) is x1 = min + (c + ½)·step,
 * x2 = max − (r + ½)·step. Each map is one contiguous block (the engine's unit-major layout):
 * {@code inputs} holds feature f at [f · cells + cell], {@code outputs[l]} neuron j of layer l at
 * [j · cells + cell]. Treat the arrays as read-only. The window hands a frame back with
 * {@link LiveTrainer#recycle} once it shows a newer one; its output arrays then carry a later frame. The
 * trainer does the same with the frame of a snapshot it replaced before the window took it.
 */
public record GridFrame(int resolution, double min, double max, int featureCount, double[] inputs,
                        double[][] outputs) {
    public int cells() {
        return resolution * resolution;
    }
}
