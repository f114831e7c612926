package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;

/** Tells a lesson file from an experiment file by its {@code "format"}, so one Open command takes both. */
public final class LessonFiles {
    private LessonFiles() {
    }

    /**
     * The lesson in {@code file}, or null when the file does not say {@code "format": "neurallab-lesson"} (an
     * experiment, or a file the experiment reader will refuse with its own message). A lesson file that is
     * bad is refused with each problem as "file: json.path: what is wrong". In a language other than English,
     * a translation beside the lesson, in a folder named by the language's code ({@code ko/NAME.json}, the
     * built-in course's layout), replaces its texts; a bad translation is refused as a bad lesson is.
     */
    public static Lesson readIfLesson(Path file, Locale language) throws ExperimentFileException {
        Lesson lesson = readLesson(file);
        Path parent = file.toAbsolutePath().getParent();
        if (lesson == null || language.getLanguage().equals(Locale.ENGLISH.getLanguage()) || parent == null) {
            return lesson;
        }
        Path translation = parent.resolve(language.getLanguage()).resolve(file.getFileName());
        return Files.isRegularFile(translation) ? LessonTranslationReader.read(translation, lesson).applyTo(lesson)
                : lesson;
    }

    private static Lesson readLesson(Path file) throws ExperimentFileException {
        JsonNode tree;
        try {
            tree = ExperimentFiles.tree(file, "a lesson or experiment file");
        } catch (ExperimentFileException e) {
            return null;
        }
        if (!Lesson.FORMAT.equals(tree.path("format").asText())) {
            return null;
        }
        try {
            return LessonReader.read(tree);
        } catch (InvalidLessonException e) {
            throw new ExperimentFileException(file, e.problems());
        }
    }
}
