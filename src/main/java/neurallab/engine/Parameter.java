package neurallab.engine;

/**
 * A trained array and its gradient. Convention, everywhere: {@code grad} holds dL/dθ of the last
 * mini-batch; the backward pass sets it, penalties add to it, optimizers read it.
 */
public final class Parameter {
    private final String name;
    private final double[] value;
    private final double[] grad;
    private final boolean penalized;

    Parameter(String name, int size, boolean penalized) {
        this.name = name;
        this.value = new double[size];
        this.grad = new double[size];
        this.penalized = penalized;
    }

    /**
     * A stand-alone, unpenalized parameter starting at a copy of {@code initial}: lets teaching views
     * (optimizer race, backpropagation walkthrough) run the engine's own optimizers on a few numbers.
     */
    public static Parameter of(String name, double[] initial) {
        Parameter p = new Parameter(name, initial.length, false);
        System.arraycopy(initial, 0, p.value, 0, initial.length);
        return p;
    }

    public String name() {
        return name;
    }

    public double[] value() {
        return value;
    }

    public double[] grad() {
        return grad;
    }

    /** Whether L1/L2 penalties apply: kernels only, never biases or batch-norm parameters. */
    public boolean penalized() {
        return penalized;
    }

    public int size() {
        return value.length;
    }

    public boolean isFinite() {
        for (double v : value) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
