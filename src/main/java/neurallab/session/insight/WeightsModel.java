package neurallab.session.insight;

import java.util.List;
import neurallab.engine.DenseLayer;
import neurallab.engine.Network;

/**
 * Per layer the weight matrix (rows = inputs, columns = units, value at [i · units + j]) and the bias
 * vector, with their range, copied from the network by {@link #update}; or, with
 * {@link #setShowGradient(boolean)}, the last gradient dL/dw in the same layout. Buffers are sized once
 * for the network's shape, so an update allocates nothing.
 */
public final class WeightsModel {
    private final int[] rows;
    private final int[] columns;
    private final double[][] matrix;
    private final double[][] bias;
    private final double[] min;
    private final double[] max;
    private boolean showGradient;
    private int neutral = Palette.NEUTRAL;

    public WeightsModel(Network network) {
        List<DenseLayer> layers = network.layers();
        int count = layers.size();
        rows = new int[count];
        columns = new int[count];
        matrix = new double[count][];
        bias = new double[count][];
        min = new double[count];
        max = new double[count];
        for (int l = 0; l < count; l++) {
            rows[l] = layers.get(l).fanIn();
            columns[l] = layers.get(l).units();
            matrix[l] = new double[rows[l] * columns[l]];
            bias[l] = new double[columns[l]];
        }
        update(network);
    }

    /** Whether {@link #update} copies the last gradient dL/dw instead of the weights. */
    /** The colour of zero in the pictures (the theme's: light grey, or dark on a dark background). */
    public void setNeutral(int argb) {
        neutral = argb;
    }

    public void setShowGradient(boolean gradient) {
        showGradient = gradient;
    }

    public boolean showGradient() {
        return showGradient;
    }

    /** Copies the weights (or gradients) of a network of the same shape and their min/max per layer. */
    public void update(Network network) {
        List<DenseLayer> layers = network.layers();
        if (layers.size() != matrix.length) {
            throw new IllegalArgumentException("network shape changed: build a new WeightsModel");
        }
        for (int l = 0; l < matrix.length; l++) {
            DenseLayer layer = layers.get(l);
            System.arraycopy(showGradient ? layer.kernelGradient() : layer.kernel(), 0, matrix[l], 0, matrix[l].length);
            System.arraycopy(showGradient ? layer.biasGradient() : layer.bias(), 0, bias[l], 0, bias[l].length);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : matrix[l]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            for (double v : bias[l]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            min[l] = lo;
            max[l] = hi;
        }
    }

    public int layerCount() {
        return matrix.length;
    }

    /** Inputs of layer l (the matrix's rows). */
    public int rows(int layer) {
        return rows[layer];
    }

    /** Units of layer l (the matrix's columns). */
    public int columns(int layer) {
        return columns[layer];
    }

    public double weight(int layer, int input, int unit) {
        return matrix[layer][input * columns[layer] + unit];
    }

    public double bias(int layer, int unit) {
        return bias[layer][unit];
    }

    /** Smallest weight or bias of the layer. */
    public double min(int layer) {
        return min[layer];
    }

    public double max(int layer) {
        return max[layer];
    }

    /** The symmetric colour range: max(|min|, |max|). */
    public double maxAbs(int layer) {
        return Math.max(Math.abs(min[layer]), Math.abs(max[layer]));
    }

    /** The layer's matrix as ARGB pixels, row i (input) by column j (unit), into out (rows·columns). */
    public void matrixPixels(int layer, int[] out) {
        Palette.fill(matrix[layer], matrix[layer].length, maxAbs(layer), neutral, out);
    }

    /** The layer's biases as ARGB pixels, one per unit. */
    public void biasPixels(int layer, int[] out) {
        Palette.fill(bias[layer], bias[layer].length, maxAbs(layer), neutral, out);
    }

    /** Whether the first layer's inputs form a square image (64 inputs: the 8×8 digits). */
    public boolean hasInputImages() {
        int side = imageSide();
        return side * side == rows[0] && side >= 4;
    }

    /** The side of the square input image, ⌊√inputs⌋. */
    public int imageSide() {
        return (int) Math.round(Math.floor(Math.sqrt(rows[0])));
    }

    /**
     * The first layer's incoming weights of one hidden unit as a side×side image: pixel p (row-major, as
     * the inputs are numbered) is kernel[p · units + unit]; coloured on the unit's own symmetric range.
     */
    public void unitImage(int unit, int[] out) {
        int units = columns[0];
        double[] k = matrix[0];
        int pixels = rows[0];
        double maxAbs = 0.0;
        for (int p = 0; p < pixels; p++) {
            maxAbs = Math.max(maxAbs, Math.abs(k[p * units + unit]));
        }
        for (int p = 0; p < pixels; p++) {
            out[p] = Palette.argb(k[p * units + unit], maxAbs, neutral);
        }
    }
}
