package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;

/**
 * The built-in course: lesson files bundled under {@code neurallab/lessons}, in the order of its
 * {@code index.json} ({@code {"format": "neurallab-lessons", "version": 1, "lessons": ["01-….json", …]}}),
 * found through the index rather than by listing a folder, so it works from the jar and a jlink image.
 */
public final class LessonLibrary {
    public static final String RESOURCE_DIR = "/neurallab/lessons/";
    public static final String INDEX = "index.json";
    public static final String FORMAT = "neurallab-lessons";
    public static final int VERSION = 1;

    private final List<String> files;

    private LessonLibrary(List<String> files) {
        this.files = List.copyOf(files);
    }

    /** The lessons bundled with the application. */
    public static LessonLibrary bundled() throws IOException {
        JsonNode root = json(INDEX);
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt(-1) != VERSION) {
            problems.add("format and version: expected \"" + FORMAT + "\", " + VERSION);
        }
        List<String> files = new ArrayList<>();
        for (JsonNode file : root.path("lessons")) {
            String name = file.asText("");
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.json") || name.equals(INDEX) || files.contains(name)) {
                problems.add("lessons: \"" + name + "\" is not a distinct file name beside the index");
            }
            files.add(name);
        }
        if (files.isEmpty()) {
            problems.add("lessons: expected a non-empty list of file names");
        }
        if (!problems.isEmpty()) {
            throw new IOException(RESOURCE_DIR + INDEX + ": " + String.join("; ", problems));
        }
        return new LessonLibrary(files);
    }

    /** The lessons' file names, in course order. */
    public List<String> files() {
        return files;
    }

    /** The bundled lesson {@code file}, checked like a lesson file the user opens. */
    public Lesson read(String file) throws IOException, InvalidLessonException {
        return LessonReader.read(json(file));
    }

    private static JsonNode json(String file) throws IOException {
        try (InputStream in = LessonLibrary.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IOException("the application has no bundled lesson file " + RESOURCE_DIR + file);
            }
            return new ObjectMapper().readTree(in);
        }
    }
}
