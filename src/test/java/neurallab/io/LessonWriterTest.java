package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurallab.session.lesson.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written lesson reads back to the same lesson: every step, control, training and goal. */
class LessonWriterTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenLessonReadsBackEqual() throws Exception {
        Lesson lesson = LessonReader.read(ExperimentJson.write(dir, "in.json", LessonJson.fourSteps()));
        Path out = dir.resolve("out.json");

        LessonWriter.write(out, lesson);

        // inline data are arrays, equal by content: compare the trees the two lessons write
        assertEquals(LessonWriter.toJson(lesson), LessonWriter.toJson(LessonReader.read(out)));
        assertEquals(lesson.steps().get(2).goal(), LessonReader.read(out).steps().get(2).goal());
    }

    @Test
    void everyBuiltInLessonSurvivesTheRoundTrip() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        for (String file : library.files()) {
            Lesson lesson = library.read(file);
            Path out = dir.resolve(file);
            LessonWriter.write(out, lesson);
            assertEquals(lesson, LessonReader.read(out), file);
        }
    }

    @Test
    void stepsAreWrittenWholeAndTheGoalWindowIsKept() throws Exception {
        Lesson lesson = LessonReader.read(ExperimentJson.write(dir, "in.json", LessonJson.fourSteps()));
        Path out = dir.resolve("out.json");
        LessonWriter.write(out, lesson);

        var tree = ExperimentJson.MAPPER.readTree(Files.readString(out));
        for (var step : tree.get("steps")) {
            assertEquals("neurallab-experiment", step.get("experiment").get("format").asText());
            assertEquals(null, step.get("patch"));
        }
        assertEquals(10, tree.get("steps").get(2).get("goal").get("within").asInt());
        assertEquals(List.of("data"), List.of(tree.get("steps").get(0).get("controls").get("lock").get(0).asText()));
        assertNotEquals(tree.get("steps").get(0).get("experiment"), tree.get("steps").get(1).get("experiment"));
    }
}
