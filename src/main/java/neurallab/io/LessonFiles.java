package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;

/** Tells a lesson file from an experiment file by its {@code "format"}, so one Open command takes both. */
public final class LessonFiles {
    private LessonFiles() {
    }

    /**
     * The lesson in {@code file}, or null when the file does not say {@code "format": "neurallab-lesson"} (an
     * experiment, or a file the experiment reader will refuse with its own message). A lesson file that is
     * bad is refused with each problem as "file: json.path: what is wrong".
     */
    public static Lesson readIfLesson(Path file) throws ExperimentFileException {
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
