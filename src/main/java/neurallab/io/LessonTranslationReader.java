package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import neurallab.session.lesson.LessonTranslation;
import neurallab.session.lesson.LessonTranslation.StepText;

/**
 * Reads a lesson translation (docs/file-format.md, "Lesson translations") against the lesson it
 * translates, reporting every problem at once as "json.path: what is wrong". A translation holds words
 * only: a member the format does not name is refused (a state, control or goal cannot be translated),
 * and the steps and concepts must match the lesson's one to one.
 */
public final class LessonTranslationReader {
    private static final List<String> TOP = List.of("format", "version", "language", "title", "summary",
            "concepts", "steps");
    private static final List<String> STEP = List.of("title", "text", "question", "instruction");
    private static final String LANGUAGE_CODE = "[a-z]{2,3}";

    private LessonTranslationReader() {
    }

    /** The translation in {@code file} of {@code lesson}; each problem as "file: json.path: what is wrong". */
    public static LessonTranslation read(Path file, Lesson lesson) throws ExperimentFileException {
        JsonNode tree = ExperimentFiles.tree(file, "a lesson translation");
        try {
            return read(tree, lesson);
        } catch (InvalidLessonException e) {
            throw new ExperimentFileException(file, e.problems());
        }
    }

    /** The translation of {@code lesson} in a JSON tree; the exception lists each problem by its JSON path. */
    public static LessonTranslation read(JsonNode root, Lesson lesson) throws InvalidLessonException {
        List<String> problems = new ArrayList<>();
        Field doc = Field.root(root, problems);
        if (!doc.isObject() || !LessonReader.header(doc, LessonTranslation.FORMAT, LessonTranslation.FORMAT_VERSION,
                "lesson translation")) {
            throw new InvalidLessonException(problems);
        }
        onlyMembers(doc, TOP);
        String language = language(doc.get("language"));
        String title = doc.get("title").text();
        String summary = doc.get("summary").text();
        List<String> concepts = LessonReader.texts(doc.get("concepts"), true);
        if (concepts != null && concepts.size() != lesson.concepts().size()) {
            doc.get("concepts").problem("the lesson names " + lesson.concepts().size() + " concepts; translate each"
                    + " one, in the lesson's order (got " + concepts.size() + ")");
        }
        List<StepText> steps = steps(doc.get("steps"), lesson.steps());
        if (!problems.isEmpty()) {
            throw new InvalidLessonException(problems);
        }
        return new LessonTranslation(language, title, summary, concepts, steps);
    }

    private static String language(Field field) {
        String code = field.text();
        if (code != null && !code.matches(LANGUAGE_CODE)) {
            field.problem("must be a lowercase ISO 639 language code such as \"ko\", got " + field.shown());
            return null;
        }
        return code;
    }

    private static List<StepText> steps(Field field, List<LessonStep> originals) {
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        if (elements.size() != originals.size()) {
            field.problem("the lesson has " + originals.size() + " steps; translate each one, in the lesson's order"
                    + " (got " + elements.size() + ")");
            return null;
        }
        List<StepText> steps = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            steps.add(step(elements.get(i), originals.get(i)));
        }
        return steps.contains(null) ? null : steps;
    }

    private static StepText step(Field step, LessonStep original) {
        if (!step.isObject()) {
            return null;
        }
        onlyMembers(step, STEP);
        String title = step.get("title").text();
        List<String> paragraphs = LessonReader.texts(step.get("text"), false);
        String question = step.get("question").text();
        Field instructionField = step.get("instruction");
        String instruction = null;
        if (original.training() != null) {
            instruction = instructionField.text();
        } else if (!instructionField.isAbsent()) {
            instructionField.problem("the lesson's step has no training, so there is no instruction to translate");
            return null;
        }
        boolean complete = title != null && paragraphs != null && question != null
                && (original.training() == null || instruction != null);
        return complete ? new StepText(title, paragraphs, question, instruction) : null;
    }

    /** Reports each member of {@code object} that is not one of {@code allowed}. */
    private static void onlyMembers(Field object, List<String> allowed) {
        for (String name : object.names()) {
            if (!allowed.contains(name)) {
                object.get(name).problem("not part of a lesson translation, which holds only words; allowed here: "
                        + String.join(", ", allowed));
            }
        }
    }
}
