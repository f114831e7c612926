package neurallab.ui.viewmodel;

import java.util.function.DoublePredicate;
import neurallab.data.Generators;

/**
 * What every typed field accepts, each refusal saying what is allowed. Pure functions: the view shows
 * the message beside a red outline; the view-model applies only values that pass.
 */
public final class Validation {
    public static final double MAX_LEARNING_RATE = 10;
    public static final int MAX_BATCH = 10_000;

    private Validation() {
    }

    public static Checked<Double> learningRate(String text) {
        return number(text, "learning rate", v -> v > 0 && v <= MAX_LEARNING_RATE, "a number > 0 and ≤ 10");
    }

    public static Checked<Double> regularizationRate(String text) {
        return number(text, "regularization rate", v -> v >= 0 && v <= 10, "a number ≥ 0 and ≤ 10");
    }

    public static Checked<Double> dropout(String text) {
        return number(text, "dropout", v -> v >= 0 && v < 1, "a number ≥ 0 and < 1 (0.2 drops a fifth)");
    }

    public static Checked<Double> noise(String text) {
        return number(text, "noise", v -> v >= 0 && v <= Generators.MAX_NOISE, "a number from 0 to 1");
    }

    /** The test or validation fraction; together they must leave training points. */
    public static Checked<Double> fraction(String text, String name, double other) {
        Checked<Double> c = number(text, name, v -> v >= 0 && v < 1, "a number ≥ 0 and < 1 (0.5 = half the points)");
        if (c.isOk() && c.value() + other >= 1) {
            return Checked.error("test + validation fractions must be < 1 (the rest trains); the other is "
                    + other);
        }
        return c;
    }

    /** A weight or bias typed into the hover card. */
    public static Checked<Double> weight(String text) {
        return number(text, "value", v -> Math.abs(v) <= 1e6, "a finite number between −1e6 and 1e6");
    }

    public static Checked<Integer> batchSize(String text) {
        return whole(text, "batch size", 1, MAX_BATCH);
    }

    public static Checked<Integer> samples(String text) {
        return whole(text, "samples", Generators.MIN_SAMPLES, Generators.MAX_SAMPLES);
    }

    public static Checked<Long> seed(String text) {
        try {
            return Checked.ok(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Checked.error("seed must be a whole number (e.g. 7)");
        }
    }

    /** An optimizer or schedule setting, in [lo, hi) or [lo, hi] as the message states. */
    public static Checked<Double> setting(String text, String name, double lo, double hi, boolean hiInclusive) {
        String allowed = "a number ≥ " + lo + " and " + (hiInclusive ? "≤ " : "< ") + hi;
        return number(text, name, v -> v >= lo && (hiInclusive ? v <= hi : v < hi), allowed);
    }

    public static Checked<Integer> whole(String text, String name, int lo, int hi) {
        String allowed = name + " must be a whole number from " + lo + " to " + hi;
        try {
            int v = Integer.parseInt(text.strip());
            return v >= lo && v <= hi ? Checked.ok(v) : Checked.error(allowed);
        } catch (NumberFormatException e) {
            return Checked.error(allowed);
        }
    }

    private static Checked<Double> number(String text, String name, DoublePredicate ok,
                                          String allowed) {
        String message = name + " must be " + allowed;
        if (text == null || text.isBlank()) {
            return Checked.error(message);
        }
        try {
            double v = Double.parseDouble(text.strip().replace('−', '-'));
            return Double.isFinite(v) && ok.test(v) ? Checked.ok(v) : Checked.error(message);
        } catch (NumberFormatException e) {
            return Checked.error(message);
        }
    }
}
