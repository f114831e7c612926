package neurallab.ui.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.Goal;
import neurallab.session.lesson.LessonStep;
import neurallab.session.lesson.StepControls;
import neurallab.session.lesson.StepTraining;
import neurallab.ui.text.Texts;

/**
 * What the step editor's fields say, turned into a step: paragraphs are separated by blank lines; a goal
 * (a figure chosen) needs the training epochs; "within" is optional. A field that does not parse is
 * refused with a message naming it and what is allowed.
 */
record StepForm(String title, String text, String question, Figure figure, Comparison comparison, String value,
                String within, String epochs, String instruction, Set<Control> lock) {

    /** The fields showing {@code step}. */
    static StepForm of(LessonStep step) {
        Goal g = step.goal();
        StepTraining t = step.training();
        return new StepForm(step.title(), String.join("\n\n", step.paragraphs()), step.question(),
                g == null ? null : g.figure(), g == null ? Comparison.GREATER_OR_EQUAL : g.comparison(),
                g == null ? "" : GoalWords.plain(g.value()),
                g == null || g.withinEpochs() == null ? "" : Integer.toString(g.withinEpochs()),
                t == null ? "" : Integer.toString(t.epochs()), t == null ? "" : t.instruction(),
                step.controls().lock());
    }

    /** The step these fields describe, on {@code base}'s experiment with its highlighted and hidden controls. */
    LessonStep apply(LessonStep base) {
        List<String> paragraphs = Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        require(!title.isBlank(), "lesson.edit.error.title");
        require(!paragraphs.isEmpty(), "lesson.edit.error.text");
        require(!question.isBlank(), "lesson.edit.error.question");
        StepTraining training = null;
        if (!epochs.isBlank() || figure != null) {
            int n = integer(epochs, "lesson.edit.error.epochs");
            require(n >= 1 && !instruction.isBlank(), "lesson.edit.error.epochs");
            training = new StepTraining(n, instruction.strip());
        }
        Goal goal = null;
        if (figure != null) {
            double v;
            try {
                v = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Texts.get("lesson.edit.error.value"));
            }
            require(Double.isFinite(v), "lesson.edit.error.value");
            Integer w = within.isBlank() ? null : integer(within, "lesson.edit.error.within");
            require(w == null || (w >= 0 && w <= training.epochs()), "lesson.edit.error.within");
            goal = new Goal(figure, comparison, v, null, w);
        }
        StepControls controls = new StepControls(base.controls().highlight(), lock, base.controls().hide());
        return new LessonStep(title.strip(), paragraphs, question.strip(), base.experiment(), controls, training, goal);
    }

    private static int integer(String text, String errorKey) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get(errorKey));
        }
    }

    private static void require(boolean ok, String errorKey) {
        if (!ok) {
            throw new IllegalArgumentException(Texts.get(errorKey));
        }
    }
}
