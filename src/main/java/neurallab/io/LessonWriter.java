package neurallab.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import neurallab.session.Experiment;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Goal;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import neurallab.session.lesson.StepControls;

/**
 * Writes a lesson file (docs/file-format.md, "Lessons") that {@link LessonReader} reads back to the same
 * lesson. Every step is written with its whole experiment: a file a teacher built in the window has no
 * patches to keep small, and whole steps can be reordered by hand.
 */
public final class LessonWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LessonWriter() {
    }

    /** Saves the lesson to {@code file}, replacing it atomically. */
    public static void write(Path file, Lesson lesson) throws IOException {
        byte[] text = (JsonLayout.format(toJson(lesson)) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, text);
    }

    /** The lesson's JSON tree. */
    public static ObjectNode toJson(Lesson lesson) {
        ObjectNode root = NODES.objectNode();
        root.put("format", Lesson.FORMAT);
        root.put("version", Lesson.FORMAT_VERSION);
        root.put("title", lesson.title());
        root.put("summary", lesson.summary());
        lesson.concepts().forEach(root.putArray("concepts")::add);
        ArrayNode steps = root.putArray("steps");
        lesson.steps().forEach(step -> steps.add(step(step)));
        return root;
    }

    private static ObjectNode step(LessonStep step) {
        ObjectNode node = NODES.objectNode();
        node.put("title", step.title());
        step.paragraphs().forEach(node.putArray("text")::add);
        node.put("question", step.question());
        node.set("experiment", experiment(step.experiment()));
        if (!step.controls().equals(StepControls.NONE)) {
            ObjectNode controls = node.putObject("controls");
            controls(controls, "highlight", step.controls().highlight());
            controls(controls, "lock", step.controls().lock());
            controls(controls, "hide", step.controls().hide());
        }
        if (step.training() != null) {
            node.putObject("training").put("epochs", step.training().epochs())
                    .put("instruction", step.training().instruction());
        }
        if (step.goal() != null) {
            node.set("goal", goal(step.goal()));
        }
        return node;
    }

    private static ObjectNode experiment(Experiment e) {
        ObjectNode json = ExperimentWriter.toJson(e);
        if (e.weights() != null) {
            json.set("weights", ExperimentWriter.weights(e.weights(), DoubleNode::valueOf));
        }
        return json;
    }

    private static void controls(ObjectNode node, String name, Collection<Control> controls) {
        if (!controls.isEmpty()) {
            ArrayNode array = node.putArray(name);
            controls.stream().sorted(Comparator.naturalOrder()).forEach(c -> array.add(c.id()));
        }
    }

    private static ObjectNode goal(Goal goal) {
        ObjectNode node = NODES.objectNode();
        node.put("figure", goal.figure().id());
        node.put("comparison", goal.comparison().id());
        node.put("value", goal.value());
        if (goal.afterEpochs() != null) {
            node.put("after", goal.afterEpochs());
        }
        if (goal.withinEpochs() != null) {
            node.put("within", goal.withinEpochs());
        }
        return node;
    }
}
