package neurallab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Set;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.Goal;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Goals and controls in the student's words, in both languages, for every figure and control a lesson can name. */
class GoalWordsTest {
    private final Locale before = Texts.language();

    @AfterEach
    void restore() {
        Texts.use(before);
    }

    @Test
    void everyFigureAndControlHasANameInBothLanguages() {
        for (Locale language : Texts.LANGUAGES) {
            Texts.use(language);
            for (Figure f : Figure.values()) {
                assertFalse(GoalWords.figure(f).isBlank(), f + " in " + language);
            }
            for (Control c : Control.values()) {
                assertFalse(GoalWords.control(c).isBlank(), c + " in " + language);
            }
        }
    }

    @Test
    void aGoalReadsAsASentence() {
        Texts.use(Locale.ENGLISH);
        assertEquals("test accuracy ≥ 0.95 within 50 epochs",
                GoalWords.goal(new Goal(Figure.TEST_ACCURACY, Comparison.GREATER_OR_EQUAL, 0.95, null, 50)));
        assertEquals("gap (test loss − training loss) < 0.1 after epoch 300",
                GoalWords.goal(new Goal(Figure.GAP, Comparison.LESS, 0.1, 300, null)));
        assertEquals("✓ Reached at epoch 16", GoalWords.progress(null, new GoalWatch.Progress(GoalWatch.State.REACHED, 16, 0.97)));
        assertEquals("data, layers, learning rate", GoalWords.controls(Set.of(Control.LEARNING_RATE, Control.DATA, Control.LAYERS)));
        Texts.use(Locale.KOREAN);
        assertEquals("테스트 정확도 ≥ 0.95 (50 에폭 이내)",
                GoalWords.goal(new Goal(Figure.TEST_ACCURACY, Comparison.GREATER_OR_EQUAL, 0.95, null, 50)),
                "the epochs set apart from the goal's value");
    }
}
