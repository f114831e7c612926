package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import neurallab.engine.Activation;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson files: read with their patches applied, or refused with the file, the JSON path and what is allowed. */
class LessonReaderTest {
    @TempDir
    Path dir;

    private Path write(ObjectNode lesson) {
        return ExperimentJson.write(dir, "lesson.json", lesson);
    }

    private List<String> problems(ObjectNode lesson) {
        Path file = write(lesson);
        try {
            LessonReader.read(file);
            return fail("opened a bad lesson");
        } catch (ExperimentFileException e) {
            for (String problem : e.problems()) {
                assertTrue(problem.startsWith(file + ": "), problem);
            }
            return e.problems().stream().map(p -> p.substring((file + ": ").length())).toList();
        }
    }

    private static ObjectNode step(ObjectNode lesson, int index) {
        return (ObjectNode) lesson.get("steps").get(index);
    }

    @Test
    void readsEveryStepWithThePreviousStepsExperimentPatched() throws Exception {
        Lesson lesson = LessonReader.read(write(LessonJson.fourSteps()));

        assertEquals("A circle", lesson.title());
        assertEquals(List.of("hidden layer", "learning rate"), lesson.concepts());
        assertEquals(4, lesson.steps().size());
        LessonStep first = lesson.steps().get(0);
        assertEquals(List.of("First paragraph.", "Second paragraph, w ← w − η·∂L/∂w."), first.paragraphs());
        assertEquals(Set.of(Control.LEARNING_RATE, Control.PLAY), first.controls().highlight());
        assertEquals(Set.of(Control.DATA), first.controls().lock());
        assertEquals(Set.of(), first.controls().hide());
        assertEquals(20, first.training().epochs());
        assertEquals(Figure.TRAIN_LOSS, first.goal().figure());
        assertEquals(Comparison.LESS, first.goal().comparison());
        assertEquals(0.3, first.experiment().training().optimizer().learningRate());

        LessonStep second = lesson.steps().get(1);
        assertEquals(0.5, second.experiment().training().optimizer().learningRate());
        assertEquals(4, second.experiment().layers().get(0).units(), "what the patch does not name is kept");
        assertNull(second.training());
        assertNull(second.goal());

        LessonStep third = lesson.steps().get(2);
        assertEquals(8, third.experiment().layers().get(0).units());
        assertEquals(Activation.RELU, third.experiment().layers().get(0).activation());
        assertEquals(0.5, third.experiment().training().optimizer().learningRate(), "patches accumulate");
        assertEquals(10, third.goal().withinEpochs());

        LessonStep fourth = lesson.steps().get(3);
        assertEquals(third.experiment().layers(), fourth.experiment().layers(), "an empty patch changes nothing");
        assertEquals(third.experiment().training(), fourth.experiment().training());
    }

    @Test
    void refusesAnotherFormatOrANewerVersion() {
        ObjectNode lesson = LessonJson.fourSteps();
        lesson.put("format", "neurallab-experiment");
        assertEquals(List.of("format: must be \"neurallab-lesson\", got \"neurallab-experiment\""), problems(lesson));
        lesson = LessonJson.fourSteps();
        lesson.put("version", 2);
        assertEquals(List.of("version: this lesson was written for a newer NeuralLab (format version 2); this"
                + " NeuralLab opens version 1 lessons: please update it"), problems(lesson));
    }

    @Test
    void namesEveryBadFieldByItsJsonPath() {
        ObjectNode lesson = LessonJson.fourSteps();
        lesson.remove("summary");
        lesson.putArray("concepts").add("dropout").add("dropout");
        step(lesson, 0).with("controls").putArray("hide").add("learningRate").add("colour");
        step(lesson, 1).putArray("text");
        ObjectNode goal = step(lesson, 2).with("goal");
        goal.put("figure", "accuracy").put("comparison", "==");
        step(lesson, 3).remove("question");

        assertEquals(List.of(
                "summary: missing; must be a non-empty string",
                "concepts[1]: \"dropout\" is listed twice",
                "steps[0].controls.hide[1]: unknown control \"colour\"; valid: " + String.join(", ", List.of(
                        "data", "noise", "samples", "features", "layers", "neurons", "activation", "initializer",
                        "loss", "optimizer", "learningRate", "schedule", "batchSize", "regularization", "dropout",
                        "batchNorm", "earlyStopping", "seed", "play", "step", "reset", "lossChart", "output",
                        "metrics", "insights")),
                "steps[1].text: must hold at least one string",
                "steps[2].goal.figure: unknown figure \"accuracy\"; valid: trainLoss, testLoss, validationLoss,"
                        + " trainAccuracy, testAccuracy, validationAccuracy, epoch, gap",
                "steps[2].goal.comparison: unknown comparison \"==\"; valid: <, <=, >, >=",
                "steps[3].question: missing; must be a non-empty string"), problems(lesson));
    }

    @Test
    void refusesTooFewOrTooManySteps() {
        ObjectNode lesson = LessonJson.fourSteps();
        ((ArrayNode) lesson.get("steps")).remove(3);
        assertEquals(List.of("steps: a lesson has 4 to 8 steps, got 3"), problems(lesson));
    }

    @Test
    void aStepHasExactlyOneStateAndTheFirstCannotBeAPatch() {
        ObjectNode lesson = LessonJson.fourSteps();
        step(lesson, 1).set("experiment", ExperimentJson.inlineCircle(2, 0.1, 5));
        step(lesson, 3).remove("patch");
        assertEquals(List.of(
                "steps[1]: a step needs exactly one of \"experiment\" (a whole experiment) or \"patch\" (changes to"
                        + " the previous step's experiment)",
                "steps[3]: a step needs exactly one of \"experiment\" (a whole experiment) or \"patch\" (changes to"
                        + " the previous step's experiment)"), problems(lesson));

        lesson = LessonJson.fourSteps();
        ObjectNode first = step(lesson, 0);
        first.remove("experiment");
        first.putObject("patch");
        assertEquals(List.of("steps[0].patch: the first step has nothing to patch: give it a whole \"experiment\""),
                problems(lesson));
    }

    @Test
    void reportsAnEmbeddedExperimentsProblemsUnderItsStep() {
        ObjectNode lesson = LessonJson.fourSteps();
        ((ObjectNode) step(lesson, 0).at("/experiment/training/optimizer")).put("learningRate", -1);
        assertEquals(List.of("steps[0].experiment.training.optimizer.learningRate: must be a finite number > 0,"
                + " got -1"), problems(lesson), "later steps built on the bad one are not reported again");

        lesson = LessonJson.fourSteps();
        step(lesson, 1).with("patch").with("training").put("loss", "softmax-loss");
        List<String> problems = problems(lesson);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("steps[1].patch, applied to the previous step's experiment, gives"
                + " training.loss: unknown loss \"softmax-loss\"; valid: "), problems.get(0));
    }

    @Test
    void aGoalNeedsTrainingThatCanReachIt() {
        ObjectNode lesson = LessonJson.fourSteps();
        step(lesson, 0).remove("training");
        step(lesson, 2).with("goal").put("within", 11);
        LessonJson.goal(step(lesson, 3), "testAccuracy", ">=", 0.9).put("after", 30);
        LessonJson.training(step(lesson, 3), 20);
        assertEquals(List.of(
                "steps[0].goal: a goal needs \"training\": the epochs and the sentence that tell the student how to"
                        + " reach it",
                "steps[2].goal.within: must be at most the step's training.epochs (10), got 11",
                "steps[3].goal.after: must be at most the step's training.epochs (20), got 30"), problems(lesson));
    }

    @Test
    void anAccuracyGoalNeedsAClassification() {
        ObjectNode lesson = LessonJson.fourSteps();
        ObjectNode regression = ExperimentJson.MAPPER.createObjectNode().put("problem", "regression");
        regression.putArray("layers").addObject().put("units", 1).put("activation", "linear");
        regression.with("training").put("loss", "mse");
        step(lesson, 3).set("patch", regression);
        LessonJson.training(step(lesson, 3), 5);
        LessonJson.goal(step(lesson, 3), "testAccuracy", ">", 0.5);
        assertEquals(List.of("steps[3].goal.figure: testAccuracy is only reported for classification; this step's"
                + " experiment is a regression: use a loss"), problems(lesson));
    }

    @Test
    void aHiddenControlCannotBeHighlighted() {
        ObjectNode lesson = LessonJson.fourSteps();
        step(lesson, 0).with("controls").putArray("hide").add("play");
        assertEquals(List.of("steps[0].controls.hide: \"play\" is also highlighted; a hidden control cannot be"),
                problems(lesson));
    }

    @Test
    void malformedOrMissingFilesNameTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"neurallab-lesson\",\n  \"title\" }");
        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> LessonReader.read(file));
        assertTrue(e.problems().get(0).startsWith(file + ": line 2, column 11: malformed JSON: "), e.getMessage());

        Path missing = dir.resolve("missing.json");
        e = assertThrows(ExperimentFileException.class, () -> LessonReader.read(missing));
        assertEquals(List.of(missing + ": no such file"), e.problems());
        e = assertThrows(ExperimentFileException.class, () -> LessonReader.read(dir));
        assertEquals(List.of(dir + ": is a directory, not a file"), e.problems());
    }
}
