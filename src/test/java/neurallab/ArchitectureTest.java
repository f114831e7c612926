package neurallab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of style.md: only the ui package may touch JavaFX; dependencies point one way. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/neurallab");

    private static List<String> violations(String pkg, List<String> forbiddenPrefixes) throws IOException {
        List<String> found = new ArrayList<>();
        Path dir = SOURCES.resolve(pkg);
        assertTrue(Files.isDirectory(dir), "package directory exists: " + dir);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String t = line.strip();
                    if (!t.startsWith("import ")) {
                        continue;
                    }
                    for (String prefix : forbiddenPrefixes) {
                        if (t.matches("import (static )?" + prefix.replace(".", "\\.") + ".*")) {
                            found.add(file + ": " + t);
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void headlessPackagesImportNoJavaFx() throws IOException {
        for (String pkg : List.of("engine", "data", "session", "io", "cli", "bench")) {
            assertEquals(List.of(), violations(pkg, List.of("javafx.", "org.kordamp.")), pkg);
        }
    }

    @Test
    void dependenciesPointOneWay() throws IOException {
        assertEquals(List.of(), violations("engine", List.of("neurallab.data", "neurallab.session",
                "neurallab.io", "neurallab.cli", "neurallab.ui")));
        assertEquals(List.of(), violations("data", List.of("neurallab.engine", "neurallab.session",
                "neurallab.io", "neurallab.cli", "neurallab.ui")));
        assertEquals(List.of(), violations("session", List.of("neurallab.io", "neurallab.cli", "neurallab.ui")));
        assertEquals(List.of(), violations("io", List.of("neurallab.cli", "neurallab.ui")));
        assertEquals(List.of(), violations("cli", List.of("neurallab.ui")));
        assertEquals(List.of(), violations("bench", List.of("neurallab.ui")));
    }

    @Test
    void detectsAViolation() throws IOException {
        // The check itself must be able to fail: ui does import JavaFX.
        assertTrue(!violations("ui", List.of("javafx.")).isEmpty());
    }
}
