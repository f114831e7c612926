package neurallab.ui.lesson;

import neurallab.session.EpochRecord;
import neurallab.session.lesson.Goal;
import neurallab.session.live.LossHistory;

/**
 * Follows a step's goal over the live history, reading each epoch's row once: reached at the first row
 * that meets it (and reached it stays until the step is loaded again), missed once training has gone past
 * the goal's last epoch without reaching it. A new network (another generation, or a shorter history after
 * a reset) is watched afresh.
 */
final class GoalWatch {
    /** Where the goal stands. */
    enum State { WATCHING, REACHED, MISSED }

    /** What the panel shows: the state, the epoch that reached the goal (or null) and the best figure so far (NaN before any). */
    record Progress(State state, Integer reachedAt, double best) {
    }

    private final Goal goal;
    private long generation = Long.MIN_VALUE;
    private int seen;
    private Integer reachedAt;
    private boolean missed;
    private double best = Double.NaN;

    GoalWatch(Goal goal) {
        this.goal = goal;
    }

    Goal goal() {
        return goal;
    }

    /** Reads the rows not seen yet of the history published with network {@code generation}. */
    Progress read(long generationNow, LossHistory.View history) {
        if (generationNow != generation || history.size() < seen) {
            generation = generationNow;
            seen = 0;
            missed = false;
            best = Double.NaN;
        }
        for (; seen < history.size(); seen++) {
            EpochRecord record = record(history, seen);
            if (reachedAt == null && goal.isMetBy(record)) {
                reachedAt = record.epoch();
            }
            Double value = goal.figure().of(record);
            if (value != null && !value.isNaN() && goal.watches(record) && (Double.isNaN(best)
                    || (goal.comparison().wantsLess() ? value < best : value > best))) {
                best = value;
            }
            missed |= goal.withinEpochs() != null && record.epoch() > goal.withinEpochs();
        }
        return progress();
    }

    Progress progress() {
        State state = reachedAt != null ? State.REACHED : missed ? State.MISSED : State.WATCHING;
        return new Progress(state, reachedAt, best);
    }

    /** One row of the history as the epoch record goals read (the learning rate is not kept there). */
    static EpochRecord record(LossHistory.View history, int row) {
        return new EpochRecord(history.epoch(row), Double.NaN, history.value(LossHistory.TRAIN_LOSS, row),
                figure(history, LossHistory.VALIDATION_LOSS, row), figure(history, LossHistory.TEST_LOSS, row),
                figure(history, LossHistory.TRAIN_ACCURACY, row), figure(history, LossHistory.VALIDATION_ACCURACY, row),
                figure(history, LossHistory.TEST_ACCURACY, row));
    }

    // the history writes NaN for a figure that does not apply; records say so with null
    private static Double figure(LossHistory.View history, int column, int row) {
        double value = history.value(column, row);
        return Double.isNaN(value) ? null : value;
    }
}
