package neurallab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import neurallab.data.DataException;
import neurallab.io.ExperimentFileException;
import neurallab.io.ExperimentFiles;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.session.TrainingRun;

/** Opens an experiment file and starts its run, turning every problem into lines that name the file. */
public final class HeadlessRun {
    private HeadlessRun() {
    }

    /** The started run: data loaded (relative to the file's directory), network built. */
    public static TrainingRun start(Path experimentFile) throws InvalidInputException {
        try {
            Experiment experiment = ExperimentFiles.read(experimentFile);
            return TrainingRun.start(experiment, directoryOf(experimentFile));
        } catch (ExperimentFileException e) {
            throw new InvalidInputException(e.problems());
        } catch (DataException e) {
            throw new InvalidInputException(new ExperimentFileException(experimentFile, e.problems()).problems());
        } catch (InvalidExperimentException e) {
            throw new InvalidInputException(new ExperimentFileException(experimentFile, e.problems()).problems());
        }
    }

    static Path directoryOf(Path file) {
        return file.toAbsolutePath().getParent();
    }

    /** An output file a command may create: its directory exists and it is not itself a directory. */
    static void checkWritable(Path output, String option) throws InvalidInputException {
        if (Files.isDirectory(output)) {
            throw new InvalidInputException(option + " " + output + ": is a directory; give a file name");
        }
        if (!Files.isDirectory(directoryOf(output))) {
            throw new InvalidInputException(option + " " + output + ": the directory " + directoryOf(output)
                    + " does not exist");
        }
    }
}
