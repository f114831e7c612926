package neurallab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurallab.io.ExperimentFiles;
import neurallab.io.TraceFiles;
import neurallab.session.Experiment;
import neurallab.session.Limits;
import neurallab.session.TrainingResult;
import neurallab.session.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code train EXPERIMENT.json --trace TRACE.json [--epochs N] [--save OUT.json]}: trains as
 * experiment-format.md says. Nothing is written when the input is invalid. After divergence the trace
 * and {@code --save} hold the last finite epoch's state.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains an experiment headless and writes its trace.",
            "Exit 0: trained; 2: invalid input (nothing written); 3: training diverged."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "the experiment file")
    Path experimentFile;

    @Option(names = "--trace", required = true, paramLabel = "TRACE.json",
            description = "where to write the trace: one row of figures per epoch")
    Path traceFile;

    @Option(names = "--epochs", paramLabel = "N", description = "train N epochs instead of training.epochs")
    Integer epochs;

    @Option(names = "--save", paramLabel = "OUT.json",
            description = "write the experiment with its trained weights, to reopen where it stopped")
    Path saveFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException {
        if (epochs != null && !Limits.EPOCHS.contains(epochs)) {
            throw new InvalidInputException("--epochs: must be " + Limits.EPOCHS.describe() + ", got " + epochs);
        }
        HeadlessRun.checkWritable(traceFile, "--trace");
        if (traceFile.toAbsolutePath().normalize().equals(experimentFile.toAbsolutePath().normalize())) {
            throw new InvalidInputException("--trace " + traceFile + ": is the experiment file; give another name");
        }
        if (saveFile != null) {
            HeadlessRun.checkWritable(saveFile, "--save");
        }
        TrainingRun run = HeadlessRun.start(experimentFile);
        Experiment experiment = run.experiment();
        TrainingResult result = run.train(epochs != null ? epochs : experiment.training().epochs());
        try {
            TraceFiles.write(traceFile, result);
            if (saveFile != null) {
                Experiment trained = experiment.withWeights(result.weights());
                ExperimentFiles.write(saveFile, ExperimentFiles.relocate(trained,
                        HeadlessRun.directoryOf(experimentFile), HeadlessRun.directoryOf(saveFile)));
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the results: " + e);
        }
        if (result.diverged()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(divergence(experimentFile, result, experiment.training().optimizer().learningRate()));
            return ExitCodes.DIVERGED;
        }
        return ExitCodes.OK;
    }

    /** One line: where it diverged, what the files hold, and a learning rate ten times smaller to try. */
    static String divergence(Path file, TrainingResult result, double learningRate) {
        int lastFinite = result.epochs().size() - 1;
        String suggestion = new BigDecimal(learningRate / 10).round(new MathContext(2)).stripTrailingZeros()
                .toPlainString();
        return file + ": training diverged at epoch " + result.divergedAtEpoch()
                + " (a loss or weight became NaN or infinite); the trace ends at epoch " + lastFinite
                + "; try a smaller learning rate, e.g. " + suggestion + " instead of "
                + BigDecimal.valueOf(learningRate).stripTrailingZeros().toPlainString();
    }
}
