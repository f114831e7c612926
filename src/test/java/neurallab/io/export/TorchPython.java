package neurallab.io.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's python3 with python3-torch, which runs the exported scripts: /usr/bin/python3 unless the
 * environment variable NEURALLAB_PYTHON names another. Without it the tests are skipped with a message, except
 * in CI (CI=true), where a missing torch is a failure: CI installs it (.ci/run).
 */
final class TorchPython {
    private static final long MINUTES = 10;

    private TorchPython() {
    }

    static String executable() {
        String chosen = System.getenv("NEURALLAB_PYTHON");
        return chosen == null || chosen.isBlank() ? "/usr/bin/python3" : chosen;
    }

    /**
     * Null when python3 imports torch; otherwise why the scripts cannot run, after failing the caller in CI
     * (CI=true) and printing the reason elsewhere (the caller skips its tests with it).
     */
    static String missing() {
        String problem = problem();
        if (problem == null) {
            return null;
        }
        String message = problem + ": the exported PyTorch scripts cannot be run (apt-get install python3-torch)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI=true, so this is a failure, not a skip");
        }
        System.out.println("SKIPPED: " + message);
        return message;
    }

    private static String problem() {
        try {
            Result r = run(List.of(executable(), "-c", "import torch"), null);
            return r.exitCode() == 0 ? null : executable() + " cannot import torch: " + r.output().strip();
        } catch (IOException e) {
            return "no " + executable() + " (" + e.getMessage() + ")";
        }
    }

    record Result(int exitCode, String output) {
    }

    /** Runs a command with {@code input} on its stdin (if not null); stdout and stderr together. */
    static Result run(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish in " + MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Result(process.exitValue(), output);
    }

    /** Runs each script with --trace in one Python process (torch is imported once); see run_scripts.py. */
    static void runAll(Path runner, List<Path[]> scriptTraceLog) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Path[] s : scriptTraceLog) {
            lines.append(s[0]).append('\t').append(s[1]).append('\t').append(s[2]).append('\n');
        }
        Result r = run(List.of(executable(), runner.toString()), lines.toString());
        if (r.exitCode() != 0) {
            throw new IOException(runner + " exited with " + r.exitCode() + ":\n" + r.output());
        }
    }

    static String log(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file) : "(no output)";
    }
}
