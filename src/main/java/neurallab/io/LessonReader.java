package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import neurallab.data.ProblemType;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.Goal;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import neurallab.session.lesson.StepControls;
import neurallab.session.lesson.StepTraining;

/**
 * Turns a lesson file (docs/file-format.md, "Lessons") into a {@link Lesson}, reporting every problem at
 * once as "json.path: what is wrong", like experiment files. A step's state is a whole experiment
 * ({@code experiment}, read by the experiment reader) or a JSON merge patch ({@code patch}, RFC 7396) over
 * the previous step's experiment document. Members the format does not name are ignored.
 */
public final class LessonReader {
    static final int MAX_EPOCHS = 100_000;
    private static final Bounds EPOCHS = Bounds.integers(1, MAX_EPOCHS);

    private LessonReader() {
    }

    /** The lesson in {@code file}; each problem is reported as "file: json.path: what is wrong". */
    public static Lesson read(Path file) throws ExperimentFileException {
        JsonNode tree = ExperimentFiles.tree(file, "a lesson file");
        try {
            return read(tree);
        } catch (InvalidLessonException e) {
            throw new ExperimentFileException(file, e.problems());
        }
    }

    /** The lesson in a JSON tree; the exception lists each problem as "json.path: what is wrong". */
    public static Lesson read(JsonNode root) throws InvalidLessonException {
        List<String> problems = new ArrayList<>();
        Field doc = Field.root(root, problems);
        if (!doc.isObject() || !header(doc, Lesson.FORMAT, Lesson.FORMAT_VERSION, "lesson")) {
            throw new InvalidLessonException(problems);
        }
        String title = doc.get("title").text();
        String summary = doc.get("summary").text();
        List<String> concepts = texts(doc.get("concepts"), true);
        List<LessonStep> steps = steps(doc.get("steps"), root.get("steps"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidLessonException(problems);
        }
        return new Lesson(title, summary, concepts, steps);
    }

    /**
     * True if {@code format} and {@code version} are exactly these; a newer version is refused with a
     * request to update, naming the kind of file ("lesson").
     */
    static boolean header(Field doc, String format, int formatVersion, String kind) {
        if (!doc.get("format").isExactly(TextNode.valueOf(format))) {
            return false;
        }
        Field version = doc.get("version");
        if (version.peekNumber() > formatVersion) {
            version.problem("this " + kind + " was written for a newer NeuralLab (format version " + version.shown()
                    + "); this NeuralLab opens version " + formatVersion + " " + kind + "s: please update it");
            return false;
        }
        return version.isExactly(IntNode.valueOf(formatVersion));
    }

    private static List<LessonStep> steps(Field field, JsonNode nodes, List<String> problems) {
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        if (elements.size() < Lesson.MIN_STEPS || elements.size() > Lesson.MAX_STEPS) {
            field.problem("a lesson has " + Lesson.MIN_STEPS + " to " + Lesson.MAX_STEPS + " steps, got "
                    + elements.size());
        }
        List<LessonStep> steps = new ArrayList<>();
        JsonNode previous = null;
        for (int i = 0; i < elements.size(); i++) {
            Field step = elements.get(i);
            if (!step.isObject()) {
                previous = null;
                continue;
            }
            JsonNode node = nodes.get(i);
            JsonNode document = document(step, node, i, previous);
            Experiment experiment = document == null ? null : experiment(document, node.hasNonNull("experiment"), i, problems);
            steps.add(step(step, experiment));
            previous = experiment == null ? null : document;
        }
        return steps;
    }

    /**
     * The step's experiment document: its own {@code experiment}, or its {@code patch} applied to the
     * previous step's; null after reporting a problem, or silently when the previous one was already bad.
     */
    private static JsonNode document(Field step, JsonNode node, int index, JsonNode previous) {
        JsonNode whole = node.hasNonNull("experiment") ? node.get("experiment") : null;
        JsonNode patch = node.hasNonNull("patch") ? node.get("patch") : null;
        if ((whole == null) == (patch == null)) {
            step.problem("a step needs exactly one of \"experiment\" (a whole experiment) or \"patch\" (changes to"
                    + " the previous step's experiment)");
            return null;
        }
        if (whole != null) {
            return whole;
        }
        if (index == 0) {
            step.get("patch").problem("the first step has nothing to patch: give it a whole \"experiment\"");
            return null;
        }
        if (!patch.isObject()) {
            step.get("patch").isObject();
            return null;
        }
        return previous == null ? null : MergePatch.apply(previous, patch);
    }

    private static Experiment experiment(JsonNode document, boolean whole, int index, List<String> problems) {
        try {
            return ExperimentReader.read(document);
        } catch (InvalidExperimentException e) {
            String where = whole ? "steps[" + index + "].experiment."
                    : "steps[" + index + "].patch, applied to the previous step's experiment, gives ";
            for (String problem : e.problems()) {
                problems.add(where + problem.replaceFirst("^\\(root\\): ", ""));
            }
            return null;
        }
    }

    private static LessonStep step(Field step, Experiment experiment) {
        String title = step.get("title").text();
        List<String> paragraphs = texts(step.get("text"), false);
        String question = step.get("question").text();
        StepControls controls = controls(step.get("controls"));
        Field trainingField = step.get("training");
        StepTraining training = trainingField.isAbsent() ? null : training(trainingField);
        Field goalField = step.get("goal");
        Goal goal = null;
        if (!goalField.isAbsent()) {
            goal = goal(goalField, training, experiment);
            if (trainingField.isAbsent()) {
                goalField.problem("a goal needs \"training\": the epochs and the sentence that tell the student how"
                        + " to reach it");
            }
        }
        boolean complete = title != null && paragraphs != null && question != null && experiment != null
                && controls != null && (trainingField.isAbsent() || training != null);
        if (!complete || (!goalField.isAbsent() && (goal == null || training == null))) {
            return null;
        }
        return new LessonStep(title, paragraphs, question, experiment, controls, training, goal);
    }

    /** A required non-empty array of non-empty strings; {@code distinct}: no string twice. */
    static List<String> texts(Field field, boolean distinct) {
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        if (elements.isEmpty()) {
            field.problem("must hold at least one string");
            return null;
        }
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Field element : elements) {
            String text = element.text();
            if (text != null && distinct && !seen.add(text)) {
                element.problem("\"" + text + "\" is listed twice");
            }
            texts.add(text);
        }
        return texts.contains(null) ? null : texts;
    }

    private static StepControls controls(Field field) {
        if (field.isAbsent()) {
            return StepControls.NONE;
        }
        if (!field.isObject()) {
            return null;
        }
        Set<Control> highlight = controlSet(field.get("highlight"));
        Set<Control> lock = controlSet(field.get("lock"));
        Set<Control> hide = controlSet(field.get("hide"));
        if (highlight == null || lock == null || hide == null) {
            return null;
        }
        for (Control control : highlight) {
            if (hide.contains(control)) {
                field.get("hide").problem("\"" + control.id() + "\" is also highlighted; a hidden control cannot be");
                return null;
            }
        }
        return new StepControls(highlight, lock, hide);
    }

    /** An optional array of control names (absent: none). */
    private static Set<Control> controlSet(Field field) {
        if (field.isAbsent()) {
            return Set.of();
        }
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        Set<Control> controls = EnumSet.noneOf(Control.class);
        boolean complete = true;
        for (Field element : elements) {
            Control control = element.choice("control", Control.class);
            if (control != null && !controls.add(control)) {
                element.problem("control " + control.id() + " is listed twice");
            }
            complete &= control != null;
        }
        return complete ? controls : null;
    }

    private static StepTraining training(Field field) {
        if (!field.isObject()) {
            return null;
        }
        Integer epochs = field.get("epochs").integer(EPOCHS);
        String instruction = field.get("instruction").text();
        return epochs == null || instruction == null ? null : new StepTraining(epochs, instruction);
    }

    private static Goal goal(Field field, StepTraining training, Experiment experiment) {
        if (!field.isObject()) {
            return null;
        }
        Figure figure = field.get("figure").choice("figure", Figure.class);
        Comparison comparison = field.get("comparison").choice("comparison", Comparison.class);
        Double value = field.get("value").number(Bounds.ANY);
        Field afterField = field.get("after");
        Integer after = afterField.isAbsent() ? null : afterField.integer(Bounds.integers(0, MAX_EPOCHS));
        Field withinField = field.get("within");
        Integer within = withinField.isAbsent() ? null : withinField.integer(Bounds.integers(0, MAX_EPOCHS));
        if (figure == null || comparison == null || value == null || (!afterField.isAbsent() && after == null)
                || (!withinField.isAbsent() && within == null)) {
            return null;
        }
        if (figure.isAccuracy() && experiment != null && experiment.problem() == ProblemType.REGRESSION) {
            field.get("figure").problem(figure.id() + " is only reported for classification; this step's"
                    + " experiment is a regression: use a loss");
            return null;
        }
        if (within != null && training != null && within > training.epochs()) {
            withinField.problem("must be at most the step's training.epochs (" + training.epochs() + "), got "
                    + within);
            return null;
        }
        int last = within != null ? within : training != null ? training.epochs() : MAX_EPOCHS;
        if (after != null && after > last) {
            afterField.problem("must be at most " + (within != null ? "within" : "the step's training.epochs") + " ("
                    + last + "), got " + after);
            return null;
        }
        return new Goal(figure, comparison, value, after, within);
    }
}
