package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson translations: words laid over a lesson, or refused with the file, the JSON path and what is allowed. */
class LessonTranslationReaderTest {
    @TempDir
    Path dir;

    /** The four-step lesson of {@link LessonJson}: steps 1 and 3 have training, steps 2 and 4 none. */
    private static Lesson lesson() throws Exception {
        return LessonReader.read(LessonJson.fourSteps());
    }

    /** A complete Korean translation of {@link #lesson()}. */
    private static ObjectNode translation() {
        ObjectNode root = ExperimentJson.MAPPER.createObjectNode();
        root.put("format", "neurallab-lesson-translation").put("version", 1).put("language", "ko")
                .put("title", "원").put("summary", "안쪽인가 바깥쪽인가.");
        root.putArray("concepts").add("은닉층").add("학습률");
        ArrayNode steps = root.putArray("steps");
        for (int i = 1; i <= 4; i++) {
            ObjectNode step = steps.addObject().put("title", "단계 " + i).put("question", "왜 그럴까요?");
            step.putArray("text").add("첫 문단입니다.").add("둘째 문단, w ← w − η·∂L/∂w.");
            if (i % 2 == 1) {
                step.put("instruction", "재생을 누르세요.");
            }
        }
        return root;
    }

    private static ObjectNode step(ObjectNode translation, int index) {
        return (ObjectNode) translation.get("steps").get(index);
    }

    private List<String> problems(ObjectNode translation) throws Exception {
        Path file = ExperimentJson.write(dir, "ko.json", translation);
        try {
            LessonTranslationReader.read(file, lesson());
            return fail("read a bad translation");
        } catch (ExperimentFileException e) {
            for (String problem : e.problems()) {
                assertTrue(problem.startsWith(file + ": "), problem);
            }
            return e.problems().stream().map(p -> p.substring((file + ": ").length())).toList();
        }
    }

    @Test
    void replacesEveryWordAndKeepsEveryState() throws Exception {
        Lesson english = lesson();
        Lesson korean = LessonTranslationReader.read(ExperimentJson.write(dir, "ko.json", translation()), english)
                .applyTo(english);

        assertEquals("원", korean.title());
        assertEquals("안쪽인가 바깥쪽인가.", korean.summary());
        assertEquals(List.of("은닉층", "학습률"), korean.concepts());
        for (int i = 0; i < 4; i++) {
            LessonStep before = english.steps().get(i);
            LessonStep after = korean.steps().get(i);
            assertEquals("단계 " + (i + 1), after.title());
            assertEquals(List.of("첫 문단입니다.", "둘째 문단, w ← w − η·∂L/∂w."), after.paragraphs());
            assertEquals("왜 그럴까요?", after.question());
            assertSame(before.experiment(), after.experiment());
            assertSame(before.controls(), after.controls());
            assertSame(before.goal(), after.goal());
        }
        assertEquals("재생을 누르세요.", korean.steps().get(0).training().instruction());
        assertEquals(english.steps().get(0).training().epochs(), korean.steps().get(0).training().epochs());
        assertEquals(english.steps().get(2).training().epochs(), korean.steps().get(2).training().epochs());
        assertNull(korean.steps().get(1).training());
    }

    @Test
    void refusesAnotherStepCount() throws Exception {
        ObjectNode translation = translation();
        ((ArrayNode) translation.get("steps")).remove(3);
        assertEquals(List.of("steps: the lesson has 4 steps; translate each one, in the lesson's order (got 3)"),
                problems(translation));
    }

    @Test
    void refusesMembersThatAreNotWords() throws Exception {
        ObjectNode translation = translation();
        translation.put("lesson", "01-perceptron.json");
        step(translation, 2).putObject("goal").put("figure", "testAccuracy");
        step(translation, 3).putObject("patch");
        String top = "allowed here: format, version, language, title, summary, concepts, steps";
        String step = "allowed here: title, text, question, instruction";
        assertEquals(List.of(
                "lesson: not part of a lesson translation, which holds only words; " + top,
                "steps[2].goal: not part of a lesson translation, which holds only words; " + step,
                "steps[3].patch: not part of a lesson translation, which holds only words; " + step),
                problems(translation));
    }

    @Test
    void namesEveryMistypedOrMissingWordByItsJsonPath() throws Exception {
        ObjectNode translation = translation();
        translation.put("title", 7);
        translation.putArray("concepts").add("은닉층");
        step(translation, 0).put("text", "한 문단");
        step(translation, 1).put("instruction", "재생을 누르세요.");
        step(translation, 2).remove("instruction");
        step(translation, 3).put("question", " ");
        assertEquals(List.of(
                "title: must be a non-empty string, got 7",
                "concepts: the lesson names 2 concepts; translate each one, in the lesson's order (got 1)",
                "steps[0].text: must be an array, got \"한 문단\"",
                "steps[1].instruction: the lesson's step has no training, so there is no instruction to translate",
                "steps[2].instruction: missing; must be a non-empty string",
                "steps[3].question: must be a non-empty string, got \" \""), problems(translation));
    }

    @Test
    void refusesAnotherFormatANewerVersionOrABadLanguageCode() throws Exception {
        ObjectNode translation = translation();
        translation.put("format", "neurallab-lesson");
        assertEquals(List.of("format: must be \"neurallab-lesson-translation\", got \"neurallab-lesson\""),
                problems(translation));
        translation = translation();
        translation.put("version", 2);
        assertEquals(List.of("version: this lesson translation was written for a newer NeuralLab (format version"
                + " 2); this NeuralLab opens version 1 lesson translations: please update it"), problems(translation));
        translation = translation();
        translation.put("language", "Korean");
        assertEquals(List.of("language: must be a lowercase ISO 639 language code such as \"ko\", got \"Korean\""),
                problems(translation));
    }
}
