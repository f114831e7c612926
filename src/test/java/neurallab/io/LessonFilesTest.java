package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson opened from a folder speaks the window's language when a translation lies beside it. */
class LessonFilesTest {
    private static final Path COURSE = Path.of("src/main/resources/neurallab/lessons");
    private static final String FILE = "04-learning-rate.json";

    @Test
    void aTranslationBesideTheLessonGivesItsTexts(@TempDir Path dir) throws Exception {
        Path lesson = Files.copy(COURSE.resolve(FILE), dir.resolve(FILE));
        assertEquals("The learning rate", LessonFiles.readIfLesson(lesson, Locale.KOREAN).title(), "no ko folder yet");
        Files.createDirectory(dir.resolve("ko"));
        Files.copy(COURSE.resolve("ko").resolve(FILE), dir.resolve("ko").resolve(FILE));
        assertEquals("학습률", LessonFiles.readIfLesson(lesson, Locale.KOREAN).title());
        assertEquals("The learning rate", LessonFiles.readIfLesson(lesson, Locale.ENGLISH).title());
        assertEquals(LessonFiles.readIfLesson(lesson, Locale.ENGLISH).steps().get(1).experiment(),
                LessonFiles.readIfLesson(lesson, Locale.KOREAN).steps().get(1).experiment(), "the states stay the same");
    }

    @Test
    void anExperimentIsNotALessonAndABadTranslationIsRefused(@TempDir Path dir) throws Exception {
        assertNull(LessonFiles.readIfLesson(Path.of("resources/examples/circle.json"), Locale.KOREAN));
        Path lesson = Files.copy(COURSE.resolve(FILE), dir.resolve(FILE));
        Files.createDirectory(dir.resolve("ko"));
        Files.writeString(dir.resolve("ko").resolve(FILE), "{\"format\": \"neurallab-lesson-translation\"}");
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> LessonFiles.readIfLesson(lesson, Locale.KOREAN));
        assertTrue(String.join("\n", e.problems()).contains(FILE), String.join("\n", e.problems()));
    }
}
