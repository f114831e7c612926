package neurallab.session.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.DenseLayer;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.Optimizer;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Parameter;
import java.util.stream.IntStream;

/**
 * Backpropagation of one training sample, step by step with its numbers: forward (each unit's z and a),
 * the loss, backward (each δ = dL/dz by the chain rule, each dL/dw = δ · a_prev and dL/db = δ), then
 * the optimizer's update of each weight. The arithmetic is the engine's, in the engine's order, so the
 * gradients equal {@code Network.forwardBackward} with n = 1 exactly; the update is made by a fresh
 * optimizer of the engine (for stateful optimizers: the first step from zero state). Evaluation-mode
 * forward (no dropout); layers with batch norm are refused (one sample has no batch statistics).
 * The network is not changed.
 */
public final class BackpropWalkthrough {
    /** Which part of the pass a step belongs to. */
    public enum Phase { FORWARD_Z, FORWARD_A, LOSS, DELTA, GRADIENT_W, GRADIENT_B, UPDATE_W, UPDATE_B }

    /**
     * One line of the walkthrough: layer (−1 for the loss), unit, input (for weights; −1 otherwise),
     * the formula with its numbers, and the value it yields.
     */
    public record Step(Phase phase, int layer, int unit, int input, String text, double value) { }

    /**
     * What a step involves on a drawing of the network: units as {column, index} (column 0 the inputs, column
     * l + 1 layer l's units) and links as {layer, input, unit} (layer l's weight from column l's unit input to
     * column l + 1's unit unit).
     */
    public record Highlight(List<int[]> units, List<int[]> links) {
        public boolean hasUnit(int column, int index) {
            return units.stream().anyMatch(u -> u[0] == column && u[1] == index);
        }

        public boolean hasLink(int layer, int input, int unit) {
            return links.stream().anyMatch(k -> k[0] == layer && k[1] == input && k[2] == unit);
        }
    }

    /** Terms of a sum written out before the rest are summarised. */
    public static final int MAX_TERMS = 8;

    private final List<Step> steps = new ArrayList<>();
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    private final double[][] gradKernel;
    private final double[][] gradBias;
    private final double[][] newKernel;
    private final double[][] newBias;
    private final double loss;
    private final int[] widths;
    private final List<String> inputNames;
    private final FormulaWords words;

    private BackpropWalkthrough(Network network, double[] x, double y, Loss lossFunction, OptimizerSettings settings,
                                double lr, List<String> inputNames, FormulaWords words) {
        this.inputNames = List.copyOf(inputNames);
        this.words = words;
        List<DenseLayer> layers = network.layers();
        int count = layers.size();
        widths = new int[count + 1];
        widths[0] = network.inputCount();
        for (int l = 0; l < count; l++) {
            widths[l + 1] = layers.get(l).units();
        }
        z = new double[count][];
        a = new double[count][];
        delta = new double[count][];
        gradKernel = new double[count][];
        gradBias = new double[count][];
        newKernel = new double[count][];
        newBias = new double[count][];
        if (!supports(network)) {
            throw new IllegalArgumentException("the walkthrough needs layers without batch norm");
        }
        forward(layers, x);
        loss = outputLoss(layers, lossFunction, y);
        backward(layers, x);
        gradientSteps(layers, x);
        update(layers, settings, lr);
    }

    private void forward(List<DenseLayer> layers, double[] x) {
        int count = layers.size();
        // forward: z_j = b_j + Σ_i x_i·w_ij ; a_j = f(z_j)
        double[] in = x;
        for (int l = 0; l < count; l++) {
            DenseLayer layer = layers.get(l);
            int units = layer.units();
            double[] k = layer.kernel();
            z[l] = layer.bias().clone();
            for (int i = 0; i < layer.fanIn(); i++) {
                for (int j = 0; j < units; j++) {
                    z[l][j] += in[i] * k[i * units + j];
                }
            }
            a[l] = new double[units];
            layer.activation().apply(z[l], a[l], 1, units);
            for (int j = 0; j < units; j++) {
                steps.add(new Step(Phase.FORWARD_Z, l, j, -1, zText(layer, l, j, in), z[l][j]));
            }
            for (int j = 0; j < units; j++) {
                steps.add(new Step(Phase.FORWARD_A, l, j, -1, StepTexts.activationText(name(l, j), layer.activation(), z[l][j], a[l][j]), a[l][j]));
            }
            in = a[l];
        }
    }

    private double outputLoss(List<DenseLayer> layers, Loss lossFunction, double y) {
        // loss and dL/dz of the output layer, from the engine's loss
        int last = layers.size() - 1;
        DenseLayer out = layers.get(last);
        delta[last] = new double[out.units()];
        double[] target = {y};
        lossFunction.gradient(z[last], a[last], target, 1, out.units(), out.activation(), delta[last]);
        double loss = lossFunction.total(z[last], a[last], target, 0, 1, out.units()) / lossFunction.normalizer(1, out.units());
        steps.add(new Step(Phase.LOSS, -1, -1, -1, StepTexts.lossText(lossFunction, out.units(), y, words) + " = "
                + Numbers.format(loss), loss));
        for (int j = 0; j < out.units(); j++) {
            steps.add(new Step(Phase.DELTA, last, j, -1, "\u03b4" + name(last, j) + " = dL/dz = "
                    + StepTexts.outputDeltaText(lossFunction, out.activation(), out.units(), words) + " = "
                    + Numbers.format(delta[last][j]), delta[last][j]));
        }
        return loss;
    }

    private void backward(List<DenseLayer> layers, double[] x) {
        int last = layers.size() - 1;
        // backward: dL/da_i(prev) = Σ_j w_ij·δ_j ; δ_i(prev) = dL/da_i · f'(z_i)
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = layers.get(l);
            int units = layer.units();
            double[] prevA = l == 0 ? x : a[l - 1];
            gradKernel[l] = new double[layer.fanIn() * units];
            gradBias[l] = delta[l].clone();
            for (int i = 0; i < layer.fanIn(); i++) {
                for (int j = 0; j < units; j++) {
                    gradKernel[l][i * units + j] = prevA[i] * delta[l][j];
                }
            }
            if (l > 0) {
                DenseLayer below = layers.get(l - 1);
                double[] k = layer.kernel();
                delta[l - 1] = new double[layer.fanIn()];
                for (int i = 0; i < layer.fanIn(); i++) {
                    double back = 0.0;
                    for (int j = 0; j < units; j++) {
                        back += delta[l][j] * k[i * units + j];
                    }
                    double d = below.activation().derivative(z[l - 1][i], a[l - 1][i]);
                    delta[l - 1][i] = back * d;
                    steps.add(new Step(Phase.DELTA, l - 1, i, -1,
                            hiddenDeltaText(layer, l, i, below.activation(), back, d), delta[l - 1][i]));
                }
            }
        }
    }

    private void gradientSteps(List<DenseLayer> layers, double[] x) {
        int count = layers.size();
        for (int l = 0; l < count; l++) {
            DenseLayer layer = layers.get(l);
            int units = layer.units();
            double[] prevA = l == 0 ? x : a[l - 1];
            for (int i = 0; i < layer.fanIn(); i++) {
                for (int j = 0; j < units; j++) {
                    steps.add(new Step(Phase.GRADIENT_W, l, j, i, "dL/dw" + weightName(l, i, j) + " = \u03b4"
                            + name(l, j) + "\u00b7" + inputName(l, i) + " = " + Numbers.factor(delta[l][j]) + "\u00b7"
                            + Numbers.factor(prevA[i]) + " = " + Numbers.format(gradKernel[l][i * units + j]),
                            gradKernel[l][i * units + j]));
                }
            }
            for (int j = 0; j < units; j++) {
                steps.add(new Step(Phase.GRADIENT_B, l, j, -1, "dL/db" + name(l, j) + " = \u03b4" + name(l, j)
                        + " = " + Numbers.format(gradBias[l][j]), gradBias[l][j]));
            }
        }
    }

    private void update(List<DenseLayer> layers, OptimizerSettings settings, double lr) {
        int count = layers.size();
        // the update, made by the engine's own optimizer over copies of the parameters
        List<Parameter> copies = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            Parameter k = Parameter.of("kernel" + l, layers.get(l).kernel());
            Parameter b = Parameter.of("bias" + l, layers.get(l).bias());
            System.arraycopy(gradKernel[l], 0, k.grad(), 0, gradKernel[l].length);
            System.arraycopy(gradBias[l], 0, b.grad(), 0, gradBias[l].length);
            copies.add(k);
            copies.add(b);
        }
        Optimizer.create(settings, copies).step(lr);
        for (int l = 0; l < count; l++) {
            DenseLayer layer = layers.get(l);
            int units = layer.units();
            newKernel[l] = copies.get(2 * l).value();
            newBias[l] = copies.get(2 * l + 1).value();
            for (int i = 0; i < layer.fanIn(); i++) {
                for (int j = 0; j < units; j++) {
                    int at = i * units + j;
                    steps.add(new Step(Phase.UPDATE_W, l, j, i, StepTexts.updateText("w" + weightName(l, i, j), settings.type(),
                            lr, layer.kernel()[at], gradKernel[l][at], newKernel[l][at], words), newKernel[l][at]));
                }
            }
            for (int j = 0; j < units; j++) {
                steps.add(new Step(Phase.UPDATE_B, l, j, -1, StepTexts.updateText("b" + name(l, j), settings.type(), lr,
                        layer.bias()[j], gradBias[l][j], newBias[l][j], words), newBias[l][j]));
            }
        }
    }

    /** The walkthrough of sample x with target y (a class index or a regression value), inputs named x1…xn. */
    public static BackpropWalkthrough of(Network network, double[] x, double y, Loss loss, OptimizerSettings settings,
                                         double learningRate) {
        return of(network, x, y, loss, settings, learningRate, IntStream.rangeClosed(1, x.length)
                .mapToObj(i -> "x" + i).toList(), FormulaWords.ENGLISH);
    }

    /** The same, the inputs named as the network view names them (x1, sin(x1), …), in the reader's words. */
    public static BackpropWalkthrough of(Network network, double[] x, double y, Loss loss, OptimizerSettings settings,
                                         double learningRate, List<String> inputNames, FormulaWords words) {
        if (x.length != network.inputCount() || inputNames.size() != x.length) {
            throw new IllegalArgumentException("expected " + network.inputCount() + " inputs, got " + x.length
                    + " values and " + inputNames.size() + " names");
        }
        return new BackpropWalkthrough(network, x, y, loss, settings, learningRate, inputNames, words);
    }

    /** Whether the network can be walked through: no layer with batch norm (one sample has no batch statistics). */
    public static boolean supports(Network network) {
        return network.layers().stream().noneMatch(DenseLayer::hasBatchNorm);
    }

    /** The name of input i as the walkthrough writes it. */
    public String inputName(int i) {
        return inputNames.get(i);
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The steps of one phase, in order. */
    public List<Step> steps(Phase phase) {
        return steps.stream().filter(s -> s.phase() == phase).toList();
    }

    public double loss() {
        return loss;
    }

    /** Units per column of the network's drawing: the inputs, then each layer. */
    public int[] widths() {
        return widths.clone();
    }

    /**
     * The units and links a step involves: z of a unit its incoming links and the unit; a its unit; the loss the
     * output units; δ of a hidden unit the unit and its outgoing links (the δs above flow back along them), of an
     * output unit the unit; a weight's gradient or update that link (the gradient also its two ends); a bias's
     * gradient or update its unit.
     */
    public Highlight highlight(Step step) {
        List<int[]> units = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        int l = step.layer();
        int j = step.unit();
        switch (step.phase()) {
            case FORWARD_Z -> {
                units.add(new int[] {l + 1, j});
                for (int i = 0; i < widths[l]; i++) {
                    links.add(new int[] {l, i, j});
                }
            }
            case LOSS -> {
                for (int k = 0; k < widths[widths.length - 1]; k++) {
                    units.add(new int[] {widths.length - 1, k});
                }
            }
            case DELTA -> {
                units.add(new int[] {l + 1, j});
                if (l + 1 < widths.length - 1) {
                    for (int k = 0; k < widths[l + 2]; k++) {
                        links.add(new int[] {l + 1, j, k});
                    }
                }
            }
            case GRADIENT_W -> {
                units.add(new int[] {l, step.input()});
                units.add(new int[] {l + 1, j});
                links.add(new int[] {l, step.input(), j});
            }
            case UPDATE_W -> links.add(new int[] {l, step.input(), j});
            case FORWARD_A, GRADIENT_B, UPDATE_B -> units.add(new int[] {l + 1, j});
        }
        return new Highlight(List.copyOf(units), List.copyOf(links));
    }

    public double z(int layer, int unit) {
        return z[layer][unit];
    }

    public double a(int layer, int unit) {
        return a[layer][unit];
    }

    public double delta(int layer, int unit) {
        return delta[layer][unit];
    }

    /** dL/dkernel of the layer, [i · units + j]. */
    public double kernelGradient(int layer, int at) {
        return gradKernel[layer][at];
    }

    public double biasGradient(int layer, int unit) {
        return gradBias[layer][unit];
    }

    public double updatedKernel(int layer, int at) {
        return newKernel[layer][at];
    }

    public double updatedBias(int layer, int unit) {
        return newBias[layer][unit];
    }

    // names: the inputs as given; unit j of layer l (1-based) "2.3"; weight from input i to unit j
    private static String name(int l, int j) {
        return (l + 1) + "." + (j + 1);
    }

    private String inputName(int l, int i) {
        return l == 0 ? inputNames.get(i) : "a" + name(l - 1, i);
    }

    private String weightName(int l, int i, int j) {
        return "[" + inputName(l, i) + "\u2192" + name(l, j) + "]";
    }

    private String zText(DenseLayer layer, int l, int j, double[] in) {
        int units = layer.units();
        double[] k = layer.kernel();
        StringBuilder s = new StringBuilder("z").append(name(l, j)).append(" = ");
        int shown = Math.min(layer.fanIn(), MAX_TERMS);
        for (int i = 0; i < shown; i++) {
            double w = k[i * units + j];
            s.append(i == 0 ? Numbers.format(w) : Numbers.signedTerm(w)).append('\u00b7').append(inputName(l, i));
        }
        if (layer.fanIn() > shown) {
            s.append(" + \u2026 ").append(words.more(layer.fanIn() - shown));
        }
        s.append(Numbers.signedTerm(layer.bias()[j]));
        s.append(" = ");
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : " + ").append(Numbers.factor(k[i * units + j])).append('\u00b7')
                    .append(Numbers.factor(in[i]));
        }
        if (layer.fanIn() > shown) {
            s.append(" + \u2026");
        }
        s.append(Numbers.signedTerm(layer.bias()[j]));
        return s.toString();
    }

    private String hiddenDeltaText(DenseLayer above, int l, int i, Activation f, double back, double d) {
        int units = above.units();
        double[] k = above.kernel();
        StringBuilder s = new StringBuilder("\u03b4").append(name(l - 1, i)).append(" = (");
        int shown = Math.min(units, MAX_TERMS);
        for (int j = 0; j < shown; j++) {
            s.append(j == 0 ? "" : " + ").append("w").append(weightName(l, i, j)).append("\u00b7\u03b4").append(name(l, j));
        }
        if (units > shown) {
            s.append(" + \u2026");
        }
        s.append(") \u00b7 ").append(StepTexts.derivativeText(f)).append(" = (");
        for (int j = 0; j < shown; j++) {
            s.append(j == 0 ? "" : " + ").append(Numbers.factor(k[i * units + j])).append('\u00b7')
                    .append(Numbers.factor(delta[l][j]));
        }
        if (units > shown) {
            s.append(" + \u2026");
        }
        s.append(") \u00b7 ").append(Numbers.format(d)).append(" = ").append(Numbers.format(back)).append(" \u00b7 ")
                .append(Numbers.format(d)).append(" = ").append(Numbers.format(back * d));
        return s.toString();
    }
}
