package neurallab.session.lesson;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import neurallab.session.EpochRecord;

/**
 * What a step asks the student to reach: {@code figure comparison value}, optionally at or before epoch
 * {@code withinEpochs} (null: any epoch of the step's training). A goal is reached at the first epoch
 * whose record satisfies it, and stays reached; epoch 0 (before any update) counts like any other.
 */
public record Goal(Figure figure, Comparison comparison, double value, Integer withinEpochs) {
    public Goal {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a goal's value must be finite, got " + value);
        }
        if (withinEpochs != null && withinEpochs < 0) {
            throw new IllegalArgumentException("within must be ≥ 0 epochs, got " + withinEpochs);
        }
    }

    /** True if {@code record} satisfies the goal: inside the window, the figure present and compared true. */
    public boolean isMetBy(EpochRecord record) {
        if (withinEpochs != null && record.epoch() > withinEpochs) {
            return false;
        }
        Double figureValue = figure.of(record);
        return figureValue != null && comparison.holds(figureValue, value);
    }

    /** The first record that reaches the goal, in training order. */
    public Optional<EpochRecord> firstReached(List<EpochRecord> records) {
        return records.stream().filter(this::isMetBy).findFirst();
    }

    /**
     * The figure's value closest to the goal inside the window (the smallest for {@code <} and {@code <=},
     * the largest otherwise); NaN when no record in the window has the figure.
     */
    public double bestValue(List<EpochRecord> records) {
        double best = Double.NaN;
        for (EpochRecord record : records) {
            Double v = figure.of(record);
            if (v == null || (withinEpochs != null && record.epoch() > withinEpochs)) {
                continue;
            }
            if (Double.isNaN(best) || (comparison.wantsLess() ? v < best : v > best)) {
                best = v;
            }
        }
        return best;
    }

    /** The goal as lesson files and the check print it: "testAccuracy >= 0.9 within 200 epochs". */
    public String describe() {
        String text = figure.id() + " " + comparison.id() + " " + BigDecimal.valueOf(value).stripTrailingZeros()
                .toPlainString();
        return withinEpochs == null ? text : text + " within " + withinEpochs + " epochs";
    }
}
