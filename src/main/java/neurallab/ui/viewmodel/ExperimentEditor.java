package neurallab.ui.viewmodel;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.ui.text.Phrase;
import neurallab.ui.text.Texts;

/**
 * The owner of the current experiment and its history. Every edit computes the next experiment and goes
 * through {@link #edit}: checked, recorded for undo, shown, and handed whole to the trainer, which works
 * out what changed. Training progress is not an edit.
 */
public final class ExperimentEditor {
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private ExperimentHistory history = new ExperimentHistory();
    private final TrainerBridge bridge;
    private final DocumentState document;

    ExperimentEditor(Experiment initial, TrainerBridge bridge, DocumentState document) {
        this.bridge = bridge;
        this.document = document;
        experiment.set(initial);
    }

    public ReadOnlyObjectProperty<Experiment> experiment() {
        return experiment.getReadOnlyProperty();
    }

    Experiment current() {
        return experiment.get();
    }

    /** The latest notice: a rebuilt network, a refused change, a failed file. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    void notice(String text) {
        notice.set(text);
    }

    /** "Undo: learning rate 0.03 → 0.3", or empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabel() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabel() {
        return redoLabel.getReadOnlyProperty();
    }

    /**
     * The one way the experiment changes: refused with a notice when it breaks a rule, else recorded as one
     * step of the history (merged with the last one when key matches it: one painting stroke), shown, and
     * applied by the trainer. why names the change in a rebuilt network's message.
     */
    boolean edit(Experiment next, Phrase label, String why, Object key) {
        List<String> problems = ExperimentRules.structural(next);
        if (!problems.isEmpty()) {
            notice.set(Texts.get("edit.notApplied",
                    String.join("; ", problems.stream().map(SessionMessages::shown).toList())));
            return false;
        }
        Experiment before = experiment.get();
        if (next.equals(before)) {
            return false;
        }
        history.record(before, next, label, key);
        show(next, why);
        return true;
    }

    boolean edit(Experiment next, Phrase label) {
        return edit(next, label, label.text(), null);
    }

    /** Ends the step being extended (a painting stroke ended). */
    void seal() {
        history.seal();
    }

    public void undo() {
        if (history.canUndo()) {
            String label = history.nextUndo().label().text();
            show(history.undo(), Texts.get("history.undone", label));
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String label = history.nextRedo().label().text();
            show(history.redo(), Texts.get("history.redone", label));
        }
    }

    /** A new start (a new or opened file): no history. */
    void reset(Experiment e) {
        history.clear();
        experiment.set(e);
        labels();
    }

    /** Hands over the history and starts an empty one (a lesson sets the user's experiment aside). */
    ExperimentHistory setAsideHistory() {
        ExperimentHistory aside = history;
        history = new ExperimentHistory();
        labels();
        return aside;
    }

    /** Takes back a history set aside, after the experiment it led to was loaded again. */
    void bringBack(ExperimentHistory aside) {
        history = aside;
        labels();
    }

    private void show(Experiment next, String why) {
        experiment.set(next);
        document.markDirty();
        bridge.trainer().apply(next, why);
        labels();
    }

    /** Renders the undo and redo labels in the language of the moment (again after a language switch). */
    void labels() {
        undoLabel.set(history.canUndo() ? Texts.get("history.undoing", history.nextUndo().label().text()) : "");
        redoLabel.set(history.canRedo() ? Texts.get("history.redoing", history.nextRedo().label().text()) : "");
    }
}
