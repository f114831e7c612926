package neurallab.session.lesson;

import java.util.Set;

/** The controls a step draws the eye to, the ones it keeps as they are, and the ones it hides. */
public record StepControls(Set<Control> highlight, Set<Control> lock, Set<Control> hide) {
    public static final StepControls NONE = new StepControls(Set.of(), Set.of(), Set.of());

    public StepControls {
        highlight = Set.copyOf(highlight);
        lock = Set.copyOf(lock);
        hide = Set.copyOf(hide);
    }
}
