package neurallab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.Goal;
import neurallab.session.lesson.LessonStep;
import neurallab.session.lesson.StepControls;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Edits;
import org.junit.jupiter.api.Test;

/** The step editor's fields: paragraphs by blank lines, a goal with its training, refusals that say what is allowed. */
class StepFormTest {
    private final LessonStep base = new LessonStep("Step 1", List.of("Text."), "Why?", Edits.playgroundDefault(),
            new StepControls(Set.of(Control.PLAY), Set.of(), Set.of(Control.DROPOUT)), null, null);

    @Test
    void fieldsBecomeAStepOnTheSameExperiment() {
        StepForm form = new StepForm(" Lines ", "First  w ← w − η·∂L/∂w.\n\n  \nSecond.\n", "Which?",
                Figure.TEST_ACCURACY, Comparison.GREATER_OR_EQUAL, "0.9", "50", "100", "Press play.",
                Set.of(Control.DATA, Control.LAYERS));
        LessonStep step = form.apply(base);
        assertEquals("Lines", step.title());
        assertEquals(List.of("First  w ← w − η·∂L/∂w.", "Second."), step.paragraphs());
        assertEquals(new Goal(Figure.TEST_ACCURACY, Comparison.GREATER_OR_EQUAL, 0.9, null, 50), step.goal());
        assertEquals(100, step.training().epochs());
        assertEquals(Set.of(Control.DATA, Control.LAYERS), step.controls().lock());
        assertEquals(Set.of(Control.PLAY), step.controls().highlight(), "highlights and hides are kept");
        assertEquals(base.experiment(), step.experiment());
        assertEquals("First  w ← w − η·∂L/∂w.\n\nSecond.", StepForm.of(step).text(), "the editor shows it back");
    }

    @Test
    void noFigureMeansNoGoalAndEmptyTrainingMeansNone() {
        LessonStep step = StepForm.of(base).apply(base);
        assertNull(step.goal());
        assertNull(step.training());
        assertEquals(base, step);
    }

    @Test
    void refusedFieldsSayWhatIsAllowed() {
        StepForm noEpochs = new StepForm("t", "x", "q", Figure.TRAIN_LOSS, Comparison.LESS, "0.2", "", "", "", Set.of());
        assertEquals(Texts.get("lesson.edit.error.epochs"),
                assertThrows(IllegalArgumentException.class, () -> noEpochs.apply(base)).getMessage());
        StepForm badValue = new StepForm("t", "x", "q", Figure.TRAIN_LOSS, Comparison.LESS, "low", "", "10", "Go.", Set.of());
        assertEquals(Texts.get("lesson.edit.error.value"),
                assertThrows(IllegalArgumentException.class, () -> badValue.apply(base)).getMessage());
        StepForm late = new StepForm("t", "x", "q", Figure.TRAIN_LOSS, Comparison.LESS, "0.2", "20", "10", "Go.", Set.of());
        assertEquals(Texts.get("lesson.edit.error.within"),
                assertThrows(IllegalArgumentException.class, () -> late.apply(base)).getMessage());
        StepForm noText = new StepForm("t", " \n\n ", "q", null, Comparison.LESS, "", "", "", "", Set.of());
        assertEquals(Texts.get("lesson.edit.error.text"),
                assertThrows(IllegalArgumentException.class, () -> noText.apply(base)).getMessage());
    }
}
