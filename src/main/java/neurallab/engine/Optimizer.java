package neurallab.engine;

import java.util.List;

/**
 * Applies one update per mini-batch to every parameter from its gradient dL/dθ (PyTorch 1.13+
 * semantics; t counts steps from 1). Settings may change between steps; the state is kept.
 */
public abstract class Optimizer {
    protected final List<Parameter> parameters;
    private final Parameter[] parameterArray;
    protected OptimizerSettings settings;
    protected long t;

    protected Optimizer(List<Parameter> parameters, OptimizerSettings settings) {
        this.parameters = List.copyOf(parameters);
        this.parameterArray = parameters.toArray(new Parameter[0]);
        this.settings = settings;
    }

    /** The optimizer of the settings' type over these parameters, with fresh state. */
    public static Optimizer create(OptimizerSettings settings, List<Parameter> parameters) {
        return switch (settings.type()) {
            case SGD -> new Sgd(parameters, settings);
            case MOMENTUM, NESTEROV -> new Momentum(parameters, settings);
            case ADAGRAD -> new Adagrad(parameters, settings);
            case ADADELTA -> new Adadelta(parameters, settings);
            case RMSPROP -> new RmsProp(parameters, settings);
            case ADAM, ADAMW -> new Adam(parameters, settings);
            case ADAMAX -> new Adamax(parameters, settings);
            case NADAM -> new NAdam(parameters, settings);
        };
    }

    public OptimizerSettings settings() {
        return settings;
    }

    /** New settings of the same type take effect at the next step; the accumulated state is kept. */
    public void setSettings(OptimizerSettings newSettings) {
        if (newSettings.type() != settings.type()) {
            throw new IllegalArgumentException("optimizer type changes need a new optimizer");
        }
        settings = newSettings;
    }

    /** Steps taken so far. */
    public long steps() {
        return t;
    }

    /** One update with learning rate lr (the schedule's rate for this epoch). */
    public final void step(double lr) {
        t++;
        beforeStep();
        for (int p = 0; p < parameterArray.length; p++) {
            update(p, parameterArray[p].value(), parameterArray[p].grad(), lr);
        }
    }

    /** Per-step scalars shared by all parameters. */
    protected void beforeStep() {
    }

    protected abstract void update(int index, double[] w, double[] g, double lr);

    protected double[][] stateLike() {
        double[][] state = new double[parameters.size()][];
        for (int p = 0; p < state.length; p++) {
            state[p] = new double[parameters.get(p).size()];
        }
        return state;
    }
}
