package neurallab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron: hidden layers then the output layer. {@link #forwardBackward} runs one
 * mini-batch and sets dL/dθ in every parameter; penalties add to it; the optimizer applies the step.
 */
public final class Network {
    private static final int EVAL_CHUNK = 256;

    private final int inputCount;
    private final List<DenseLayer> layers;
    private final List<Parameter> parameters;
    private final double[][] evalBuffers;
    private final double[] evalScratch;
    private final double[] evalLogits;

    public Network(int inputCount, List<LayerSpec> specs) {
        if (inputCount < 1 || specs.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one input and one layer");
        }
        this.inputCount = inputCount;
        List<DenseLayer> built = new ArrayList<>();
        List<Parameter> params = new ArrayList<>();
        int fanIn = inputCount;
        for (int l = 0; l < specs.size(); l++) {
            DenseLayer layer = new DenseLayer("layers[" + l + "]", fanIn, specs.get(l));
            built.add(layer);
            params.add(layer.kernelParameter());
            params.add(layer.biasParameter());
            if (layer.hasBatchNorm()) {
                params.add(layer.batchNorm().gamma);
                params.add(layer.batchNorm().beta);
            }
            fanIn = layer.units();
        }
        layers = Collections.unmodifiableList(built);
        parameters = Collections.unmodifiableList(params);
        evalBuffers = new double[layers.size()][];
        int widest = 0;
        for (int l = 0; l < layers.size(); l++) {
            evalBuffers[l] = new double[EVAL_CHUNK * layers.get(l).units()];
            widest = Math.max(widest, layers.get(l).units());
        }
        evalScratch = new double[EVAL_CHUNK * widest];
        evalLogits = new double[EVAL_CHUNK * output().units()];
    }

    public int inputCount() {
        return inputCount;
    }

    public int outputCount() {
        return output().units();
    }

    public List<DenseLayer> layers() {
        return layers;
    }

    public DenseLayer output() {
        return layers.get(layers.size() - 1);
    }

    /** Every trained array: per layer kernel, bias and, with batch norm, γ and β. */
    public List<Parameter> parameters() {
        return parameters;
    }

    public int parameterCount() {
        return parameters.stream().mapToInt(Parameter::size).sum();
    }

    /** New kernels from the initializer and the seeded generator, biases 0, batch norm reset. */
    public void initialize(Initializer init, long seed) {
        RandomGenerator random = new SplittableRandom(seed);
        for (DenseLayer layer : layers) {
            Initializers.fill(init, layer.fanIn(), layer.units(), layer.kernel(), random);
            Arrays.fill(layer.bias(), 0.0);
            if (layer.hasBatchNorm()) {
                layer.batchNorm().reset();
            }
        }
    }

    /** Changes a hidden layer's dropout rate from the next mini-batch on. */
    public void setDropout(int layer, double p) {
        layers.get(layer).setDropout(p);
    }

    public void ensureCapacity(int rows) {
        for (DenseLayer layer : layers) {
            layer.ensureCapacity(rows);
        }
    }

    /**
     * Forward in training mode over n rows of x (unit-major: input i of row r at x[i · n + r]), then
     * backward from the loss: writes dL/dθ of the batch's mean data loss into every parameter and
     * returns that loss. Call ensureCapacity(n) first.
     */
    public double forwardBackward(double[] x, double[] y, int n, Loss loss, RandomGenerator dropoutRandom) {
        computeGradients(x, y, n, loss, dropoutRandom);
        DenseLayer out = output();
        return loss.total(out.z(), out.activated(), y, 0, n, out.units()) / loss.normalizer(n, out.units());
    }

    /**
     * {@link #forwardBackward} without computing the loss's value, which training does not need: true if
     * every output pre-activation of the batch was finite (a NaN or infinite loss starts there).
     */
    public boolean computeGradients(double[] x, double[] y, int n, Loss loss, RandomGenerator dropoutRandom) {
        double[] in = x;
        int last = layers.size() - 1;
        for (int l = 0; l <= last; l++) {
            in = layers.get(l).forwardTrain(in, n, dropoutRandom, l == last);
        }
        DenseLayer out = layers.get(last);
        loss.gradient(out.z(), out.activated(), y, n, out.units(), out.activation(), out.gradZ());
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = layers.get(l);
            if (l < last) {
                layer.backwardActivation(n);
            }
            layer.backwardLinear(n, l > 0 ? layers.get(l - 1).gradOutput() : null);
        }
        return allFinite(out.z(), n * out.units());
    }

    /**
     * Evaluation mode over n rows of x, keeping every layer's outputs. Unit-major throughout: input i of
     * row r at x[i · n + r], unit j of layer l at outputs[l][j · n + r]. scratch needs n × (widest layer)
     * values when a layer has batch norm.
     */
    public void inferAll(double[] x, int n, double[][] outputs, double[] scratch) {
        inferAll(x, 0, n, n, outputs, scratch, outputs[layers.size() - 1]);
    }

    // rows first … first + n − 1 of x, whose input i of row r sits at x[first + i · stride + r]
    private void inferAll(double[] x, int first, int stride, int n, double[][] outputs, double[] scratch,
                          double[] outputLogits) {
        int last = layers.size() - 1;
        layers.get(0).infer(x, first, stride, n, scratch, last == 0 ? outputLogits : outputs[0], outputs[0]);
        for (int l = 1; l <= last; l++) {
            layers.get(l).infer(outputs[l - 1], 0, n, n, scratch, l == last ? outputLogits : outputs[l], outputs[l]);
        }
    }

    /**
     * Mean data loss (no penalty) and accuracy (NaN for regression) over n rows in evaluation mode; x is
     * unit-major (input i of row r at x[i · n + r]).
     */
    public Figures evaluate(double[] x, double[] y, int n, Loss loss, boolean classification) {
        DenseLayer out = output();
        int k = out.units();
        double total = 0.0;
        int correct = 0;
        for (int from = 0; from < n; from += EVAL_CHUNK) {
            int rows = Math.min(EVAL_CHUNK, n - from);
            inferAll(x, from, n, rows, evalBuffers, evalScratch, evalLogits);
            double[] a = evalBuffers[layers.size() - 1];
            total += loss.total(evalLogits, a, y, from, rows, k);
            if (classification) {
                correct += Loss.correct(a, y, from, rows, k, out.activation());
            }
        }
        double mean = n == 0 ? Double.NaN : total / loss.normalizer(n, k);
        return new Figures(mean, classification && n > 0 ? (double) correct / n : Double.NaN);
    }

    /** The mean loss and accuracy of one split. */
    public record Figures(double loss, double accuracy) {
    }

    /** Whether every parameter and running statistic is finite. */
    public boolean isFinite() {
        for (Parameter p : parameters) {
            if (!p.isFinite()) {
                return false;
            }
        }
        for (DenseLayer layer : layers) {
            if (layer.hasBatchNorm() && !(allFinite(layer.batchNorm().runningMean)
                    && allFinite(layer.batchNorm().runningVar))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFinite(double[] values) {
        return allFinite(values, values.length);
    }

    private static boolean allFinite(double[] values, int count) {
        for (int i = 0; i < count; i++) {
            if (!Double.isFinite(values[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets every layer's values from the experiment file's shape. Throws IllegalArgumentException naming
     * the field (weights[l].kernel, …) when a shape does not match the layers.
     */
    public void importParameters(List<LayerParameters> values) {
        if (values.size() != layers.size()) {
            throw new IllegalArgumentException("weights: expected " + layers.size() + " entries (one per layer), got "
                    + values.size());
        }
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer layer = layers.get(l);
            LayerParameters p = values.get(l);
            if (p.kernel().length != layer.fanIn()) {
                throw new IllegalArgumentException(at(l, "kernel", -1) + ": expected " + layer.fanIn() + " rows (fanIn) of "
                        + layer.units() + " values, got " + p.kernel().length + " rows");
            }
            for (int i = 0; i < layer.fanIn(); i++) {
                requireLength(l, "kernel", i, p.kernel()[i], layer.units());
                System.arraycopy(p.kernel()[i], 0, layer.kernel(), i * layer.units(), layer.units());
            }
            requireLength(l, "bias", -1, p.bias(), layer.units());
            System.arraycopy(p.bias(), 0, layer.bias(), 0, layer.units());
            if (layer.hasBatchNorm() != p.hasBatchNorm()) {
                throw new IllegalArgumentException(at(l, null, -1) + ": gamma, beta, runningMean and runningVar are "
                        + (layer.hasBatchNorm() ? "required for a batch-norm layer" : "only for batch-norm layers"));
            }
            if (layer.hasBatchNorm()) {
                BatchNorm bn = layer.batchNorm();
                copyExact(l, "gamma", p.gamma(), bn.gamma.value());
                copyExact(l, "beta", p.beta(), bn.beta.value());
                copyExact(l, "runningMean", p.runningMean(), bn.runningMean);
                copyExact(l, "runningVar", p.runningVar(), bn.runningVar);
            }
        }
    }

    // the window imports weights every frame: the place in the file ("weights[2].kernel[0]") is only
    // spelled out for an error message
    private static String at(int layer, String field, int row) {
        return "weights[" + layer + "]" + (field == null ? "" : "." + field) + (row < 0 ? "" : "[" + row + "]");
    }

    private static void requireLength(int layer, String field, int row, double[] values, int length) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException(at(layer, field, row) + ": expected " + length + " values, got "
                    + (values == null ? "none" : values.length));
        }
    }

    private static void copyExact(int layer, String field, double[] from, double[] to) {
        requireLength(layer, field, -1, from, to.length);
        System.arraycopy(from, 0, to, 0, to.length);
    }

    /** Copies of every layer's values, in the experiment file's shape. */
    public List<LayerParameters> exportParameters() {
        List<LayerParameters> result = new ArrayList<>();
        for (DenseLayer layer : layers) {
            double[][] kernel = new double[layer.fanIn()][];
            for (int i = 0; i < layer.fanIn(); i++) {
                kernel[i] = Arrays.copyOfRange(layer.kernel(), i * layer.units(), (i + 1) * layer.units());
            }
            double[] bias = layer.bias().clone();
            if (layer.hasBatchNorm()) {
                BatchNorm bn = layer.batchNorm();
                result.add(new LayerParameters(kernel, bias, bn.gamma.value().clone(), bn.beta.value().clone(),
                        bn.runningMean.clone(), bn.runningVar.clone()));
            } else {
                result.add(new LayerParameters(kernel, bias));
            }
        }
        return result;
    }
}
