package neurallab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import neurallab.io.AtomicFiles;
import neurallab.io.ExperimentDocument;
import neurallab.io.ExperimentFiles;
import neurallab.io.TraceFiles;
import neurallab.session.EpochRecord;
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
 * docs/file-format.md says. Nothing is written when the input or an output is invalid: both outputs are
 * checked before training and written side by side, then moved into place together. After divergence the
 * trace and {@code --save} hold the last finite epoch's state; after Ctrl+C, the last finished epoch's (exit
 * 130). On a terminal a progress line shows on stderr; a successful run ends with a one-line summary on stdout.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains an experiment headless and writes its trace.",
            "Exit 0: trained; 2: invalid input (nothing written); 3: training diverged; 130: interrupted "
                    + "(Ctrl+C; the trace holds the finished epochs)."})
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
        TrainingRun run = HeadlessRun.start(experimentFile);
        Experiment experiment = run.experiment();
        checkOutputs(run);
        int count = epochs != null ? epochs : experiment.training().epochs();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.onTerminal(err, count);
        TrainingResult result;
        try (Interruption interruption = Interruption.install(err)) {
            result = run.train(count, record -> (progress == null || progress.show(record))
                    && !interruption.requested());
            if (progress != null) {
                progress.clear();
            }
            write(result, experiment);
            if (interruption.requested()) {
                // said before closing: once the hook returns, the JVM halts
                EpochRecord last = result.epochs().get(result.epochs().size() - 1);
                err.println(Messages.clean(experimentFile + ": interrupted; the trace holds epochs 0 to "
                        + last.epoch()));
                err.flush();
                return ExitCodes.INTERRUPTED;
            }
        }
        if (result.diverged()) {
            err.println(Messages.clean(divergence(experimentFile, result,
                    experiment.training().optimizer().learningRate())));
            return ExitCodes.DIVERGED;
        }
        spec.commandLine().getOut().println(summary(result));
        return ExitCodes.OK;
    }

    /** Every output can be written and none overwrites an input or another output; --save can be reopened. */
    private void checkOutputs(TrainingRun run) throws InvalidInputException {
        Outputs outputs = new Outputs().input("the experiment file", experimentFile);
        Path data = HeadlessRun.dataFile(experimentFile, run.experiment());
        if (data != null) {
            outputs.input("the data file", data);
        }
        outputs.output("--trace", traceFile);
        if (saveFile != null) {
            outputs.output("--save", saveFile);
        }
        outputs.check();
        // Double.toString writes at most 24 characters, and ", " separates numbers
        long savedBytes = 26 * run.network().layers().stream()
                .mapToLong(l -> (long) l.fanIn() * l.units() + (l.hasBatchNorm() ? 5L : 1L) * l.units()).sum();
        if (saveFile != null && savedBytes > ExperimentFiles.MAX_BYTES) {
            throw new InvalidInputException(String.format(Locale.ROOT, "--save %s: the network's weights could "
                    + "take up to %d MiB as JSON, more than the %d MiB an experiment file may hold, so the file "
                    + "could not be opened again; use fewer or smaller layers, or leave out --save",
                    saveFile, savedBytes >> 20, ExperimentFiles.MAX_BYTES >> 20));
        }
    }

    /** Both files are written completely beside their targets before either replaces its target. */
    private void write(TrainingResult result, Experiment experiment) throws InvalidInputException {
        Experiment trained = experiment.withWeights(result.weights());
        try (AtomicFiles.Pending trace = TraceFiles.prepare(traceFile, result);
             AtomicFiles.Pending save = saveFile == null ? null : ExperimentFiles.prepare(saveFile,
                     ExperimentDocument.of(ExperimentFiles.relocate(trained, HeadlessRun.directoryOf(experimentFile),
                             HeadlessRun.directoryOf(saveFile))))) {
            trace.commit();
            if (save != null) {
                save.commit();
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the results: " + e.getMessage());
        }
    }

    /** One line: the epochs trained and the last epoch's figures. */
    static String summary(TrainingResult result) {
        EpochRecord last = result.epochs().get(result.epochs().size() - 1);
        StringBuilder line = new StringBuilder(result.stoppedEarly()
                ? "stopped early after epoch " + last.epoch() + " (best epoch " + result.bestEpoch() + ")"
                : "trained " + last.epoch() + " epoch" + (last.epoch() == 1 ? "" : "s"));
        line.append(String.format(Locale.ROOT, ": train loss %.4g", last.trainLoss()));
        append(line, "validation loss %.4g", last.validationLoss());
        append(line, "test loss %.4g", last.testLoss());
        append(line, "train accuracy %.1f%%", percent(last.trainAccuracy()));
        append(line, "validation accuracy %.1f%%", percent(last.validationAccuracy()));
        append(line, "test accuracy %.1f%%", percent(last.testAccuracy()));
        return line.toString();
    }

    private static void append(StringBuilder line, String format, Double value) {
        if (value != null) {
            line.append(", ").append(String.format(Locale.ROOT, format, value));
        }
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : 100 * fraction;
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
