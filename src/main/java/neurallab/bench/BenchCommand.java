package neurallab.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurallab.cli.ExitCodes;
import neurallab.cli.HeadlessRun;
import neurallab.cli.InvalidInputException;
import neurallab.session.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench EXPERIMENT.json}: how fast this machine trains the experiment (epochs per second of wall
 * clock and of CPU time, training only, one thread, after warm-up, median of timed runs) and evaluates
 * every neuron on a 100x100 grid of the input plane (median milliseconds; null for data that is not 2-D).
 * {@code bench --shape 784-256-10} times the engine alone on random data ({@link RandomShapeRun});
 * {@code bench --insights} the models behind the insight views ({@link InsightSpeed}).
 * Prints one JSON object.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times training and the decision-grid evaluation of an experiment; prints one JSON object.")
public final class BenchCommand implements Callable<Integer> {
    private static final int MAX_UNITS = 4096;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT.json", description = "the experiment file")
    Path experimentFile;

    @Option(names = "--shape", paramLabel = "IN-HIDDEN…-OUT",
            description = "instead of a file: a classifier of these layer widths on random data, e.g. 784-256-10")
    String shape;

    @Option(names = "--insights", description = "instead of training: the insight views' models, in milliseconds")
    boolean insights;

    @Option(names = "--runs", defaultValue = "7", paramLabel = "N",
            description = "timed training runs, after warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException {
        if (runs < 1) {
            throw new InvalidInputException("--runs: must be an integer ≥ 1, got " + runs);
        }
        int modes = (experimentFile == null ? 0 : 1) + (shape == null ? 0 : 1) + (insights ? 1 : 0);
        if (modes != 1) {
            throw new InvalidInputException("bench: give one of EXPERIMENT.json, --shape or --insights");
        }
        if (insights) {
            spec.commandLine().getOut().println(InsightSpeed.measure());
            return ExitCodes.OK;
        }
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        TrainingSpeed training;
        Double gridMillis = null;
        if (shape != null) {
            RandomShapeRun run = new RandomShapeRun(widths(shape));
            training = TrainingSpeed.measure(run::trainEpoch, runs);
            report.put("experiment", "random-" + shape);
            report.put("parameterCount", run.parameterCount());
            report.put("trainingSamples", RandomShapeRun.ROWS);
        } else {
            TrainingRun run = HeadlessRun.start(experimentFile);
            training = TrainingSpeed.measure(run::trainEpoch, runs);
            gridMillis = run.experiment().features().isEmpty() ? null : GridSpeed.medianMillis(run);
            String name = experimentFile.getFileName().toString();
            report.put("experiment", name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name);
            report.put("parameterCount", run.network().parameterCount());
            report.put("trainingSamples", run.splits().train().size());
        }
        report.put("epochsPerSecond", rounded(training.epochsPerSecond()));
        report.put("epochsPerCpuSecond", rounded(training.epochsPerCpuSecond()));
        report.put("epochsPerRun", training.epochsPerRun());
        report.put("runs", runs);
        report.put("gridMillis", gridMillis);
        report.put("diverged", training.diverged());
        spec.commandLine().getOut().println(report);
        return ExitCodes.OK;
    }

    // whole epochs per second from 100 on, tenths below
    private static double rounded(double rate) {
        return rate >= 100 ? Math.round(rate) : Math.round(rate * 10) / 10.0;
    }

    // "784-256-10" → {784, 256, 10}: an input width, any hidden widths, then at least 2 classes; each ≤ MAX_UNITS
    private static int[] widths(String text) throws InvalidInputException {
        String[] parts = text.split("-", -1);
        String refusal = "--shape: layer widths joined by '-' (inputs, hidden layers, classes), each an integer 1…"
                + MAX_UNITS + ", at least 2 classes (e.g. 784-256-10), got '" + text + "'";
        if (parts.length < 2) {
            throw new InvalidInputException(refusal);
        }
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                widths[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(refusal);
            }
            if (widths[i] < (i == parts.length - 1 ? 2 : 1) || widths[i] > MAX_UNITS) {
                throw new InvalidInputException(refusal);
            }
        }
        return widths;
    }
}
