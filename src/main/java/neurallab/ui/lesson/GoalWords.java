package neurallab.ui.lesson;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.Goal;
import neurallab.ui.text.Texts;

/** A step's goal, its progress and its controls in the student's words. */
final class GoalWords {
    /** The keys naming a figure and a control: the prefix, then the name lesson files use. */
    private static final String FIGURE = "lesson.figure.";
    private static final String CONTROL = "lesson.control.";

    private GoalWords() {
    }

    /** "test accuracy". */
    static String figure(Figure figure) {
        return Texts.get(FIGURE + figure.id());
    }

    /** "learning rate". */
    static String control(Control control) {
        return Texts.get(CONTROL + control.id());
    }

    /** "test accuracy ≥ 0.95 within 50 epochs". */
    static String goal(Goal goal) {
        String text = figure(goal.figure()) + " " + symbol(goal.comparison()) + " "
                + plain(goal.value());
        if (goal.afterEpochs() != null) {
            text += " " + Texts.get("lesson.goal.after", goal.afterEpochs());
        }
        if (goal.withinEpochs() != null) {
            text += " " + Texts.get("lesson.goal.within", goal.withinEpochs());
        }
        return text;
    }

    /** "✓ reached at epoch 31", "best so far: 0.912", or what to do when it was missed. */
    static String progress(Goal goal, GoalWatch.Progress progress) {
        return switch (progress.state()) {
            case REACHED -> "✓ " + Texts.get("lesson.goal.reached", progress.reachedAt());
            case MISSED -> Texts.get("lesson.goal.missed", goal.withinEpochs());
            case WATCHING -> Double.isNaN(progress.best()) ? Texts.get("lesson.goal.waiting")
                    : Texts.get("lesson.goal.best", String.format(Locale.ROOT, "%.4g", progress.best()));
        };
    }

    /** "data, layers, learning rate". */
    static String controls(Collection<Control> controls) {
        return controls.stream().sorted().map(GoalWords::control)
                .collect(Collectors.joining(", "));
    }

    static String symbol(Comparison c) {
        return switch (c) {
            case LESS -> "<";
            case LESS_OR_EQUAL -> "≤";
            case GREATER -> ">";
            case GREATER_OR_EQUAL -> "≥";
        };
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
