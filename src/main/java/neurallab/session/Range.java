package neurallab.session;

/**
 * The values one numeric setting accepts: finite, between {@code lower} and {@code upper} (each bound
 * inclusive or not), whole numbers only when {@code integral}. {@code path} is the field's place in an
 * experiment file (docs/file-format.md), {@code name} how the window calls it.
 */
public record Range(String path, String name, double lower, boolean lowerInclusive, double upper,
                    boolean upperInclusive, boolean integral) {

    static Range positive(String path, String name) {
        return new Range(path, name, 0.0, false, Double.POSITIVE_INFINITY, false, false);
    }

    static Range nonNegative(String path, String name) {
        return new Range(path, name, 0.0, true, Double.POSITIVE_INFINITY, false, false);
    }

    /** [0, 1): dropout, momentum, betas, rho, the validation fraction. */
    static Range fraction(String path, String name) {
        return new Range(path, name, 0.0, true, 1.0, false, false);
    }

    static Range integers(String path, String name, long min, long max) {
        return new Range(path, name, min, true, max, true, true);
    }

    /** Any finite number. */
    public static Range finite(String path, String name) {
        return new Range(path, name, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, false);
    }

    public boolean contains(double value) {
        if (!Double.isFinite(value) || (integral && value != Math.rint(value))) {
            return false;
        }
        boolean aboveLower = lowerInclusive ? value >= lower : value > lower;
        boolean belowUpper = upperInclusive ? value <= upper : value < upper;
        return aboveLower && belowUpper;
    }

    /** "a finite number > 0", "a number in [0, 1)", "an integer from 1 to 4096", "an integer ≥ 0". */
    public String describe() {
        boolean hasLower = lower != Double.NEGATIVE_INFINITY;
        boolean hasUpper = upper != Double.POSITIVE_INFINITY;
        String kind = integral ? "an integer" : "a finite number";
        if (hasLower && hasUpper) {
            if (integral) {
                return kind + " from " + format(lower) + " to " + format(upper);
            }
            return "a number in " + (lowerInclusive ? "[" : "(") + format(lower) + ", " + format(upper)
                    + (upperInclusive ? "]" : ")");
        }
        return hasLower ? kind + (lowerInclusive ? " ≥ " : " > ") + format(lower) : kind;
    }

    /** A bound as the messages write it: "1" for whole values, else Java's shortest decimal ("0.001"). */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
