/**
 * Experiment files and traces in JSON (Jackson): reading checks every field and reports each problem with
 * its JSON path and what is allowed; writing names enums by their stable names and replaces files
 * atomically ({@link neurallab.io.AtomicFiles}). Also the optional pinned runs of an experiment file and the
 * bundled examples. Depends on {@code session}, {@code engine} and {@code data}; no JavaFX. Every field,
 * its type, range and default: docs/file-format.md.
 */
package neurallab.io;
