package neurallab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import neurallab.io.LessonReader;
import neurallab.io.LessonWriter;
import neurallab.session.Experiment;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.ui.viewmodel.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson built without JSON: states added as steps, edited, checked as the file will be read, saved and read back. */
class LessonDraftTest {
    @TempDir
    Path dir;

    @Test
    void statesAddedAsStepsMakeALessonThatSavesAndReadsBack() throws Exception {
        LessonDraft draft = new LessonDraft();
        Experiment base = Edits.playgroundDefault();
        for (int i = 0; i < 4; i++) {
            assertTrue(draft.add(base.withSeed(i + 1)));
        }
        assertNull(draft.step(0).experiment().weights(), "a step starts from fresh weights");
        StepForm form = new StepForm("Play", "Press play.", "What happens?", Figure.TEST_ACCURACY,
                Comparison.GREATER_OR_EQUAL, "0.8", "", "100", "Press play; about 100 epochs.", Set.of(Control.DATA));
        draft.replace(0, form.apply(draft.step(0)));

        Lesson lesson = draft.lesson("Mine", "A lesson of my own.", List.of("learning rate"));
        Path file = dir.resolve("mine.json");
        LessonWriter.write(file, lesson);

        Lesson back = LessonReader.read(file);
        assertEquals(lesson, back);
        assertEquals(4, back.steps().size());
        assertEquals(2, back.steps().get(1).experiment().seed());
        assertEquals(Set.of(Control.DATA), back.steps().get(0).controls().lock());
    }

    @Test
    void aDraftTheReaderWouldRefuseIsRefusedWithItsMessages() {
        LessonDraft draft = new LessonDraft();
        draft.add(Edits.playgroundDefault());
        InvalidLessonException e = assertThrows(InvalidLessonException.class,
                () -> draft.lesson("Short", "Too short.", List.of("x")));
        assertEquals(List.of("steps: a lesson has 4 to 8 steps, got 1"), e.problems());
        for (int i = 1; i < Lesson.MAX_STEPS; i++) {
            assertTrue(draft.add(Edits.playgroundDefault()));
        }
        assertFalse(draft.add(Edits.playgroundDefault()), "no ninth step");
    }
}
