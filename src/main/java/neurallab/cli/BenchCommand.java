package neurallab.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurallab.session.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench EXPERIMENT.json}: how fast this machine trains the experiment (epochs per second, training
 * only, one thread, after warm-up, median of timed runs) and evaluates every neuron on a 100x100 grid of
 * the input plane (median milliseconds; null for data that is not 2-D). Prints one JSON object.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times training and the decision-grid evaluation of an experiment; prints one JSON object.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "the experiment file")
    Path experimentFile;

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
        TrainingRun run = HeadlessRun.start(experimentFile);
        TrainingSpeed training = TrainingSpeed.measure(run, runs);
        Double gridMillis = run.experiment().features().isEmpty() ? null : GridSpeed.medianMillis(run);
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        String name = experimentFile.getFileName().toString();
        report.put("experiment", name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name);
        report.put("parameterCount", run.network().parameterCount());
        report.put("trainingSamples", run.splits().train().size());
        report.put("epochsPerSecond", Math.round(training.epochsPerSecond()));
        report.put("epochsPerRun", training.epochsPerRun());
        report.put("runs", runs);
        report.put("gridMillis", gridMillis);
        report.put("diverged", training.diverged());
        spec.commandLine().getOut().println(report);
        return ExitCodes.OK;
    }
}
