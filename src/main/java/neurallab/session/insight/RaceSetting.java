package neurallab.session.insight;

import static neurallab.engine.OptimizerType.ADADELTA;
import static neurallab.engine.OptimizerType.ADAGRAD;
import static neurallab.engine.OptimizerType.ADAM;
import static neurallab.engine.OptimizerType.ADAMAX;
import static neurallab.engine.OptimizerType.ADAMW;
import static neurallab.engine.OptimizerType.MOMENTUM;
import static neurallab.engine.OptimizerType.NADAM;
import static neurallab.engine.OptimizerType.NESTEROV;
import static neurallab.engine.OptimizerType.RMSPROP;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;

/**
 * The settings a racer's formula reads (docs/engine.md, the same table as the file format's), each with
 * the values the race accepts and how to apply typed text to a running {@link OptimizerRace}. The learning rate
 * is capped at 10: beyond that every optimizer leaves the plot in one step.
 */
public enum RaceSetting {
    LEARNING_RATE(0, false, 10, true, EnumSet.allOf(OptimizerType.class)),
    MOMENTUM_FACTOR(0, true, 1, false, EnumSet.of(MOMENTUM, NESTEROV, RMSPROP)),
    BETA1(0, true, 1, false, EnumSet.of(ADAM, ADAMW, ADAMAX, NADAM)),
    BETA2(0, true, 1, false, EnumSet.of(ADAM, ADAMW, ADAMAX, NADAM)),
    RHO(0, true, 1, false, EnumSet.of(ADADELTA, RMSPROP)),
    EPSILON(0, false, 1, true, EnumSet.of(ADAGRAD, ADADELTA, RMSPROP, ADAM, ADAMW, ADAMAX, NADAM)),
    WEIGHT_DECAY(0, true, 1, true, EnumSet.of(ADAMW)),
    MOMENTUM_DECAY(0, true, 1, true, EnumSet.of(NADAM));

    private final double lower;
    private final boolean lowerInclusive;
    private final double upper;
    private final boolean upperInclusive;
    private final Set<OptimizerType> readBy;

    RaceSetting(double lower, boolean lowerInclusive, double upper, boolean upperInclusive,
                Set<OptimizerType> readBy) {
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
        this.readBy = readBy;
    }

    /** The accepted values lie above this (or at it, when {@link #lowerInclusive()}). */
    public double lower() {
        return lower;
    }

    public boolean lowerInclusive() {
        return lowerInclusive;
    }

    /** The accepted values lie below this (or at it, when {@link #upperInclusive()}). */
    public double upper() {
        return upper;
    }

    public boolean upperInclusive() {
        return upperInclusive;
    }

    /** The settings other than the learning rate that the optimizer's formula reads, in table order. */
    public static List<RaceSetting> ownSettings(OptimizerType type) {
        return Arrays.stream(values()).filter(s -> s != LEARNING_RATE && s.readBy.contains(type)).toList();
    }

    public double of(OptimizerSettings s) {
        return switch (this) {
            case LEARNING_RATE -> s.learningRate();
            case MOMENTUM_FACTOR -> s.momentum();
            case BETA1 -> s.beta1();
            case BETA2 -> s.beta2();
            case RHO -> s.rho();
            case EPSILON -> s.epsilon();
            case WEIGHT_DECAY -> s.weightDecay();
            case MOMENTUM_DECAY -> s.momentumDecay();
        };
    }

    /** The settings with this one set to v. */
    public OptimizerSettings with(OptimizerSettings s, double v) {
        return new OptimizerSettings(s.type(),
                this == LEARNING_RATE ? v : s.learningRate(),
                this == MOMENTUM_FACTOR ? v : s.momentum(),
                this == BETA1 ? v : s.beta1(),
                this == BETA2 ? v : s.beta2(),
                this == EPSILON ? v : s.epsilon(),
                this == RHO ? v : s.rho(),
                this == WEIGHT_DECAY ? v : s.weightDecay(),
                this == MOMENTUM_DECAY ? v : s.momentumDecay());
    }

    /** Whether the text is a number within the bounds (the window says which when it is not). */
    public boolean accepts(String text) {
        double v = parse(text);
        return Double.isFinite(v) && (lowerInclusive ? v >= lower : v > lower)
                && (upperInclusive ? v <= upper : v < upper);
    }

    /**
     * Applies the typed value to the type's racer from its next step on (its state is kept): the learning rate
     * through {@link OptimizerRace#setLearningRate}, the others through {@link OptimizerRace#setSettings}. Whether it
     * was applied: a text not {@link #accepts accepted} changes nothing.
     */
    public boolean apply(OptimizerRace race, OptimizerType type, String text) {
        if (!accepts(text)) {
            return false;
        }
        double v = parse(text);
        if (this == LEARNING_RATE) {
            race.setLearningRate(type, v);
        } else {
            race.setSettings(with(race.racer(type).settings(), v));
        }
        return true;
    }

    private static double parse(String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
