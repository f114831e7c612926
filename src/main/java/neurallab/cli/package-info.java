/**
 * The headless commands (picocli). {@code train} reads an experiment file, trains it and writes its trace;
 * with no arguments {@code neurallab.Main} opens the window instead. Exit codes are fixed: 0 done, 1
 * internal error, 2 invalid input, 3 diverged (docs/file-format.md). Depends on {@code session} and
 * {@code io}; no JavaFX.
 */
package neurallab.cli;
