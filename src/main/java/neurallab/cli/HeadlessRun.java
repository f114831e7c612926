package neurallab.cli;

import java.nio.file.Path;
import neurallab.data.DataException;
import neurallab.data.DataSource;
import neurallab.data.Dataset;
import neurallab.io.ExperimentFileException;
import neurallab.io.ExperimentFiles;
import neurallab.session.EpochRecord;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.session.TrainingRun;

/** Opens an experiment file and starts its run, turning every problem into lines that name the file. */
public final class HeadlessRun {
    private HeadlessRun() {
    }

    /**
     * The started run: data loaded (relative to the file's directory), network built, and its starting state
     * finite (else training could only report NaN, so the input is refused).
     */
    public static TrainingRun start(Path experimentFile) throws InvalidInputException {
        TrainingRun run;
        try {
            Experiment experiment = ExperimentFiles.read(experimentFile);
            run = TrainingRun.start(experiment, directoryOf(experimentFile));
        } catch (ExperimentFileException e) {
            throw new InvalidInputException(e.problems());
        } catch (DataException e) {
            throw new InvalidInputException(new ExperimentFileException(experimentFile, e.problems()).problems());
        } catch (InvalidExperimentException e) {
            throw new InvalidInputException(new ExperimentFileException(experimentFile, e.problems()).problems());
        }
        String problem = startProblem(run);
        if (problem != null) {
            throw new InvalidInputException(experimentFile + ": " + problem);
        }
        return run;
    }

    /** What makes the starting state not finite: an input, the initial weights, or the loss; null if none. */
    private static String startProblem(TrainingRun run) {
        String[] names = {"training", "validation", "test"};
        Dataset[] splits = {run.splits().train(), run.splits().validation(), run.splits().test()};
        for (int s = 0; s < splits.length; s++) {
            double[][] inputs = splits[s].inputs();
            for (int i = 0; i < inputs.length; i++) {
                for (int k = 0; k < inputs[i].length; k++) {
                    if (!Double.isFinite(inputs[i][k])) {
                        return "features: input " + splits[s].inputNames().get(k) + " of " + names[s] + " point "
                                + (i + 1) + " is " + inputs[i][k] + "; the data's values are too large for it";
                    }
                }
            }
        }
        Experiment experiment = run.experiment();
        if (!run.network().isFinite()) {
            return "initializer.scale: " + experiment.initializer().scale()
                    + " makes the starting weights infinite; use a smaller scale";
        }
        EpochRecord first = run.evaluate();
        boolean finite = Double.isFinite(first.trainLoss())
                && (first.validationLoss() == null || Double.isFinite(first.validationLoss()))
                && (first.testLoss() == null || Double.isFinite(first.testLoss()));
        if (!finite) {
            String weights = experiment.weights() != null ? "the weights"
                    : "the starting weights (initializer.scale " + experiment.initializer().scale() + ")";
            return "the loss before any training is " + first.trainLoss() + ": the data's values or " + weights
                    + " are too large; scale them down";
        }
        return null;
    }

    static Path directoryOf(Path file) {
        return file.toAbsolutePath().getParent();
    }

    /** The CSV file the experiment reads, or null when its data is not a CSV file. */
    static Path dataFile(Path experimentFile, Experiment experiment) {
        return experiment.data() instanceof DataSource.Csv csv ? directoryOf(experimentFile).resolve(csv.path()) : null;
    }
}
