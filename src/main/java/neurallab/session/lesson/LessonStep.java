package neurallab.session.lesson;

import java.util.List;
import neurallab.session.Experiment;

/**
 * One step of a lesson: a short title, the paragraphs the student reads, a question to think about, the
 * experiment the step starts from (patches already applied), the controls it highlights, locks and hides,
 * and optionally a goal with the training expected to reach it. A goal never comes without training.
 */
public record LessonStep(String title, List<String> paragraphs, String question, Experiment experiment,
                         StepControls controls, StepTraining training, Goal goal) {
    public LessonStep {
        paragraphs = List.copyOf(paragraphs);
        if (goal != null && training == null) {
            throw new IllegalArgumentException("a goal needs the training expected to reach it");
        }
    }

    /**
     * This step worded differently (another language): the same experiment, controls, epochs and goal.
     * {@code instruction} replaces the training's sentence and must be null exactly when there is no training.
     */
    public LessonStep withText(String title, List<String> paragraphs, String question, String instruction) {
        if ((instruction == null) != (training == null)) {
            throw new IllegalArgumentException("a training instruction goes with a step's training, and only there");
        }
        StepTraining worded = training == null ? null : training.withInstruction(instruction);
        return new LessonStep(title, paragraphs, question, experiment, controls, worded, goal);
    }

    public boolean hasGoal() {
        return goal != null;
    }
}
