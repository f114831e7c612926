package neurallab.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neurallab.session.Experiment;
import neurallab.ui.text.Phrase;
import org.junit.jupiter.api.Test;

/** The undo history: bounded, labelled, strokes merged, redo cleared by a new edit. */
class ExperimentHistoryTest {
    private static Experiment seed(long s) {
        return Edits.playgroundDefault().withSeed(s);
    }

    private static Phrase label(String text) {
        return () -> text;
    }

    @Test
    void undoAndRedoWalkTheValuesBackAndForth() {
        ExperimentHistory h = new ExperimentHistory();
        h.record(seed(1), seed(2), label("seed 1 → 2"), null);
        h.record(seed(2), seed(3), label("seed 2 → 3"), null);
        assertEquals("seed 2 → 3", h.nextUndo().label().text());
        assertEquals(seed(2), h.undo());
        assertEquals("seed 2 → 3", h.nextRedo().label().text());
        assertEquals(seed(1), h.undo());
        assertFalse(h.canUndo());
        assertEquals(seed(2), h.redo());
        assertEquals(seed(3), h.redo());
        assertFalse(h.canRedo());
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        ExperimentHistory h = new ExperimentHistory();
        h.record(seed(1), seed(2), label("a"), null);
        h.undo();
        assertTrue(h.canRedo());
        h.record(seed(1), seed(5), label("b"), null);
        assertFalse(h.canRedo());
        assertEquals("b", h.nextUndo().label().text());
    }

    @Test
    void theHistoryKeepsItsNewestStepsUpToItsCapacity() {
        ExperimentHistory h = new ExperimentHistory();
        assertTrue(ExperimentHistory.CAPACITY >= 200);
        for (int i = 0; i < 300; i++) {
            h.record(seed(i), seed(i + 1), label("step " + i), null);
        }
        assertEquals(ExperimentHistory.CAPACITY, h.size());
        Experiment oldest = null;
        while (h.canUndo()) {
            oldest = h.undo();
        }
        assertEquals(seed(300 - ExperimentHistory.CAPACITY), oldest, "the oldest steps were dropped");
    }

    @Test
    void oneStrokeIsOneStepUntilSealed() {
        ExperimentHistory h = new ExperimentHistory();
        Object stroke = new Object();
        h.record(seed(1), seed(2), label("painted points"), stroke);
        h.record(seed(2), seed(3), label("painted points"), stroke);
        h.record(seed(3), seed(4), label("painted points"), stroke);
        assertEquals(1, h.size());
        h.seal();
        h.record(seed(4), seed(5), label("painted points"), stroke);
        assertEquals(2, h.size(), "after the stroke ended, the same key starts a new step");
        assertEquals(seed(4), h.undo());
        assertEquals(seed(1), h.undo(), "the whole first stroke goes at once");
    }

    @Test
    void differentKeysAndUnkeyedEditsAreSeparateSteps() {
        ExperimentHistory h = new ExperimentHistory();
        h.record(seed(1), seed(2), label("a"), "x");
        h.record(seed(2), seed(3), label("b"), "y");
        h.record(seed(3), seed(4), label("c"), null);
        h.record(seed(4), seed(5), label("d"), null);
        assertEquals(4, h.size());
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        ExperimentHistory h = new ExperimentHistory();
        h.record(seed(1), seed(1), label("nothing"), null);
        assertFalse(h.canUndo());
        assertNull(h.nextUndo());
    }
}
