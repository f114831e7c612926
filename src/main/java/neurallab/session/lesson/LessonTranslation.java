package neurallab.session.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's words in another language (format "neurallab-lesson-translation", version 1): the title,
 * summary and concepts, and for each step, in the lesson's order, its title, paragraphs, question and
 * training instruction. It holds no experiment, control or goal: those stay the lesson's own, so a
 * translated lesson trains and checks exactly like the original.
 */
public record LessonTranslation(String language, String title, String summary, List<String> concepts,
                                List<StepText> steps) {
    public static final String FORMAT = "neurallab-lesson-translation";
    public static final int FORMAT_VERSION = 1;

    /** One step's words; {@code instruction} is null exactly when the lesson's step has no training. */
    public record StepText(String title, List<String> paragraphs, String question, String instruction) {
        public StepText {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public LessonTranslation {
        concepts = List.copyOf(concepts);
        steps = List.copyOf(steps);
    }

    /** The lesson in this translation's words; its steps and concepts must match the translation's one to one. */
    public Lesson applyTo(Lesson lesson) {
        if (lesson.steps().size() != steps.size() || lesson.concepts().size() != concepts.size()) {
            throw new IllegalArgumentException("the translation has " + steps.size() + " steps and " + concepts.size()
                    + " concepts, the lesson " + lesson.steps().size() + " and " + lesson.concepts().size());
        }
        List<LessonStep> worded = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepText text = steps.get(i);
            worded.add(lesson.steps().get(i).withText(text.title(), text.paragraphs(), text.question(),
                    text.instruction()));
        }
        return new Lesson(title, summary, concepts, worded);
    }
}
