package neurallab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import neurallab.io.LessonReader;
import neurallab.io.LessonWriter;
import neurallab.session.Experiment;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import neurallab.session.lesson.StepControls;
import neurallab.ui.text.Texts;

/**
 * A lesson a teacher builds in the window: each "add the current state as a step" takes the experiment
 * on screen as a new step with text to fill in; saving checks the lesson exactly as opening the file would.
 */
final class LessonDraft {
    private final List<LessonStep> steps = new ArrayList<>();

    int size() {
        return steps.size();
    }

    LessonStep step(int index) {
        return steps.get(index);
    }

    /** Adds {@code experiment} (without trained weights: a step starts fresh) as the last step; false when full. */
    boolean add(Experiment experiment) {
        if (steps.size() >= Lesson.MAX_STEPS) {
            return false;
        }
        steps.add(new LessonStep(Texts.get("lesson.draft.stepTitle", steps.size() + 1),
                List.of(Texts.get("lesson.draft.text")), Texts.get("lesson.draft.question"),
                experiment.withWeights(null), StepControls.NONE, null, null));
        return true;
    }

    void replace(int index, LessonStep step) {
        steps.set(index, step);
    }

    void clear() {
        steps.clear();
    }

    /** The lesson with these steps, refused with the reader's messages when a file of it could not be opened. */
    Lesson lesson(String title, String summary, List<String> concepts) throws InvalidLessonException {
        Lesson lesson = new Lesson(title, summary, concepts, steps);
        return LessonReader.read(LessonWriter.toJson(lesson));
    }
}
