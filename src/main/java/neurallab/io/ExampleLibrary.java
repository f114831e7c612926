package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;

/**
 * The example experiments bundled in the application (top-level {@code resources/examples}, packed
 * into the jar under {@code neurallab/examples}). They are found through {@code index.json}, never by
 * listing a resource folder, so the same code works from the jar, a jlink image or the class path.
 */
public final class ExampleLibrary {
    /** Where the examples and their index sit among the application's resources. */
    public static final String RESOURCE_DIR = "/neurallab/examples/";
    public static final String INDEX = "index.json";
    public static final String FORMAT = "neurallab-examples";
    public static final int VERSION = 1;

    /** One entry of the index: a display name, a file name beside the index, and one line of description. */
    public record Example(String name, String file, String description) {
    }

    private final List<Example> examples;

    private ExampleLibrary(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    /** The examples bundled with the application. */
    public static ExampleLibrary bundled() throws IOException {
        try (InputStream in = ExampleLibrary.class.getResourceAsStream(RESOURCE_DIR + INDEX)) {
            if (in == null) {
                throw new IOException("the application has no bundled examples index " + RESOURCE_DIR + INDEX);
            }
            return fromIndex(in);
        }
    }

    /** Reads an index (see {@code resources/examples/index.json}); every problem is reported at once. */
    public static ExampleLibrary fromIndex(InputStream index) throws IOException {
        JsonNode root = new ObjectMapper().readTree(index);
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new IOException(INDEX + ": expected a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            problems.add("format: expected \"" + FORMAT + "\"");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            problems.add("version: expected " + VERSION);
        }
        JsonNode list = root.path("examples");
        if (!list.isArray()) {
            problems.add("examples: expected a list");
        }
        List<Example> examples = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = "examples[" + i + "]";
            String name = e.path("name").asText("");
            String file = e.path("file").asText("");
            String description = e.path("description").asText("");
            if (name.isBlank()) {
                problems.add(at + ".name: missing");
            }
            if (!file.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.json") || file.equals(INDEX)) {
                problems.add(at + ".file: expected a file name beside the index ending in .json, got \"" + file + "\"");
            } else if (!files.add(file)) {
                problems.add(at + ".file: \"" + file + "\" is listed twice");
            }
            examples.add(new Example(name, file, description));
        }
        if (!problems.isEmpty()) {
            throw new IOException(INDEX + ": " + String.join("; ", problems));
        }
        return new ExampleLibrary(examples);
    }

    /** The examples in index order. */
    public List<Example> examples() {
        return examples;
    }

    /** The example with this display name or file name. */
    public Optional<Example> find(String nameOrFile) {
        return examples.stream()
                .filter(e -> e.name().equalsIgnoreCase(nameOrFile) || e.file().equals(nameOrFile))
                .findFirst();
    }

    /** The example's experiment JSON as a stream; the caller closes it. */
    public InputStream open(Example example) throws IOException {
        InputStream in = ExampleLibrary.class.getResourceAsStream(RESOURCE_DIR + example.file());
        if (in == null) {
            throw new IOException("bundled example " + example.file() + " is listed in " + INDEX
                    + " but missing from the application");
        }
        return in;
    }

    /** The example as an experiment, checked field by field like a file the user opens. */
    public Experiment read(Example example) throws IOException, InvalidExperimentException {
        JsonNode tree;
        try (InputStream in = open(example)) {
            tree = new ObjectMapper().readTree(in);
        }
        return ExperimentReader.read(tree);
    }

    /** The example's experiment JSON as text. */
    public String readText(Example example) throws IOException {
        try (InputStream in = open(example)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
