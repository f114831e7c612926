package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The autosave in the user data folder ({@link UserDataFolder}): {@code autosave.json}, an ordinary experiment
 * file with its weights and pinned runs (File > Open reads it too), and {@code autosave-info.json}, the file the
 * experiment belongs to and the folder its relative data paths are read from. Both are replaced atomically; the
 * autosave's time is the experiment file's modification time. A clean exit removes both.
 */
public final class AutosaveFiles {
    public static final String EXPERIMENT = "autosave.json";
    public static final String INFO = "autosave-info.json";
    private static final String FORMAT = "neurallab-autosave";

    /**
     * An autosaved experiment.
     *
     * @param file   the experiment file it belongs to, or null when it was untitled
     * @param folder the folder relative data paths are read from, or null for the app's default
     */
    public record Autosaved(ExperimentDocument document, Path file, Path folder, Instant savedAt) {
    }

    /**
     * What the folder held at start: an autosave to offer, a damaged one set aside, or nothing.
     *
     * @param autosaved the autosave, or null
     * @param setAside  where a damaged autosave was moved, or null
     * @param problem   what was wrong with it, or null
     */
    public record Found(Autosaved autosaved, Path setAside, String problem) {
        static final Found NONE = new Found(null, null, null);
    }

    private final Path folder;

    public AutosaveFiles(Path folder) {
        this.folder = folder;
    }

    public Path experimentFile() {
        return folder.resolve(EXPERIMENT);
    }

    /** Writes the experiment, then what it belongs to; each replaces its file atomically. */
    public void write(ExperimentDocument document, Path file, Path dataFolder) throws IOException {
        Files.createDirectories(folder);
        ExperimentFiles.write(experimentFile(), document);
        ObjectNode info = SharedMapper.MAPPER.createObjectNode();
        info.put("format", FORMAT);
        info.put("version", 1);
        info.put("file", file == null ? null : file.toAbsolutePath().normalize().toString());
        info.put("folder", dataFolder == null ? null : dataFolder.toAbsolutePath().normalize().toString());
        AtomicFiles.write(folder.resolve(INFO),
                SharedMapper.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
    }

    /** The autosave left by a run that did not exit cleanly; a damaged one is set aside (renamed). */
    public Found find(LocalDateTime now) {
        Path experiment = experimentFile();
        if (!Files.exists(experiment)) {
            return Found.NONE;
        }
        try {
            Instant savedAt = Files.getLastModifiedTime(experiment).toInstant();
            ExperimentDocument document = ExperimentFiles.readDocument(experiment);
            JsonNode info = info();
            return new Found(new Autosaved(document, path(info, "file"), path(info, "folder"), savedAt), null, null);
        } catch (ExperimentFileException e) {
            return setAside(now, String.join("; ", e.problems()));
        } catch (IOException e) {
            return setAside(now, e.getMessage());
        }
    }

    /** Removes the autosave (a clean exit, a save, a discarded restore). */
    public void remove() throws IOException {
        Files.deleteIfExists(folder.resolve(INFO));
        Files.deleteIfExists(experimentFile());
    }

    /** What the experiment belongs to; unreadable, it is as if untitled (the experiment itself is what matters). */
    private JsonNode info() {
        try {
            JsonNode info = SharedMapper.MAPPER.readTree(folder.resolve(INFO).toFile());
            return info != null && FORMAT.equals(info.path("format").asText()) ? info : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path path(JsonNode info, String field) {
        JsonNode v = info == null ? null : info.get(field);
        try {
            return v == null || !v.isTextual() ? null : Path.of(v.textValue());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Found setAside(LocalDateTime now, String problem) {
        try {
            Path aside = DamagedFiles.setAside(experimentFile(), now);
            Files.deleteIfExists(folder.resolve(INFO));
            return new Found(null, aside, problem);
        } catch (IOException e) {
            return new Found(null, null, problem + "; it could not be set aside: " + e.getMessage());
        }
    }
}
