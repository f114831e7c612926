package neurallab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.BackpropWalkthrough.Phase;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.RaceSetting;
import neurallab.ui.insight.InsightsWindow.Insight;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The texts named after a session value exist for every value, and the race's bounds read as the race checks. */
class InsightTextsTest {
    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void everyTabSurfaceSettingAndPhaseHasItsTextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Locale language : Texts.LANGUAGES) {
            Texts.use(language);
            for (Insight i : Insight.values()) {
                check(missing, () -> i.title() + i.explanation() + i.placeholder());
            }
            for (LossSurface s : LossSurface.values()) {
                check(missing, () -> InsightTexts.surface(s));
            }
            for (RaceSetting s : RaceSetting.values()) {
                check(missing, () -> InsightTexts.setting(s));
            }
            for (Phase p : Phase.values()) {
                check(missing, () -> InsightTexts.named("insight.walkthrough.phase.", p));
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static void check(List<String> missing, java.util.function.Supplier<String> text) {
        try {
            String t = text.get();
            if (t.isBlank() || t.contains("{")) {
                missing.add(Texts.language() + ": " + t);
            }
        } catch (RuntimeException e) {
            missing.add(Texts.language() + ": " + e.getMessage());
        }
    }

    @Test
    void theFindersCaptionStatesItsRuleWithTheShareTheCodeUses() {
        Texts.use(Locale.ENGLISH);
        assertTrue(Insight.LR_FINDER.explanation().endsWith("when it falls by at least 10%."),
                Insight.LR_FINDER.explanation());
        Texts.use(Locale.KOREAN);
        assertTrue(Insight.LR_FINDER.explanation().contains("10% 이상"), Insight.LR_FINDER.explanation());
    }

    @Test
    void aRaceProblemNamesTheOptimizerTheSettingAndItsBounds() {
        Texts.use(Locale.ENGLISH);
        assertEquals("adam: learning rate must be a number > 0 and ≤ 10",
                InsightTexts.problem(OptimizerType.ADAM, RaceSetting.LEARNING_RATE));
        assertEquals("a number ≥ 0 and < 1", InsightTexts.range(RaceSetting.BETA1));
        Texts.use(Locale.KOREAN);
        String ko = InsightTexts.problem(OptimizerType.ADAM, RaceSetting.LEARNING_RATE);
        assertEquals("adam: 학습률에는 > 0, ≤ 10인 수를 넣으세요", ko);
        assertNotEquals(InsightTexts.range(RaceSetting.EPSILON), InsightTexts.range(RaceSetting.BETA1), "ε ≤ 1, β1 < 1");
    }
}
