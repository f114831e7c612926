package neurallab.ui;

import java.io.IOException;
import java.nio.file.Path;
import neurallab.io.ExperimentDocument;
import neurallab.io.ExperimentFileException;
import neurallab.io.ExperimentFiles;
import neurallab.session.Experiment;
import neurallab.ui.viewmodel.ExperimentStore;

/** Experiment files through neurallab.io: checked on reading, replaced atomically on writing. */
public final class JsonExperimentStore implements ExperimentStore {
    @Override
    public Experiment read(Path file) throws IOException {
        return readDocument(file).experiment();
    }

    @Override
    public ExperimentDocument readDocument(Path file) throws IOException {
        try {
            return ExperimentFiles.readDocument(file);
        } catch (ExperimentFileException e) {
            throw new IOException(String.join("; ", e.problems()), e);
        }
    }

    @Override
    public void write(Experiment experiment, Path file) throws IOException {
        ExperimentFiles.write(file, experiment);
    }

    @Override
    public void write(ExperimentDocument document, Path file) throws IOException {
        ExperimentFiles.write(file, document);
    }
}
