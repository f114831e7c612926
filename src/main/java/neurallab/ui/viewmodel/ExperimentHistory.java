package neurallab.ui.viewmodel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import neurallab.session.Experiment;
import neurallab.ui.text.Phrase;

/**
 * The bounded undo and redo history of experiment values. Each step holds the experiment before and after
 * one edit and a label saying what changed ("learning rate 0.03 → 0.3"), rendered in the language in force
 * when it is shown. Consecutive edits with the same non-null key (one painting stroke) merge into one step.
 * A new edit clears what could be redone.
 */
public final class ExperimentHistory {
    public static final int CAPACITY = 250;

    /** One edit: what it changed from and to, and its name. */
    public record Step(Experiment before, Experiment after, Phrase label, Object key) {
    }

    private final int capacity;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public ExperimentHistory() {
        this(CAPACITY);
    }

    public ExperimentHistory(int capacity) {
        this.capacity = capacity;
    }

    /** Records an edit; with the key of the last step (and nothing undone since) it extends that step. */
    public void record(Experiment before, Experiment after, Phrase label, Object key) {
        if (before.equals(after)) {
            return;
        }
        redo.clear();
        Step last = undo.peekLast();
        if (key != null && last != null && Objects.equals(last.key(), key)) {
            undo.removeLast();
            undo.addLast(new Step(last.before(), after, last.label(), key));
            return;
        }
        undo.addLast(new Step(before, after, label, key));
        if (undo.size() > capacity) {
            undo.removeFirst();
        }
    }

    /** Ends the step being extended (a stroke ended): the next edit with the same key is a new step. */
    public void seal() {
        Step last = undo.peekLast();
        if (last != null && last.key() != null) {
            undo.removeLast();
            undo.addLast(new Step(last.before(), last.after(), last.label(), null));
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The step an undo would take back, or null. */
    public Step nextUndo() {
        return undo.peekLast();
    }

    public Step nextRedo() {
        return redo.peekLast();
    }

    /** Takes back the last step: the experiment to return to. */
    public Experiment undo() {
        Step s = undo.removeLast();
        redo.addLast(new Step(s.before(), s.after(), s.label(), null));
        return s.before();
    }

    public Experiment redo() {
        Step s = redo.removeLast();
        undo.addLast(s);
        return s.after();
    }

    public int size() {
        return undo.size();
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
