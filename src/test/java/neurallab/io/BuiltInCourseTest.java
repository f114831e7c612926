package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import neurallab.data.DataSource;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import org.junit.jupiter.api.Test;

/** The built-in course: twelve readable lessons that together name every concept of a first course. */
class BuiltInCourseTest {
    /** What a first course on deep networks names; each must be a concept of at least one lesson. */
    private static final List<String> FIRST_COURSE = List.of(
            "perceptron", "multilayer perceptron", "forward pass", "softmax", "cross-entropy", "mean squared error",
            "batch gradient descent", "stochastic gradient descent", "mini-batch gradient descent",
            "backpropagation", "chain rule", "learning rate", "learning-rate schedule", "momentum",
            "nesterov momentum", "adagrad", "adadelta", "rmsprop", "adam", "vanishing gradients", "relu",
            "xavier initialization", "he initialization", "overfitting", "l1 regularization", "l2 regularization",
            "dropout", "batch normalization", "early stopping", "train/validation/test split");

    private static List<Lesson> course() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        List<Lesson> lessons = new ArrayList<>();
        for (String file : library.files()) {
            lessons.add(library.read(file));
        }
        return lessons;
    }

    @Test
    void twelveLessonsOfFourToEightStepsInCourseOrder() throws Exception {
        List<Lesson> course = course();
        assertEquals(List.of("The perceptron and linear separability", "Hidden layers as features",
                "Activations and vanishing gradients", "The learning rate",
                "Batch, stochastic and mini-batch gradient descent", "Optimizers", "Initialization",
                "Softmax and cross-entropy", "Overfitting and regularization", "Batch normalization",
                "Regression: fitting a sine wave", "Real data: digits and iris"),
                course.stream().map(Lesson::title).toList());
        for (Lesson lesson : course) {
            int steps = lesson.steps().size();
            assertTrue(steps >= 4 && steps <= 8, lesson.title() + ": " + steps + " steps");
        }
    }

    @Test
    void everyConceptOfAFirstCourseIsTaughtSomewhere() throws Exception {
        Set<String> taught = new HashSet<>();
        course().forEach(lesson -> taught.addAll(lesson.concepts()));
        List<String> missing = FIRST_COURSE.stream().filter(c -> !taught.contains(c)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyGoalHasTrainingAndEveryStepAQuestion() throws Exception {
        for (Lesson lesson : course()) {
            for (LessonStep step : lesson.steps()) {
                assertTrue(!step.hasGoal() || step.training() != null, lesson.title() + " / " + step.title());
                assertTrue(step.question().endsWith("?"), lesson.title() + " / " + step.title());
                assertTrue(step.controls().hide().stream().noneMatch(step.controls().highlight()::contains));
                // built-in lessons are read from the application, where no CSV file sits beside them
                assertFalse(step.experiment().data() instanceof DataSource.Csv, lesson.title() + " / " + step.title());
            }
        }
    }
}
