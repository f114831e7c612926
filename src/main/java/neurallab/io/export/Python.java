package neurallab.io.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Python source text: literals that read back as exactly the same doubles, and a line buffer. */
final class Python {
    private final StringBuilder text = new StringBuilder();

    /** Appends one line, or a text block's lines; "" is an empty line. */
    Python add(String lines) {
        text.append(lines);
        if (!lines.endsWith("\n")) {
            text.append('\n');
        }
        return this;
    }

    /** Two blank lines: what PEP 8 puts between top-level definitions. */
    Python gap() {
        text.append("\n\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * A double as Python reads it back bit for bit: Java's shortest round-tripping digits, with Python's
     * spelling of the exponent (1e-08 rather than 1.0E-8).
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Python literals hold finite numbers only, got " + value);
        }
        String s = Double.toString(value);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /** [a, b, c] */
    static String list(double[] values) {
        return Arrays.stream(values).mapToObj(Python::number).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Text safe inside a comment or docstring: one line, no triple quotes, no backslashes. */
    static String comment(String s) {
        return s.replaceAll("[\\p{Cntrl}\\\\]", "?").replace("\"\"\"", "'''");
    }
}
