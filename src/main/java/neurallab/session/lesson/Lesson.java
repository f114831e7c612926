package neurallab.session.lesson;

import java.util.List;

/**
 * A lesson (format "neurallab-lesson", version 1): a title, a one-paragraph summary, the concepts it
 * teaches by short name, and its steps in order, each holding a whole experiment.
 */
public record Lesson(String title, String summary, List<String> concepts, List<LessonStep> steps) {
    public static final String FORMAT = "neurallab-lesson";
    public static final int FORMAT_VERSION = 1;
    public static final int MIN_STEPS = 4;
    public static final int MAX_STEPS = 8;

    public Lesson {
        concepts = List.copyOf(concepts);
        steps = List.copyOf(steps);
    }
}
