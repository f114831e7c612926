package neurallab.cli;

/** The exit codes of the headless commands (docs/file-format.md): any other is a bug. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID_INPUT = 2;
    static final int DIVERGED = 3;
    /** 128 + SIGINT: what a shell reports for a command stopped by Ctrl+C. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
