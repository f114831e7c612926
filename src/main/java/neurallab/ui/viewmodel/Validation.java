package neurallab.ui.viewmodel;

import neurallab.session.Limits;
import neurallab.session.Range;
import neurallab.ui.text.Texts;

/**
 * What every typed field accepts: exactly what an experiment file may hold ({@link Limits}), each refusal
 * saying what is allowed. Pure functions: the view shows the message beside a red outline; the view-model
 * applies only values that pass.
 */
public final class Validation {

    private Validation() {
    }

    /** A number typed for one setting of the table (a whole number where the range is integral). */
    public static Checked<Double> check(Range range, String text) {
        String message = RangeTexts.mustBe(range);
        if (text == null || text.isBlank()) {
            return Checked.error(message);
        }
        try {
            double v = Double.parseDouble(text.strip().replace('−', '-'));
            return range.contains(v) ? Checked.ok(v) : Checked.error(message);
        } catch (NumberFormatException e) {
            return Checked.error(message);
        }
    }

    /** A whole number typed for an integral range of the table. */
    public static Checked<Integer> whole(Range range, String text) {
        String message = RangeTexts.mustBe(range);
        try {
            long v = Long.parseLong(text == null ? "" : text.strip().replace('−', '-'));
            return range.contains(v) ? Checked.ok((int) v) : Checked.error(message);
        } catch (NumberFormatException e) {
            return Checked.error(message);
        }
    }

    public static Checked<Double> learningRate(String text) {
        return check(Limits.LEARNING_RATE, text);
    }

    public static Checked<Double> regularizationRate(String text) {
        return check(Limits.L2, text);
    }

    public static Checked<Double> dropout(String text) {
        return check(Limits.DROPOUT, text);
    }

    public static Checked<Double> noise(String text) {
        return check(Limits.NOISE, text);
    }

    /** The test or validation fraction; together they must leave training points. */
    public static Checked<Double> fraction(String text, Range range, double other) {
        Checked<Double> c = check(range, text);
        if (c.isOk() && c.value() + other >= 1) {
            return Checked.error(Texts.get("validation.fractionsTooLarge", other));
        }
        return c;
    }

    /** A weight or bias typed into the hover card. */
    public static Checked<Double> weight(String text) {
        return check(Limits.WEIGHT, text);
    }

    public static Checked<Integer> batchSize(String text) {
        return whole(Limits.BATCH_SIZE, text);
    }

    public static Checked<Integer> samples(String text) {
        return whole(Limits.SAMPLES, text);
    }

    public static Checked<Long> seed(String text) {
        try {
            return Checked.ok(Long.parseLong(text.strip().replace('−', '-')));
        } catch (NumberFormatException e) {
            return Checked.error(Texts.get("validation.seed"));
        }
    }
}
