package neurallab.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import neurallab.cli.ExitCodes;
import neurallab.cli.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code steadiness SECONDS}: times a fixed ~4 ms unit of arithmetic once per 60 Hz frame, with nothing
 * else running, and prints one JSON object. Run it beside {@code --benchmark-ui} to tell the window's
 * slow frames from the machine's: {@code unitsOverAFrame} counts units that alone took longer than a frame.
 */
@Command(name = "steadiness", mixinStandardHelpOptions = true,
        description = "Times a fixed ~4 ms of arithmetic once per 60 Hz frame; prints one JSON object.")
public final class SteadinessCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SECONDS", description = "how long to measure, after a 2 s warm-up")
    double seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException, InterruptedException {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new InvalidInputException("SECONDS: must be a number in (0, 3600], got " + seconds);
        }
        MachineSteadiness m = MachineSteadiness.measure(seconds);
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.put("units", m.units());
        report.put("unitMillisP50", round(m.millisP50()));
        report.put("unitMillisP99", round(m.millisP99()));
        report.put("unitMillisMax", round(m.millisMax()));
        report.put("unitsOverAFrame", m.unitsOverAFrame());
        spec.commandLine().getOut().println(report);
        return ExitCodes.OK;
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }
}
