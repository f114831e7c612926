package neurallab.data;

import java.util.Arrays;
import java.util.Optional;

/** Input features computed from a 2-D point (x1, x2), by the names of docs/file-format.md. */
public enum Feature {
    X1("x1"), X2("x2"), X1_SQUARED("x1^2"), X2_SQUARED("x2^2"), X1_TIMES_X2("x1*x2"), SIN_X1("sin(x1)"),
    SIN_X2("sin(x2)");

    private final String id;

    Feature(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Feature> parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public double valueAt(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_TIMES_X2 -> x1 * x2;
            case SIN_X1 -> Math.sin(x1);
            case SIN_X2 -> Math.sin(x2);
        };
    }
}
