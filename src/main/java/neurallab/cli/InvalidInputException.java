package neurallab.cli;

import java.util.List;

/** Input a command cannot use; each line names the file, the field or option, and what is wrong. Exit 2. */
public final class InvalidInputException extends Exception {
    private final List<String> lines;

    public InvalidInputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public InvalidInputException(String line) {
        this(List.of(line));
    }

    List<String> lines() {
        return lines;
    }
}
