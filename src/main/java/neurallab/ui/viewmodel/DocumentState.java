package neurallab.ui.viewmodel;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.text.Texts;

/**
 * The file the experiment belongs to and whether it differs from what was saved: edits and training
 * progress since the last save make it dirty. The window's title follows.
 */
public final class DocumentState {
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("NeuralLab");
    /** Counts the user's changes (edits, hand-set weights, pins, a restored autosave), not training progress. */
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private long savedSteps;
    private long savedGeneration = -1;
    /** The file as this window last read or wrote it (null: no file, or none on disk). */
    private DiskStamp stamp;
    /** The title of the lesson whose step is loaded (null outside a lesson): the title names it, not "untitled". */
    private String lesson;

    DocumentState() {
        updateTitle();
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty changes() {
        return changes.getReadOnlyProperty();
    }

    /** A change by the user: the file differs from what was saved. */
    void markDirty() {
        differs();
        changes.set(changes.get() + 1);
    }

    private void differs() {
        if (!dirty.get()) {
            dirty.set(true);
            updateTitle();
        }
    }

    /** A newly shown snapshot: training since the last save also makes the file dirty. */
    void trained(LiveSnapshot s) {
        if (savedGeneration < 0) {
            savedGeneration = s.generation();
            savedSteps = s.steps();
        }
        if (s.generation() != savedGeneration || s.steps() != savedSteps) {
            differs();
        }
    }

    /** Saved as this file, with the training shown in s (null before the first snapshot). */
    void saved(Path target, LiveSnapshot s) {
        file.set(target);
        stamp = DiskStamp.of(target);
        dirty.set(false);
        savedSteps = s == null ? 0 : s.steps();
        savedGeneration = s == null ? -1 : s.generation();
        updateTitle();
    }

    /** A fresh start on this file (null: untitled), nothing changed yet. */
    void loaded(Path source) {
        file.set(source);
        lesson = null;
        stamp = source == null ? null : DiskStamp.of(source);
        dirty.set(false);
        savedGeneration = -1;
        updateTitle();
    }

    /** An autosaved experiment taken back: it belongs to this file (null: untitled) and was never saved there. */
    void restored(Path source) {
        loaded(source);
        markDirty();
    }

    /**
     * Whether the file was written by someone else since this window read or wrote it: saving over it would
     * lose their version. A file deleted meanwhile has nothing to lose.
     */
    boolean changedOnDisk() {
        DiskStamp now = file.get() == null ? null : DiskStamp.of(file.get());
        return now != null && !now.equals(stamp);
    }

    /** The experiment no longer belongs to its file (new data): saving asks for a name. */
    void untitled() {
        file.set(null);
        markDirty();
        updateTitle();
    }

    /** The loaded experiment is a step of this lesson, until the next load. */
    void inLesson(String title) {
        lesson = title;
        updateTitle();
    }

    void updateTitle() {
        String name = lesson != null ? Texts.get("document.lesson", lesson)
                : file.get() == null ? Texts.get("document.untitled") : file.get().getFileName().toString();
        title.set((dirty.get() ? "• " : "") + name + " — NeuralLab");
    }
}
