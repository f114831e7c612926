package neurallab.cli;

/** The exit codes of the headless commands (docs/file-format.md): any other is a bug. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;
    public static final int DIVERGED = 3;
    /** 128 + SIGINT: what a shell reports for a command stopped by Ctrl+C. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
