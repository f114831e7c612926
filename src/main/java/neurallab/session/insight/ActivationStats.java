package neurallab.session.insight;

import java.util.Arrays;
import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.DenseLayer;
import neurallab.engine.Network;

/**
 * Per layer, over one batch in evaluation mode: a histogram of the activations on fixed bin edges chosen
 * from the activation's range (values outside fall in the first or last bin and are also counted as
 * clipped), the number of dead ReLU units (output 0 for every sample of the batch), and for sigmoid and
 * tanh the share of outputs in saturation (where f' is under a tenth of its peak).
 */
public final class ActivationStats {
    /** sigmoid saturates where a &lt; 0.05 or a &gt; 0.95 (σ' = a(1−a) &lt; 0.0475 ≈ σ'(0)/5). */
    public static final double SIGMOID_SATURATION = 0.05;
    /** tanh saturates where |a| &gt; 0.95 (tanh' = 1 − a² &lt; 0.0975 ≈ tanh'(0)/10). */
    public static final double TANH_SATURATION = 0.95;

    private final int bins;
    private final Activation[] activation;
    private final int[] units;
    private final double[] lo;
    private final double[] hi;
    private final int[][] counts;
    private final int[] clipped;
    private final int[] dead;
    private final double[] saturated;
    private final boolean[][] alive;
    private double[][] outputs;
    private double[] scratch = new double[0];
    private int capacityRows;
    private int rows;

    public ActivationStats(Network network, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("at least two bins");
        }
        this.bins = bins;
        List<DenseLayer> layers = network.layers();
        int count = layers.size();
        activation = new Activation[count];
        units = new int[count];
        lo = new double[count];
        hi = new double[count];
        counts = new int[count][bins];
        clipped = new int[count];
        dead = new int[count];
        saturated = new double[count];
        alive = new boolean[count][];
        outputs = new double[count][0];
        for (int l = 0; l < count; l++) {
            activation[l] = layers.get(l).activation();
            units[l] = layers.get(l).units();
            alive[l] = new boolean[units[l]];
            double[] range = range(activation[l]);
            lo[l] = range[0];
            hi[l] = range[1];
        }
    }

    /** The fixed histogram range [lo, hi] for an activation's outputs. */
    public static double[] range(Activation a) {
        return switch (a) {
            case SIGMOID, SOFTMAX -> new double[] {0.0, 1.0};
            case TANH -> new double[] {-1.0, 1.0};
            case RELU, SOFTPLUS -> new double[] {0.0, 4.0};
            case LEAKY_RELU, ELU -> new double[] {-1.0, 4.0};
            case SILU, GELU -> new double[] {-0.5, 4.0};
            case LINEAR -> new double[] {-4.0, 4.0};
        };
    }

    /** Runs the first n rows of x through the network (evaluation mode) and recounts every layer. */
    public void update(Network network, double[] x, int n) {
        if (n > capacityRows) {
            int widest = 0;
            for (int l = 0; l < units.length; l++) {
                outputs[l] = new double[n * units[l]];
                widest = Math.max(widest, units[l]);
            }
            scratch = new double[n * widest];
            capacityRows = n;
        }
        rows = n;
        network.inferAll(x, n, outputs, scratch);
        for (int l = 0; l < units.length; l++) {
            count(l, outputs[l], n);
        }
    }

    private void count(int l, double[] a, int n) {
        int k = units[l];
        int[] c = counts[l];
        Arrays.fill(c, 0);
        Arrays.fill(alive[l], false);
        int clip = 0;
        int sat = 0;
        // bin = ⌊(a − lo) / (hi − lo) · bins⌋, clamped to [0, bins − 1]
        double scale = bins / (hi[l] - lo[l]);
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                double v = a[j * n + r];
                int b = (int) Math.floor((v - lo[l]) * scale);
                if (v < lo[l] || v > hi[l]) {
                    clip++;
                }
                c[Math.max(0, Math.min(bins - 1, b))]++;
                if (v > 0.0) {
                    alive[l][j] = true;
                }
                if (activation[l] == Activation.SIGMOID
                        && (v < SIGMOID_SATURATION || v > 1.0 - SIGMOID_SATURATION)) {
                    sat++;
                } else if (activation[l] == Activation.TANH && Math.abs(v) > TANH_SATURATION) {
                    sat++;
                }
            }
        }
        clipped[l] = clip;
        int d = 0;
        if (activation[l] == Activation.RELU && n > 0) {
            for (int j = 0; j < k; j++) {
                d += alive[l][j] ? 0 : 1;
            }
        }
        dead[l] = d;
        boolean saturating = activation[l] == Activation.SIGMOID || activation[l] == Activation.TANH;
        saturated[l] = saturating && n > 0 ? (double) sat / (n * k) : Double.NaN;
    }

    public int layerCount() {
        return units.length;
    }

    public int bins() {
        return bins;
    }

    /** Samples in the last update. */
    public int rows() {
        return rows;
    }

    public Activation activation(int layer) {
        return activation[layer];
    }

    /** Left edge of bin b: lo + b · (hi − lo) / bins; b = bins gives hi. */
    public double binEdge(int layer, int b) {
        return lo[layer] + b * (hi[layer] - lo[layer]) / bins;
    }

    public int count(int layer, int bin) {
        return counts[layer][bin];
    }

    /** Largest bin count of the layer, for scaling the bars. */
    public int maxCount(int layer) {
        int m = 0;
        for (int c : counts[layer]) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** Activations outside [lo, hi] (drawn in the end bins). */
    public int clipped(int layer) {
        return clipped[layer];
    }

    /** ReLU units whose output was 0 for every sample of the batch (0 for other activations). */
    public int deadUnits(int layer) {
        return dead[layer];
    }

    public int units(int layer) {
        return units[layer];
    }

    /** Share of sigmoid/tanh outputs in saturation, NaN for other activations. */
    public double saturatedShare(int layer) {
        return saturated[layer];
    }
}
