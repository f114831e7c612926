package neurallab.session;

import java.util.List;

/**
 * An experiment that cannot be trained, with one message per problem, each starting with the JSON path
 * of the field at fault (e.g. "layers[1].units: ...") and saying what is allowed.
 */
public final class InvalidExperimentException extends Exception {
    private final List<String> problems;

    public InvalidExperimentException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
