package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preferences file: round trip, missing file, damaged files set aside, the tree it reads. */
class PreferencesFileTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 14, 2, 5);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("prefs").resolve("preferences.json");
    }

    @Test
    void everyPreferenceComesBackAsItWasWritten() throws IOException {
        Preferences p = Preferences.DEFAULTS.withTheme("dark").withZoom(1.375).withLanguage("ko")
                .withRecentFiles(List.of(Path.of("/a/b.json"), Path.of("/c/ä d.json")))
                .withWindow(new Preferences.WindowBounds(-1200.5, 40, 1024, 768))
                .withLastFolder(Path.of("/a")).withSpeed(0);
        PreferencesFile.write(file(), p);
        PreferencesFile.Loaded loaded = PreferencesFile.read(file(), NOW);
        assertEquals(p, loaded.preferences());
        assertNull(loaded.problem());
        assertNull(loaded.setAside());
    }

    @Test
    void nothingChosenIsWrittenAsNothingAndReadAsTheDefaults() throws IOException {
        PreferencesFile.write(file(), Preferences.DEFAULTS);
        assertEquals(Preferences.DEFAULTS, PreferencesFile.read(file(), NOW).preferences());
        assertFalse(Files.readString(file()).contains("zoom"));
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        PreferencesFile.Loaded loaded = PreferencesFile.read(file(), NOW);
        assertEquals(Preferences.DEFAULTS, loaded.preferences());
        assertNull(loaded.problem());
        assertFalse(Files.exists(file()), "reading creates nothing");
    }

    @Test
    void aMalformedFileIsSetAsideWithItsContentAndTheDefaultsAreUsed() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": \"neurallab-preferences\", \"zoom\": 1.2");
        PreferencesFile.Loaded loaded = PreferencesFile.read(file(), NOW);
        assertEquals(Preferences.DEFAULTS, loaded.preferences());
        assertTrue(loaded.problem().startsWith("malformed JSON"), loaded.problem());
        assertEquals(file().resolveSibling("preferences.json.damaged-20261203-140205"), loaded.setAside());
        assertFalse(Files.exists(file()));
        assertEquals("{\"format\": \"neurallab-preferences\", \"zoom\": 1.2", Files.readString(loaded.setAside()));

        Files.writeString(file(), "[]");
        PreferencesFile.Loaded again = PreferencesFile.read(file(), NOW);
        assertEquals(file().resolveSibling("preferences.json.damaged-20261203-140205-2"), again.setAside(),
                "an earlier damaged file is not overwritten");
        assertEquals("not a JSON object", again.problem());
        assertEquals(Preferences.DEFAULTS, PreferencesFile.read(file(), NOW).preferences());
    }

    @Test
    void aValueOfTheWrongKindIsNamed() throws IOException {
        assertProblem("{\"format\": \"neurallab-preferences\", \"zoom\": \"big\"}", "\"zoom\" must be a finite number");
        assertProblem("{\"format\": \"neurallab-preferences\", \"speed\": 1.5}", "\"speed\" must be an integer ≥ 0");
        assertProblem("{\"format\": \"neurallab-preferences\", \"window\": {\"x\": 0, \"y\": 0, \"width\": -3, "
                + "\"height\": 5}}", "\"width\" must be > 0");
        assertProblem("{\"format\": \"neurallab-preferences\", \"recentFiles\": [3]}",
                "\"recentFiles\" must be an array of file names");
        assertProblem("{\"format\": \"neurallab-experiment\"}", "\"format\" must be \"neurallab-preferences\"");
    }

    @Test
    void theStreamingReaderBuildsTheTreeObjectMapperWould() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (String json : List.of("{\"a\": 1, \"b\": -2147483649, \"c\": 123456789012345678901234, \"d\": 1.0,"
                        + " \"e\": 2e3, \"f\": 1e400, \"g\": [true, false, null, \"ä\", [], {}], \"a\": \"again\"}",
                "[1, {\"x\": {\"y\": [0.5]}}]", "\"text\"", "7", "{\"window\": {}} {\"trailing\": 1}")) {
            assertEquals(mapper.readTree(json), PreferencesFile.readTree(json.getBytes(StandardCharsets.UTF_8)), json);
        }
        assertNull(PreferencesFile.readTree(new byte[0]), "no value at all");
        byte[] broken = "{\"zoom\": 1.2".getBytes(StandardCharsets.UTF_8);
        assertEquals(assertThrows(JsonProcessingException.class, () -> mapper.readTree(broken)).getOriginalMessage(),
                assertThrows(JsonProcessingException.class, () -> PreferencesFile.readTree(broken)).getOriginalMessage());
    }

    private void assertProblem(String content, String problem) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content);
        PreferencesFile.Loaded loaded = PreferencesFile.read(file(), NOW);
        assertEquals(problem, loaded.problem());
        assertEquals(Preferences.DEFAULTS, loaded.preferences());
        assertTrue(Files.exists(loaded.setAside()));
    }
}
