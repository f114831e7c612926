package neurallab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import neurallab.AppInfo;
import neurallab.bench.BenchCommand;
import neurallab.bench.SteadinessCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The headless commands. Exit codes ({@link ExitCodes}): 0 done, 2 invalid input (one line per problem
 * on stderr, at most 20 and a count of the rest), 3 diverged, 130 interrupted (Ctrl+C); 1 only for an
 * internal error, reported in one line. Never calls System.exit. What is echoed from input is made safe
 * for a terminal ({@link Messages}).
 */
@Command(name = "neurallab", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "NeuralLab headless commands. Without arguments the app opens.",
        subcommands = {TrainCommand.class, ExportCodeCommand.class, LessonsCommand.class, BenchCommand.class,
                SteadinessCommand.class})
public final class Cli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with its output going to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Cli())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Cli::usageError)
                .setExecutionExceptionHandler(Cli::failure);
        try {
            return commandLine.execute(args);
        } catch (VirtualMachineError e) {
            return internalError(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** No command given: say which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(Messages.clean(command.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')"));
        return ExitCodes.INVALID_INPUT;
    }

    private static int failure(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof InvalidInputException invalid) {
            Messages.lines(invalid.lines()).forEach(command.getErr()::println);
            return ExitCodes.INVALID_INPUT;
        }
        return internalError(e, command.getErr());
    }

    private static int internalError(Throwable e, PrintWriter err) {
        err.println(Messages.clean("neurallab: internal error (a bug, please report it): " + e));
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The version from the pom (the filtered app.properties), also inside the jlinked image. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.nameAndVersion()};
        }
    }
}
