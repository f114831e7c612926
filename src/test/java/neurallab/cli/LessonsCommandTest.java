package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import neurallab.io.ExperimentJson;
import neurallab.io.LessonJson;
import neurallab.io.LessonLibrary;
import neurallab.session.lesson.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lessons check}: the whole built-in course, a goal out of reach, and invalid lesson files. */
class LessonsCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyGoalOfTheBuiltInCourseIsReached() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        int steps = 0;
        int goals = 0;
        for (String file : library.files()) {
            Lesson lesson = library.read(file);
            steps += lesson.steps().size();
            goals += (int) lesson.steps().stream().filter(s -> s.hasGoal()).count();
        }

        CliRunner result = CliRunner.run("lessons", "check");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals("", result.err());
        JsonNode report = ExperimentJson.parse(result.out());
        assertEquals(ExperimentJson.parse("{\"lessons\": 12, \"steps\": " + steps + ", \"goals\": " + goals
                + ", \"goalsReached\": " + goals + ", \"failures\": []}"), report);
        assertTrue(goals >= 40, "most steps have a goal: " + goals);
    }

    @Test
    void aGoalOutOfReachFailsWithItsBestValue() {
        ObjectNode lesson = LessonJson.fourSteps();
        // no hidden layer: one straight line cannot separate the disc from the ring around it
        ObjectNode last = (ObjectNode) lesson.get("steps").get(3);
        ObjectNode patch = last.putObject("patch");
        patch.putArray("layers").addObject().put("units", 1).put("activation", "sigmoid");
        LessonJson.training(last, 30);
        LessonJson.goal(last, "testAccuracy", ">=", 0.95);
        Path file = ExperimentJson.write(dir, "lesson.json", lesson);

        CliRunner result = CliRunner.run("lessons", "check", file.toString());

        assertEquals(1, result.exitCode(), result.err());
        JsonNode report = ExperimentJson.parse(result.out());
        assertEquals(1, report.get("lessons").intValue());
        assertEquals(4, report.get("steps").intValue());
        assertEquals(3, report.get("goals").intValue());
        assertEquals(2, report.get("goalsReached").intValue());
        ArrayNode failures = (ArrayNode) report.get("failures");
        assertEquals(1, failures.size());
        JsonNode failure = failures.get(0);
        assertEquals(file.toString(), failure.get("lesson").textValue());
        assertEquals(4, failure.get("step").intValue());
        assertEquals("testAccuracy >= 0.95", failure.get("goal").textValue());
        double best = failure.get("value").doubleValue();
        assertTrue(best > 0.3 && best < 0.95, "the best accuracy of 30 epochs: " + best);
    }

    @Test
    void aBadLessonFileExitsTwoNamingTheFileAndThePath() {
        ObjectNode lesson = LessonJson.fourSteps();
        ((ObjectNode) lesson.get("steps").get(2).get("goal")).put("comparison", "=>");
        Path bad = ExperimentJson.write(dir, "bad.json", lesson);
        Path good = ExperimentJson.write(dir, "good.json", LessonJson.fourSteps());

        CliRunner result = CliRunner.run("lessons", "check", good.toString(), bad.toString());

        assertEquals(2, result.exitCode());
        assertEquals("", result.out(), "nothing is trained when a file is bad");
        assertEquals(List.of(bad + ": steps[2].goal.comparison: unknown comparison \"=>\"; valid: <, <=, >, >="),
                List.of(result.errLines()));
    }

    @Test
    void aBadTranslationOfABuiltInLessonExitsTwoNamingBothFiles() {
        // the test resources hold eo/01-perceptron.json, a Korean translation put in the Esperanto folder
        CliRunner result = CliRunner.run("lessons", "check", "--language", "eo");

        assertEquals(2, result.exitCode(), result.out());
        assertEquals("", result.out(), "nothing is trained when a translation is bad");
        assertEquals(List.of("/neurallab/lessons/01-perceptron.json: eo/01-perceptron.json: language: must be \"eo\","
                + " the folder it sits in, got \"ko\""), List.of(result.errLines()));
    }

    @Test
    void dataThatCannotLoadIsAnInvalidLessonToo() {
        ObjectNode lesson = LessonJson.fourSteps();
        ObjectNode data = ExperimentJson.MAPPER.createObjectNode().put("source", "csv").put("path", "nowhere.csv")
                .put("testFraction", 0.5).put("validationFraction", 0.0);
        ObjectNode first = (ObjectNode) lesson.get("steps").get(0).get("experiment");
        first.set("data", data);
        first.remove("features");
        Path file = ExperimentJson.write(dir, "lesson.json", lesson);

        CliRunner result = CliRunner.run("lessons", "check", file.toString());

        assertEquals(2, result.exitCode(), result.out());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(file + ": steps[0].experiment: "), result.err());
        assertTrue(result.err().contains("nowhere.csv"), result.err());
    }
}
