package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import neurallab.session.Experiment;

/** Reads and writes experiment files; writing is atomic (a half-written file never replaces a good one). */
public interface ExperimentStore {
    Experiment read(Path file) throws IOException;

    void write(Experiment experiment, Path file) throws IOException;
}
