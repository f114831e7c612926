package neurallab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Exit codes: 0 done, 2 invalid input, 3 diverged. */
@Command(name = "neurallab", mixinStandardHelpOptions = true,
        description = "NeuralLab headless commands. Without arguments the app opens.",
        subcommands = {})
public final class Cli {

    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }
}
