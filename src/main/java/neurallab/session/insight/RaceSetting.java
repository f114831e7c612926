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
    LEARNING_RATE("learning rate", 0, false, 10, true, EnumSet.allOf(OptimizerType.class)),
    MOMENTUM_FACTOR("momentum", 0, true, 1, false, EnumSet.of(MOMENTUM, NESTEROV, RMSPROP)),
    BETA1("β1", 0, true, 1, false, EnumSet.of(ADAM, ADAMW, ADAMAX, NADAM)),
    BETA2("β2", 0, true, 1, false, EnumSet.of(ADAM, ADAMW, ADAMAX, NADAM)),
    RHO("ρ", 0, true, 1, false, EnumSet.of(ADADELTA, RMSPROP)),
    EPSILON("ε", 0, false, 1, true, EnumSet.of(ADAGRAD, ADADELTA, RMSPROP, ADAM, ADAMW, ADAMAX, NADAM)),
    WEIGHT_DECAY("weight decay", 0, true, 1, true, EnumSet.of(ADAMW)),
    MOMENTUM_DECAY("momentum decay", 0, true, 1, true, EnumSet.of(NADAM));

    private final String label;
    private final double lower;
    private final boolean lowerInclusive;
    private final double upper;
    private final boolean upperInclusive;
    private final Set<OptimizerType> readBy;

    RaceSetting(String label, double lower, boolean lowerInclusive, double upper, boolean upperInclusive,
                Set<OptimizerType> readBy) {
        this.label = label;
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
        this.readBy = readBy;
    }

    public String label() {
        return label;
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

    /** "a number > 0 and ≤ 10", "a number ≥ 0 and < 1", … */
    public String describe() {
        return "a number " + (lowerInclusive ? "≥ " : "> ") + plain(lower) + " and " + (upperInclusive ? "≤ " : "< ")
                + plain(upper);
    }

    /** Null when the text is an accepted value; otherwise the message to show beside the field. */
    public String problem(String text) {
        double v = parse(text);
        boolean ok = Double.isFinite(v) && (lowerInclusive ? v >= lower : v > lower)
                && (upperInclusive ? v <= upper : v < upper);
        return ok ? null : label + " must be " + describe();
    }

    /**
     * Applies the typed value to the type's racer from its next step on (its state is kept): the learning rate
     * through {@link OptimizerRace#setLearningRate}, the others through {@link OptimizerRace#setSettings}. Returns
     * null when applied, else the message and nothing changes.
     */
    public String apply(OptimizerRace race, OptimizerType type, String text) {
        String problem = problem(text);
        if (problem != null) {
            return problem;
        }
        double v = parse(text);
        if (this == LEARNING_RATE) {
            race.setLearningRate(type, v);
        } else {
            race.setSettings(with(race.racer(type).settings(), v));
        }
        return null;
    }

    private static double parse(String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
