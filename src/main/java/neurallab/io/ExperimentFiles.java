package neurallab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.data.BoundedFiles;
import neurallab.data.DataSource;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.session.insight.RunComparison.PinnedRun;

/**
 * Opens and saves experiment files (docs/file-format.md). Opening checks the whole file and reports
 * every problem at once (see {@link ExperimentFileException}); saving replaces the file atomically.
 */
public final class ExperimentFiles {
    /** Larger files are refused without being read. */
    public static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // NaN and Infinity are then reported by field ("must be a finite number") rather than as bad JSON.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ExperimentFiles() {
    }

    /**
     * The experiment in {@code file}, checked field by field. For builtin and CSV data the number of inputs
     * is known only once the data is loaded, so the first kernel's row count is left to
     * {@link neurallab.session.TrainingRun#start}.
     */
    public static Experiment read(Path file) throws ExperimentFileException {
        return readDocument(file).experiment();
    }

    /**
     * The experiment in {@code file} with its optional pinned runs (none when the field is absent); a bad pinned
     * run is a problem of the file like any other, reported with its JSON path.
     */
    public static ExperimentDocument readDocument(Path file) throws ExperimentFileException {
        JsonNode tree = tree(file);
        List<String> problems = new ArrayList<>();
        Experiment experiment = null;
        try {
            experiment = ExperimentReader.read(tree);
        } catch (InvalidExperimentException e) {
            problems.addAll(e.problems());
        }
        List<PinnedRun> pinned = PinnedRunsJson.read(Field.root(tree, problems).get("pinnedRuns"));
        if (!problems.isEmpty()) {
            throw new ExperimentFileException(file, problems);
        }
        return new ExperimentDocument(experiment, pinned);
    }

    /** Saves {@code experiment} to {@code file} (format version 1), replacing it atomically. */
    public static void write(Path file, Experiment experiment) throws IOException {
        write(file, ExperimentDocument.of(experiment));
    }

    /**
     * Saves the document: the experiment, then its pinned runs (when there are any) as {@code pinnedRuns}, each
     * loss series downsampled to at most {@link neurallab.session.insight.RunComparison#MAX_SAVED_POINTS} points.
     */
    public static void write(Path file, ExperimentDocument document) throws IOException {
        try (AtomicFiles.Pending pending = prepare(file, document)) {
            pending.commit();
        }
    }

    /**
     * Writes the document beside {@code file} without replacing it yet (see {@link AtomicFiles#prepare}); refuses
     * a document larger than {@link #MAX_BYTES}, which could not be opened again.
     */
    public static AtomicFiles.Pending prepare(Path file, ExperimentDocument document) throws IOException {
        JsonNode pinned = document.pinnedRuns().isEmpty() ? null : PinnedRunsJson.write(document.pinnedRuns());
        return AtomicFiles.prepare(file, out -> {
            Writer writer = new OutputStreamWriter(new Limited(out, file), StandardCharsets.UTF_8);
            ExperimentWriter.write(writer, document.experiment(), pinned);
            writer.flush();
        });
    }

    /** Fails the write once more bytes than an experiment file may hold have been written. */
    private static final class Limited extends FilterOutputStream {
        private final Path file;
        private long count;

        Limited(OutputStream out, Path file) {
            super(out);
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            counted(1);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            counted(length);
            out.write(bytes, offset, length);
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > MAX_BYTES) {
                throw new IOException(file + ": the experiment would be larger than " + BoundedFiles.size(MAX_BYTES)
                        + ", the most an experiment file may hold, so it could not be opened again; "
                        + "it has too many weights or data points to save");
            }
        }
    }

    /**
     * The experiment as it must be written in {@code toDir} so that its CSV path (relative to the file's
     * directory) still names the same file when it was read from {@code fromDir}; other data is unchanged.
     */
    public static Experiment relocate(Experiment experiment, Path fromDir, Path toDir) {
        if (!(experiment.data() instanceof DataSource.Csv csv) || Path.of(csv.path()).isAbsolute()) {
            return experiment;
        }
        Path target = fromDir.toAbsolutePath().resolve(csv.path()).normalize();
        Path relative = toDir.toAbsolutePath().normalize().relativize(target);
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        return experiment.withData(csv.withPath(path));
    }

    private static JsonNode tree(Path file) throws ExperimentFileException {
        return tree(file, "an experiment file");
    }

    /**
     * The file's JSON tree; a missing, oversized or malformed file is reported with where it went wrong.
     * {@code kind} names what the file should be, with its article ("a lesson file").
     */
    static JsonNode tree(Path file, String kind) throws ExperimentFileException {
        try {
            JsonNode tree = MAPPER.readTree(BoundedFiles.readAll(file, MAX_BYTES));
            if (tree == null || tree.isMissingNode()) {
                throw problem(file, "the file is empty; " + kind + " holds one JSON object");
            }
            return tree;
        } catch (BoundedFiles.RefusedException e) {
            throw problem(file, e.getMessage());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw problem(file, where + "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file");
        } catch (AccessDeniedException e) {
            throw problem(file, "permission denied");
        } catch (IOException e) {
            throw problem(file, "cannot read the file: " + e.getMessage());
        }
    }

    private static ExperimentFileException problem(Path file, String message) {
        return new ExperimentFileException(file, List.of(message));
    }
}
