package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import neurallab.io.ExperimentDocument;
import neurallab.session.Experiment;

/** Reads and writes experiment files; writing is atomic (a half-written file never replaces a good one). */
public interface ExperimentStore {
    Experiment read(Path file) throws IOException;

    void write(Experiment experiment, Path file) throws IOException;

    /** The experiment with the pinned runs saved beside it; a store that keeps none gives none. */
    default ExperimentDocument readDocument(Path file) throws IOException {
        return new ExperimentDocument(read(file), List.of());
    }

    /** Writes the experiment with its pinned runs; a store that keeps none writes the experiment alone. */
    default void write(ExperimentDocument document, Path file) throws IOException {
        write(document.experiment(), file);
    }
}
