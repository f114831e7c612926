package neurallab.engine;

/** A learning-rate schedule, evaluated at the start of each epoch e = 0, 1, … */
public record Schedule(ScheduleType type, double gamma, int stepSize, double decay, int period,
                       double minLearningRate) {
    public static final Schedule CONSTANT = new Schedule(ScheduleType.CONSTANT, 0.1, 10, 0.01, 100, 0.0);

    public Schedule withType(ScheduleType v) {
        return new Schedule(v, gamma, stepSize, decay, period, minLearningRate);
    }

    public Schedule withGamma(double v) {
        return new Schedule(type, v, stepSize, decay, period, minLearningRate);
    }

    public Schedule withStepSize(int v) {
        return new Schedule(type, gamma, v, decay, period, minLearningRate);
    }

    public Schedule withDecay(double v) {
        return new Schedule(type, gamma, stepSize, v, period, minLearningRate);
    }

    public Schedule withPeriod(int v) {
        return new Schedule(type, gamma, stepSize, decay, v, minLearningRate);
    }

    public Schedule withMinLearningRate(double v) {
        return new Schedule(type, gamma, stepSize, decay, period, v);
    }

    public double learningRate(double lr0, int epoch) {
        return switch (type) {
            case CONSTANT -> lr0;
            // lr₀ · γ^⌊e / stepSize⌋
            case STEP -> lr0 * Math.pow(gamma, Math.floorDiv(epoch, stepSize));
            // lr₀ · γ^e
            case EXPONENTIAL -> lr0 * Math.pow(gamma, epoch);
            // lr₀ / (1 + decay · e)
            case TIME -> lr0 / (1.0 + decay * epoch);
            // lo + ½(lr₀ − lo)(1 + cos(π · min(e, period) / period))
            case COSINE -> minLearningRate
                    + 0.5 * (lr0 - minLearningRate) * (1.0 + Math.cos(Math.PI * Math.min(epoch, period) / period));
        };
    }
}
