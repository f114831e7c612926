package neurallab.session.lesson;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import neurallab.session.EpochRecord;

/**
 * What a step asks the student to reach: {@code figure comparison value}, watched from epoch
 * {@code afterEpochs} (null: from epoch 0, before any update) up to epoch {@code withinEpochs} (null: any
 * epoch of the step's training). A goal is reached at the first epoch in that window whose record
 * satisfies it, and stays reached. "after" serves goals about where training settles, such as a small gap
 * once the network has had time to overfit.
 */
public record Goal(Figure figure, Comparison comparison, double value, Integer afterEpochs, Integer withinEpochs) {
    public Goal {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a goal's value must be finite, got " + value);
        }
        if ((afterEpochs != null && afterEpochs < 0) || (withinEpochs != null && withinEpochs < 0)) {
            throw new IllegalArgumentException("after and within are epochs ≥ 0");
        }
        if (afterEpochs != null && withinEpochs != null && afterEpochs > withinEpochs) {
            throw new IllegalArgumentException("after " + afterEpochs + " is past within " + withinEpochs);
        }
    }

    /** True if {@code record} falls inside the goal's window of epochs. */
    public boolean watches(EpochRecord record) {
        return (afterEpochs == null || record.epoch() >= afterEpochs)
                && (withinEpochs == null || record.epoch() <= withinEpochs);
    }

    /** True if {@code record} satisfies the goal: inside the window, the figure present and compared true. */
    public boolean isMetBy(EpochRecord record) {
        if (!watches(record)) {
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
            if (v == null || !watches(record)) {
                continue;
            }
            if (Double.isNaN(best) || (comparison.wantsLess() ? v < best : v > best)) {
                best = v;
            }
        }
        return best;
    }

    /** The goal as the check prints it: "testAccuracy >= 0.9 within 200 epochs", "gap < 0.1 after 300 epochs". */
    public String describe() {
        String text = figure.id() + " " + comparison.id() + " " + BigDecimal.valueOf(value).stripTrailingZeros()
                .toPlainString();
        if (afterEpochs != null) {
            text += " after " + afterEpochs + " epochs";
        }
        return withinEpochs == null ? text : text + " within " + withinEpochs + " epochs";
    }
}
