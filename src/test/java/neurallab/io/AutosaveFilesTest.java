package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import neurallab.session.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosave's files: what is found at start, a damaged autosave set aside, removal. */
class AutosaveFilesTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 14, 2, 5);

    @TempDir
    Path dir;

    private static Experiment experiment() {
        return ExperimentFilesWriteTest.everything();
    }

    @Test
    void nothingSavedFindsNothing() {
        AutosaveFiles.Found found = new AutosaveFiles(dir).find(NOW);
        assertNull(found.autosaved());
        assertNull(found.problem());
    }

    @Test
    void theAutosaveComesBackWithItsFileFolderAndTime() throws IOException {
        AutosaveFiles files = new AutosaveFiles(dir.resolve("data"));
        Path file = dir.resolve("work").resolve("circle.json");
        files.write(ExperimentDocument.of(experiment()), file, dir.resolve("work"));
        Instant at = Instant.parse("2026-12-03T05:02:00Z");
        Files.setLastModifiedTime(files.experimentFile(), FileTime.from(at));
        AutosaveFiles.Autosaved a = files.find(NOW).autosaved();
        ExperimentFilesWriteTest.assertSameExperiment(experiment(), a.document().experiment());
        assertEquals(file.toAbsolutePath(), a.file());
        assertEquals(dir.resolve("work").toAbsolutePath(), a.folder());
        assertEquals(at, a.savedAt());

        files.remove();
        assertFalse(Files.exists(files.experimentFile()));
        assertFalse(Files.exists(dir.resolve("data").resolve(AutosaveFiles.INFO)));
    }

    @Test
    void withoutItsInfoTheAutosaveIsUntitled() throws IOException {
        AutosaveFiles files = new AutosaveFiles(dir);
        files.write(ExperimentDocument.of(experiment()), null, null);
        Files.writeString(dir.resolve(AutosaveFiles.INFO), "{ broken");
        AutosaveFiles.Autosaved a = files.find(NOW).autosaved();
        ExperimentFilesWriteTest.assertSameExperiment(experiment(), a.document().experiment());
        assertNull(a.file());
        assertNull(a.folder());
    }

    @Test
    void aDamagedAutosaveIsSetAsideWithItsContent() throws IOException {
        AutosaveFiles files = new AutosaveFiles(dir);
        files.write(ExperimentDocument.of(experiment()), null, null);
        String half = Files.readString(files.experimentFile()).substring(0, 100);
        Files.writeString(files.experimentFile(), half);
        AutosaveFiles.Found found = files.find(NOW);
        assertNull(found.autosaved());
        assertTrue(found.problem().contains("malformed JSON"), found.problem());
        assertEquals(dir.resolve("autosave.json.damaged-20261203-140205"), found.setAside());
        assertEquals(half, Files.readString(found.setAside()));
        assertFalse(Files.exists(files.experimentFile()));
        assertNull(files.find(NOW).problem(), "the next start finds nothing to complain about");
    }
}
