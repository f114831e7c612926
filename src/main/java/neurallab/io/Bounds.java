package neurallab.io;

import neurallab.session.Range;

/**
 * The values a numeric field accepts, as a {@link Range} of the table of limits ({@code neurallab.session.Limits})
 * or one of the format's own (weights are any finite number, counts are whole numbers).
 */
record Bounds(Range range) {
    static final Bounds ANY = new Bounds(Range.finite("", ""));
    static final Bounds NON_NEGATIVE = new Bounds(new Range("", "", 0.0, true, Double.POSITIVE_INFINITY, false, false));

    static Bounds integers(long min, long max) {
        return new Bounds(new Range("", "", min, true, max, true, true));
    }

    boolean contains(double value) {
        return range.contains(value);
    }

    boolean integral() {
        return range.integral();
    }

    /** "a finite number > 0", "a number in [0, 1)", "an integer from 1 to 4096", "an integer ≥ 0". */
    String describe() {
        return range.describe();
    }
}
