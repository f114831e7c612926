package neurallab.io;

import java.util.List;
import neurallab.session.Experiment;
import neurallab.session.insight.RunComparison.PinnedRun;

/**
 * What an experiment file holds: the {@link Experiment} (the single source for the window, the file and the headless
 * command) and what the window keeps beside it, the optional {@code pinnedRuns} of the Compare view (an extra field
 * the format does not name; absent, none). Kept apart from the record so that the experiment's constructor, used
 * everywhere, does not grow a component that only the window reads.
 */
public record ExperimentDocument(Experiment experiment, List<PinnedRun> pinnedRuns) {
    public ExperimentDocument {
        pinnedRuns = List.copyOf(pinnedRuns);
    }

    /** The experiment alone, no pinned runs. */
    public static ExperimentDocument of(Experiment experiment) {
        return new ExperimentDocument(experiment, List.of());
    }
}
