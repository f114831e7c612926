package neurallab.session.lesson;

import neurallab.engine.StableName;

/** How a goal compares its figure with its value. */
public enum Comparison implements StableName {
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">=");

    private final String id;

    Comparison(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public boolean holds(double figure, double value) {
        return switch (this) {
            case LESS -> figure < value;
            case LESS_OR_EQUAL -> figure <= value;
            case GREATER -> figure > value;
            case GREATER_OR_EQUAL -> figure >= value;
        };
    }

    /** True when smaller figures come closer to the goal. */
    public boolean wantsLess() {
        return this == LESS || this == LESS_OR_EQUAL;
    }
}
