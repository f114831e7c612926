package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonTranslation;

/**
 * The built-in course: lesson files bundled under {@code neurallab/lessons}, in the order of its
 * {@code index.json} ({@code {"format": "neurallab-lessons", "version": 1, "lessons": ["01-….json", …]}}),
 * found through the index rather than by listing a folder, so it works from the jar and a jlink image.
 * A lesson's translation into another language sits in a folder named by the language's code, under the
 * same file name ({@code ko/01-perceptron.json}).
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

    /**
     * The bundled lesson {@code file} in {@code language}: its translation applied when one is bundled,
     * the English lesson otherwise. A bundled translation that does not fit its lesson is refused like a bad
     * lesson, each problem starting with the translation's file ("ko/01-perceptron.json: steps: …").
     */
    public Lesson read(String file, Locale language) throws IOException, InvalidLessonException {
        Lesson lesson = read(file);
        String translated = translationFile(file, language);
        if (translated == null) {
            return lesson;
        }
        try {
            LessonTranslation translation = LessonTranslationReader.read(json(translated), lesson);
            if (!translation.language().equals(language.getLanguage())) {
                throw new InvalidLessonException(List.of("language: must be \"" + language.getLanguage()
                        + "\", the folder it sits in, got \"" + translation.language() + "\""));
            }
            return translation.applyTo(lesson);
        } catch (InvalidLessonException e) {
            throw new InvalidLessonException(e.problems().stream().map(p -> translated + ": " + p).toList());
        }
    }

    /** True if {@code file} is bundled in {@code language} (English always is). */
    public boolean hasTranslation(String file, Locale language) {
        return language.getLanguage().equals(Locale.ENGLISH.getLanguage()) || translationFile(file, language) != null;
    }

    /** The translation's resource name relative to {@link #RESOURCE_DIR}, or null when there is none. */
    private static String translationFile(String file, Locale language) {
        String code = language.getLanguage();
        if (code.isEmpty() || code.equals(Locale.ENGLISH.getLanguage())) {
            return null;
        }
        String name = code + "/" + file;
        return LessonLibrary.class.getResource(RESOURCE_DIR + name) == null ? null : name;
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
