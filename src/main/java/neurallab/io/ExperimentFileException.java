package neurallab.io;

import java.nio.file.Path;
import java.util.List;
import neurallab.data.Problems;

/**
 * An experiment file that cannot be used: one line per problem, each starting with the file's name,
 * then the JSON path of the field (or the line and column of malformed JSON) and what is wrong.
 */
public final class ExperimentFileException extends Exception {
    private final List<String> problems;

    /** {@code problems} without the file name, e.g. "training.loss: missing; …"; the first 20 are kept. */
    public ExperimentFileException(Path file, List<String> problems) {
        this(Problems.capped(problems).stream().map(p -> file + ": " + p).toList());
    }

    private ExperimentFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = problems;
    }

    /** Each problem as "file: where: what is wrong". */
    public List<String> problems() {
        return problems;
    }
}
