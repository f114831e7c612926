package neurallab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.BackpropWalkthrough.Phase;
import neurallab.session.insight.BackpropWalkthrough.Step;
import neurallab.session.insight.FormulaWords;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough in Korean is the English one, symbol for symbol and number for number: only the four words
 * inside formulas (a cut-short sum, a class target, one-hot, an adaptive optimizer's first step) change.
 */
class WalkthroughLanguagesTest {
    private static final List<String> INPUTS = List.of("x1", "x2", "x1²", "x2²", "x1·x2", "sin(x1)", "sin(x2)",
            "a", "b");

    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    // 9 inputs (one more than a sum writes out) → 3 tanh → 3 softmax classes, cross-entropy, Adam
    private static BackpropWalkthrough walk(FormulaWords words) {
        Network net = new Network(9, List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(3, Activation.SOFTMAX)));
        net.initialize(new Initializer(InitializerType.XAVIER_UNIFORM), 7);
        double[] x = IntStream.range(0, 9).mapToDouble(i -> 0.1 * i - 0.35).toArray();
        return BackpropWalkthrough.of(net, x, 2, Loss.CROSS_ENTROPY, OptimizerSettings.defaults(OptimizerType.ADAM, 0.01),
                0.01, INPUTS, words);
    }

    @Test
    void formulasReadTheSameInBothLanguagesWhereTheyArePureMaths() {
        Texts.use(Locale.ENGLISH);
        List<Step> en = walk(InsightTexts.WORDS).steps();
        assertEquals(walk(FormulaWords.ENGLISH).steps(), en, "the window's English words are the headless ones");
        Texts.use(Locale.KOREAN);
        List<Step> ko = walk(InsightTexts.WORDS).steps();
        assertEquals(en.size(), ko.size());
        int pure = 0;
        for (int k = 0; k < en.size(); k++) {
            Step e = en.get(k);
            Step o = ko.get(k);
            assertEquals(e.value(), o.value(), "step " + k + " yields the same number");
            assertEquals(List.of(e.phase(), e.layer(), e.unit(), e.input()), List.of(o.phase(), o.layer(), o.unit(),
                    o.input()), "step " + k + " is the same step");
            // the Korean text is the English one with the formula words translated, nothing else
            String translated = e.text().replace("(1 more)", "(1개 더)").replace("class 2", "클래스 2")
                    .replace("(y one-hot)", "(y는 원-핫)").replace("(adam, first step)", "(adam, 첫 스텝)");
            assertEquals(translated, o.text(), "step " + k);
            if (e.text().equals(translated)) {
                pure++;
            }
        }
        // every activation and gradient is pure maths: the same string
        for (Phase p : List.of(Phase.FORWARD_A, Phase.GRADIENT_W, Phase.GRADIENT_B)) {
            for (int k = 0; k < en.size(); k++) {
                if (en.get(k).phase() == p) {
                    assertEquals(en.get(k).text(), ko.get(k).text(), p + " is pure maths");
                }
            }
        }
        // the same: a of the hidden layer, z and a of the output, the hidden δs, dL/dw and dL/db of both layers;
        // translated: the hidden z (9 > 8 terms), the loss (a class), the output δs (one-hot), every Adam update
        assertEquals(3 + 3 + 3 + 3 + 9 * 3 + 3 + 3 * 3 + 3, pure);
        Step firstZ = en.get(0);
        assertTrue(firstZ.text().contains("\u00b7sin(x2)") && firstZ.text().contains("(1 more)"), firstZ.text());
        assertTrue(ko.get(0).text().contains("(1개 더)"), ko.get(0).text());
        assertNotEquals(en.get(0).text(), ko.get(0).text());
    }
}
