package neurallab.session.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import neurallab.session.EpochRecord;
import org.junit.jupiter.api.Test;

/** Goals judged against hand-made epoch records. */
class GoalTest {
    private static EpochRecord record(int epoch, double trainLoss, Double testLoss, Double testAccuracy) {
        return new EpochRecord(epoch, 0.1, trainLoss, null, testLoss, null, null, testAccuracy);
    }

    private static final List<EpochRecord> RUN = List.of(
            record(0, 0.70, 0.71, 0.50),
            record(1, 0.40, 0.45, 0.80),
            record(2, 0.20, 0.35, 0.90),
            record(3, 0.10, 0.40, 0.85));

    @Test
    void eachComparisonComparesTheFigureWithTheValue() {
        assertTrue(Comparison.LESS.holds(0.1, 0.2));
        assertFalse(Comparison.LESS.holds(0.2, 0.2));
        assertTrue(Comparison.LESS_OR_EQUAL.holds(0.2, 0.2));
        assertTrue(Comparison.GREATER.holds(0.3, 0.2));
        assertFalse(Comparison.GREATER.holds(0.2, 0.2));
        assertTrue(Comparison.GREATER_OR_EQUAL.holds(0.2, 0.2));
    }

    @Test
    void theGapIsTestLossMinusTrainingLoss() {
        assertEquals(0.40 - 0.10, Figure.GAP.of(RUN.get(3)), 1e-15);
        assertEquals(null, Figure.GAP.of(record(0, 0.5, null, null)));
        assertEquals(3.0, Figure.EPOCH.of(RUN.get(3)));
        assertEquals(null, Figure.VALIDATION_ACCURACY.of(RUN.get(3)));
    }

    @Test
    void aGoalIsReachedAtTheFirstEpochThatSatisfiesIt() {
        Goal goal = new Goal(Figure.TEST_ACCURACY, Comparison.GREATER_OR_EQUAL, 0.9, null, null);
        assertEquals(Optional.of(RUN.get(2)), goal.firstReached(RUN));
        assertEquals(0.90, goal.bestValue(RUN));
        assertEquals("testAccuracy >= 0.9", goal.describe());
    }

    @Test
    void withinEndsTheWindowAndAfterStartsIt() {
        Goal within = new Goal(Figure.TEST_ACCURACY, Comparison.GREATER_OR_EQUAL, 0.9, null, 1);
        assertEquals(Optional.empty(), within.firstReached(RUN));
        assertEquals(0.80, within.bestValue(RUN), "the best inside the window, not the 0.90 of epoch 2");

        // the gap grows from 0.15 at epoch 2 to 0.30 at epoch 3; "after 3" looks only at where it settled
        Goal gapAfter = new Goal(Figure.GAP, Comparison.LESS, 0.2, 3, null);
        assertEquals(Optional.empty(), gapAfter.firstReached(RUN));
        assertEquals(0.30, gapAfter.bestValue(RUN), 1e-15);
        Goal gapAnyTime = new Goal(Figure.GAP, Comparison.LESS, 0.2, null, null);
        assertEquals(Optional.of(RUN.get(0)), gapAnyTime.firstReached(RUN));
        assertEquals("gap < 0.2 after 3 epochs within 3 epochs",
                new Goal(Figure.GAP, Comparison.LESS, 0.2, 3, 3).describe());
    }

    @Test
    void aFigureTheRecordLacksNeverReachesTheGoal() {
        Goal goal = new Goal(Figure.VALIDATION_ACCURACY, Comparison.GREATER, 0.0, null, null);
        assertEquals(Optional.empty(), goal.firstReached(RUN));
        assertTrue(Double.isNaN(goal.bestValue(RUN)));
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> new Goal(Figure.EPOCH, Comparison.GREATER, 1, 10, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new Goal(Figure.EPOCH, Comparison.GREATER, Double.NaN, null, null));
    }
}
