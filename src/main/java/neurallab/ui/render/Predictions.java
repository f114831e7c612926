package neurallab.ui.render;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;

/**
 * What a network with given weights predicts for rows of inputs, computed on the window's side from a
 * snapshot's weights (the trainer publishes weights, not per-row predictions), in evaluation mode.
 *
 * @param classes   the predicted class per row (classification), else null
 * @param values    the output per row: the winning class's probability (classification) or the
 *                  predicted value (regression, one output)
 */
public record Predictions(int[] classes, double[] values) {

    /** The network of these layers and weights on rows (each row one input vector), for a classifier when classify. */
    public static Predictions of(List<LayerSpec> layers, List<LayerParameters> weights, double[][] rows,
                                 boolean classify) {
        int n = rows.length;
        int inputs = weights.get(0).kernel().length;
        Network net = new Network(inputs, layers);
        net.importParameters(weights);
        double[] x = new double[inputs * n]; // unit-major: input i of row r at x[i · n + r]
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < inputs; i++) {
                x[i * n + r] = rows[r][i];
            }
        }
        double[][] outputs = new double[layers.size()][];
        int widest = 1;
        for (int l = 0; l < layers.size(); l++) {
            outputs[l] = new double[n * layers.get(l).units()];
            widest = Math.max(widest, layers.get(l).units());
        }
        net.inferAll(x, n, outputs, new double[n * widest]);
        double[] a = outputs[layers.size() - 1];
        int k = layers.get(layers.size() - 1).units();
        Activation act = layers.get(layers.size() - 1).activation();
        int[] classes = classify ? new int[n] : null;
        double[] values = new double[n];
        for (int r = 0; r < n; r++) {
            if (!classify) {
                values[r] = a[r];
                continue;
            }
            classes[r] = Loss.predictedClass(a, r, n, k, act);
            values[r] = k == 1 ? confidence(a[r], act, classes[r]) : a[classes[r] * n + r];
        }
        return new Predictions(classes, values);
    }

    /**
     * How sure one output is of its class: the probability of class 1 is a (sigmoid), (a + 1)/2 (tanh) or
     * σ(a) (a linear output), and of class 0 one minus that.
     */
    private static double confidence(double a, Activation act, int predicted) {
        double p = switch (act) {
            case SIGMOID -> a;
            case TANH -> (a + 1) / 2;
            default -> 1 / (1 + Math.exp(-a));
        };
        return predicted == 1 ? p : 1 - p;
    }

    /** Rows in showing order: the misclassified first (least sure first), then the rest (least sure first). */
    public Integer[] misclassifiedFirst(double[] targets) {
        Integer[] order = new Integer[classes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> classes[i] == (int) targets[i] ? 1 : 0)
                .thenComparingDouble(i -> values[i]));
        return order;
    }
}
