package neurallab.io;

/**
 * The values a numeric field accepts: finite, between {@code lower} and {@code upper} (each bound
 * inclusive or not), and whole numbers only when {@code integral}. {@link #describe()} says it in words
 * for error messages.
 */
record Bounds(double lower, boolean lowerInclusive, double upper, boolean upperInclusive, boolean integral) {
    static final Bounds ANY = new Bounds(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, false);
    static final Bounds POSITIVE = new Bounds(0.0, false, Double.POSITIVE_INFINITY, false, false);
    static final Bounds NON_NEGATIVE = new Bounds(0.0, true, Double.POSITIVE_INFINITY, false, false);
    /** [0, 1): fractions, dropout, momentum, betas. */
    static final Bounds FRACTION = new Bounds(0.0, true, 1.0, false, false);

    static Bounds integers(long min, long max) {
        return new Bounds(min, true, max, true, true);
    }

    boolean contains(double value) {
        if (!Double.isFinite(value) || (integral && value != Math.rint(value))) {
            return false;
        }
        boolean aboveLower = lowerInclusive ? value >= lower : value > lower;
        boolean belowUpper = upperInclusive ? value <= upper : value < upper;
        return aboveLower && belowUpper;
    }

    /** "a finite number > 0", "a number in [0, 1)", "an integer from 1 to 4096", "an integer ≥ 0". */
    String describe() {
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

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
