package neurallab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.session.insight.RunComparison.PinnedRun;

/**
 * Opens and saves experiment files (experiment-format.md). Opening checks the whole file and reports
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
        ObjectNode root = ExperimentWriter.toJson(document.experiment());
        if (!document.pinnedRuns().isEmpty()) {
            root.set("pinnedRuns", PinnedRunsJson.write(document.pinnedRuns()));
        }
        String json = JsonLayout.format(root);
        AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
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

    /** The file's JSON tree; a missing, oversized or malformed file is reported with where it went wrong. */
    private static JsonNode tree(Path file) throws ExperimentFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw problem(file, "is a directory, not an experiment file");
            }
            if (attributes.size() > MAX_BYTES) {
                throw problem(file, "the file is " + megabytes(attributes.size()) + "; experiment files are limited to "
                        + megabytes(MAX_BYTES) + " (is this the right file?)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                JsonNode tree = MAPPER.readTree(in);
                if (tree == null || tree.isMissingNode()) {
                    throw problem(file, "the file is empty; an experiment file holds one JSON object");
                }
                return tree;
            }
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

    private static String megabytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
