package neurallab.session.insight;

import java.util.List;
import neurallab.engine.DenseLayer;
import neurallab.engine.Network;

/**
 * Per layer, over time: the norm of the kernel's gradient ‖dL/dW‖ and the relative size of the update
 * ‖ΔW‖/‖W‖, kept for the last {@code capacity} records (a ring buffer). Call {@link #record} after each
 * optimizer step: the gradient of that step is still in the parameters, and ΔW is the change since the
 * previous record (with records every k steps it is the change over those k steps).
 */
public final class GradientFlow {
    private final int capacity;
    private final double[][] gradientNorm;
    private final double[][] updateRatio;
    private final long[] steps;
    private final double[][] previous;
    private boolean hasPrevious;
    private int start;
    private int size;

    public GradientFlow(Network network, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        List<DenseLayer> layers = network.layers();
        gradientNorm = new double[layers.size()][capacity];
        updateRatio = new double[layers.size()][capacity];
        steps = new long[capacity];
        previous = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            previous[l] = layers.get(l).kernel().clone();
        }
        hasPrevious = true;
    }

    /** Appends one record for the given step count; the oldest is dropped when full. Allocates nothing. */
    public void record(Network network, long step) {
        int slot = (start + size) % capacity;
        if (size == capacity) {
            start = (start + 1) % capacity;
        } else {
            size++;
        }
        steps[slot] = step;
        List<DenseLayer> layers = network.layers();
        for (int l = 0; l < previous.length; l++) {
            double[] w = layers.get(l).kernel();
            double[] g = layers.get(l).kernelGradient();
            double[] before = previous[l];
            double gg = 0.0;
            double dd = 0.0;
            double ww = 0.0;
            for (int i = 0; i < w.length; i++) {
                double d = w[i] - before[i];
                gg += g[i] * g[i];
                dd += d * d;
                ww += w[i] * w[i];
                before[i] = w[i];
            }
            // ‖g‖ = √Σg²; ratio = ‖W_t − W_prev‖ / ‖W_t‖
            gradientNorm[l][slot] = Math.sqrt(gg);
            updateRatio[l][slot] = hasPrevious && ww > 0 ? Math.sqrt(dd) / Math.sqrt(ww) : Double.NaN;
        }
    }

    public int layerCount() {
        return previous.length;
    }

    public int capacity() {
        return capacity;
    }

    /** Records held, at most capacity. */
    public int size() {
        return size;
    }

    /** The i-th record's step, oldest first. */
    public long step(int i) {
        return steps[index(i)];
    }

    public double gradientNorm(int layer, int i) {
        return gradientNorm[layer][index(i)];
    }

    public double updateRatio(int layer, int i) {
        return updateRatio[layer][index(i)];
    }

    /** The newest record's gradient norm of a layer (NaN before any record). */
    public double latestGradientNorm(int layer) {
        return size == 0 ? Double.NaN : gradientNorm(layer, size - 1);
    }

    public double latestUpdateRatio(int layer) {
        return size == 0 ? Double.NaN : updateRatio(layer, size - 1);
    }

    private int index(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return (start + i) % capacity;
    }

    public void clear() {
        start = 0;
        size = 0;
    }
}
