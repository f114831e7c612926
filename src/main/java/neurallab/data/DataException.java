package neurallab.data;

import java.util.List;

/**
 * Data that cannot be used, with one message per problem, each naming the file, the place (line and
 * column, or field) and the reason. Nothing is ever partially loaded.
 */
public final class DataException extends Exception {
    private final List<String> problems;

    public DataException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public DataException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
