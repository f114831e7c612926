package neurallab.io;

import java.nio.file.Path;
import neurallab.session.Experiment;

/** A child process for {@link KilledSaveTest}: saves two versions of an experiment in turn, until killed. */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Experiment[] versions = {KilledSaveTest.version(0), KilledSaveTest.version(1)};
        for (long i = 0; ; i++) {
            ExperimentFiles.write(target, versions[(int) (i % 2)]);
        }
    }
}
