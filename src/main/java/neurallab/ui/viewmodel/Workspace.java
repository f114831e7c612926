package neurallab.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import neurallab.session.Experiment;
import neurallab.session.insight.RunComparison.PinnedRun;

/**
 * The user's own work, set aside while a lesson shows its steps: the experiment with its current weights,
 * the folder its CSV paths resolve against, its file (null: untitled), whether it had unsaved changes, the
 * pinned runs and the undo history.
 */
public record Workspace(Experiment experiment, Path dir, Path file, boolean dirty, List<PinnedRun> pins,
                        ExperimentHistory history) {
    public Workspace {
        pins = List.copyOf(pins);
    }
}
