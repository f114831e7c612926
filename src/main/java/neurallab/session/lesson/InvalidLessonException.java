package neurallab.session.lesson;

import java.util.List;

/**
 * A lesson that cannot be used, with one message per problem, each starting with the JSON path of the
 * field at fault (e.g. "steps[2].goal.figure: ...") and saying what is allowed.
 */
public final class InvalidLessonException extends Exception {
    private final List<String> problems;

    public InvalidLessonException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
