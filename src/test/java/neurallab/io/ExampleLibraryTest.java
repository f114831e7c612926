package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExampleLibraryTest {
    private static final Path SOURCE_DIR = Path.of("resources/examples");

    private static ExampleLibrary parse(String json) throws IOException {
        return ExampleLibrary.fromIndex(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyBundledExampleOpensAsAnExperiment() throws IOException {
        ExampleLibrary library = ExampleLibrary.bundled();
        assertFalse(library.examples().isEmpty());
        ObjectMapper json = new ObjectMapper();
        for (ExampleLibrary.Example example : library.examples()) {
            assertFalse(example.description().isBlank(), example.file() + " has a description");
            JsonNode experiment;
            try (InputStream in = library.open(example)) {
                experiment = json.readTree(in);
            }
            assertEquals("neurallab-experiment", experiment.path("format").asText(), example.file());
            assertEquals(1, experiment.path("version").asInt(), example.file());
        }
    }

    @Test
    void everyBundledExampleIsAValidExperiment() throws Exception {
        ExampleLibrary library = ExampleLibrary.bundled();
        for (ExampleLibrary.Example example : library.examples()) {
            assertFalse(library.read(example).layers().isEmpty(), example.file());
        }
    }

    @Test
    void circleIsBundled() throws IOException {
        ExampleLibrary library = ExampleLibrary.bundled();
        ExampleLibrary.Example circle = library.find("circle.json").orElseThrow();
        assertEquals(circle, library.find("Circle").orElseThrow());
        JsonNode experiment = new ObjectMapper().readTree(library.readText(circle));
        assertEquals("circle", experiment.path("data").path("generator").asText());
        assertEquals(3, experiment.path("layers").size());
    }

    /** index.json must list exactly the example files in resources/examples (no folder listing at run time). */
    @Test
    void indexListsEveryExampleFileInTheSourceFolder() throws IOException {
        TreeSet<String> onDisk;
        try (Stream<Path> files = Files.list(SOURCE_DIR)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals(ExampleLibrary.INDEX))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> listed = ExampleLibrary.bundled().examples().stream()
                .map(ExampleLibrary.Example::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, listed, "resources/examples/index.json must list every example file and only those");
    }

    @Test
    void rejectsABadIndexNamingEveryProblem() {
        IOException e = assertThrows(IOException.class, () -> parse("""
                {"format": "neurallab-examples", "version": 2, "examples": [
                  {"name": "", "file": "../secret.json", "description": "x"},
                  {"name": "A", "file": "a.json", "description": "x"},
                  {"name": "B", "file": "a.json", "description": "x"}]}
                """));
        String message = e.getMessage();
        for (String part : List.of("version", "examples[0].name", "examples[0].file", "examples[2].file")) {
            assertTrue(message.contains(part), message + " mentions " + part);
        }
    }

    @Test
    void reportsAListedFileThatIsMissing() throws IOException {
        ExampleLibrary library = parse("""
                {"format": "neurallab-examples", "version": 1, "examples": [
                  {"name": "Ghost", "file": "no-such-example.json", "description": "x"}]}
                """);
        IOException e = assertThrows(IOException.class, () -> library.open(library.examples().get(0)));
        assertTrue(e.getMessage().contains("no-such-example.json"));
    }
}
