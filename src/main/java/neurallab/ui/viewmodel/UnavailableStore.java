package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import neurallab.session.Experiment;

/** Placeholder until the experiment JSON reader/writer (neurallab.io) is merged: says so instead of failing silently. */
public final class UnavailableStore implements ExperimentStore {
    @Override
    public Experiment read(Path file) throws IOException {
        throw new IOException("reading experiment files is not available in this build yet");
    }

    @Override
    public void write(Experiment experiment, Path file) throws IOException {
        throw new IOException("writing experiment files is not available in this build yet");
    }
}
