package neurallab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.Goal;
import neurallab.session.live.LossHistory;
import org.junit.jupiter.api.Test;

/** The live goal: reached at the first epoch that meets it, missed past "within", watched afresh on a new network. */
class GoalWatchTest {
    private static final double NAN = Double.NaN;

    /** A row: train, validation, test loss, then train, validation, test accuracy. */
    private static double[] row(double trainLoss, double testAccuracy) {
        return new double[] {trainLoss, NAN, 0.5, 0.5, NAN, testAccuracy};
    }

    @Test
    void reachedAtTheFirstEpochThatMeetsItAndStaysReached() {
        GoalWatch watch = new GoalWatch(new Goal(Figure.TEST_ACCURACY, Comparison.GREATER_OR_EQUAL, 0.9, null, 10));
        LossHistory history = new LossHistory();
        history.append(0, row(0.7, 0.5));
        history.append(1, row(0.6, 0.85));
        GoalWatch.Progress p = watch.read(1, history.view());
        assertEquals(GoalWatch.State.WATCHING, p.state());
        assertEquals(0.85, p.best(), "the best test accuracy so far");

        history.append(2, row(0.5, 0.9));
        history.append(3, row(0.4, 0.8));
        p = watch.read(1, history.view());
        assertEquals(GoalWatch.State.REACHED, p.state());
        assertEquals(2, p.reachedAt(), "0.9 >= 0.9 at epoch 2");
        history.append(12, row(0.3, 0.5));
        assertEquals(GoalWatch.State.REACHED, watch.read(1, history.view()).state(), "a goal once reached stays so");
    }

    @Test
    void missedOnceTrainingPassesWithinAndWatchedAfreshOnANewNetwork() {
        GoalWatch watch = new GoalWatch(new Goal(Figure.TRAIN_LOSS, Comparison.LESS, 0.2, null, 2));
        LossHistory history = new LossHistory();
        history.append(0, row(0.7, 0.5));
        history.append(2, row(0.3, 0.5));
        assertEquals(GoalWatch.State.WATCHING, watch.read(5, history.view()).state(), "epoch 2 is still inside");
        history.append(3, row(0.1, 0.5));
        GoalWatch.Progress p = watch.read(5, history.view());
        assertEquals(GoalWatch.State.MISSED, p.state(), "0.1 came at epoch 3, after 'within 2'");
        assertNull(p.reachedAt());
        assertEquals(0.3, p.best(), "epoch 3 is outside the window: the best inside is 0.3");

        LossHistory fresh = new LossHistory();
        fresh.append(0, row(0.7, 0.5));
        fresh.append(1, row(0.15, 0.5));
        p = watch.read(6, fresh.view());
        assertEquals(GoalWatch.State.REACHED, p.state(), "a new network (reset) is watched from its epoch 0");
        assertEquals(1, p.reachedAt());
    }

    @Test
    void theGapIsTestLossMinusTrainingLoss() {
        GoalWatch watch = new GoalWatch(new Goal(Figure.GAP, Comparison.LESS, 0.1, null, null));
        LossHistory history = new LossHistory();
        history.append(0, new double[] {0.3, NAN, 0.45, NAN, NAN, NAN});
        assertEquals(0.15, watch.read(0, history.view()).best(), 1e-12);
        history.append(1, new double[] {0.3, NAN, 0.35, NAN, NAN, NAN});
        assertEquals(GoalWatch.State.REACHED, watch.read(0, history.view()).state(), "0.35 − 0.3 = 0.05 < 0.1");
    }
}
