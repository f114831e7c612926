package neurallab.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small lesson files for tests, on the inline circle of {@link ExperimentJson} (no generator needed). */
public final class LessonJson {
    private LessonJson() {
    }

    /**
     * A valid four-step lesson: step 1 holds the whole experiment (a 2-4-1 network, 20 epochs), steps 2 to
     * 4 patch it (learning rate, hidden units, then nothing); steps 1 and 3 have goals.
     */
    public static ObjectNode fourSteps() {
        ObjectNode lesson = ExperimentJson.MAPPER.createObjectNode();
        lesson.put("format", "neurallab-lesson").put("version", 1).put("title", "A circle")
                .put("summary", "Inside or outside.");
        lesson.putArray("concepts").add("hidden layer").add("learning rate");
        ArrayNode steps = lesson.putArray("steps");
        ObjectNode first = step(steps, "Whole experiment");
        first.set("experiment", ExperimentJson.inlineCircle(4, 0.3, 20));
        first.putObject("controls").putArray("highlight").add("learningRate").add("play");
        ((ObjectNode) first.get("controls")).putArray("lock").add("data");
        training(first, 20);
        goal(first, "trainLoss", "<", 0.69);
        ObjectNode second = step(steps, "Faster");
        second.putObject("patch").putObject("training").putObject("optimizer").put("learningRate", 0.5);
        ObjectNode third = step(steps, "Wider");
        third.putObject("patch").putArray("layers").add(layer(8, "relu")).add(layer(1, "sigmoid"));
        training(third, 10);
        goal(third, "epoch", ">=", 10).put("within", 10);
        step(steps, "Same again").putObject("patch");
        return lesson;
    }

    public static ObjectNode step(ArrayNode steps, String title) {
        ObjectNode step = steps.addObject();
        step.put("title", title);
        step.putArray("text").add("First paragraph.").add("Second paragraph, w ← w − η·∂L/∂w.");
        step.put("question", "Why?");
        return step;
    }

    public static ObjectNode training(ObjectNode step, int epochs) {
        return step.putObject("training").put("epochs", epochs).put("instruction", "Press play.");
    }

    public static ObjectNode goal(ObjectNode step, String figure, String comparison, double value) {
        return step.putObject("goal").put("figure", figure).put("comparison", comparison).put("value", value);
    }

    private static ObjectNode layer(int units, String activation) {
        return ExperimentJson.MAPPER.createObjectNode().put("units", units).put("activation", activation);
    }
}
