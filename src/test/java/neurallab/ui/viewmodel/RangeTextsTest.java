package neurallab.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurallab.data.GeneratorInfo;
import neurallab.data.Generators;
import neurallab.data.ProblemType;
import neurallab.session.Limits;
import neurallab.session.Range;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window's range messages: in English exactly the session's words, in Korean built from the same bounds. */
class RangeTextsTest {

    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    private static List<Range> everyRange() {
        List<Range> all = new ArrayList<>(Limits.ALL);
        for (GeneratorInfo info : Generators.infos()) {
            all.add(Limits.classes(info));
        }
        return all;
    }

    @Test
    void englishSaysWhatTheSessionSays() {
        Texts.use(Locale.ENGLISH);
        for (Range r : everyRange()) {
            assertEquals(r.name(), RangeTexts.name(r), r.path());
            assertEquals(r.describe(), RangeTexts.describe(r), r.path());
            assertEquals(r.name() + " must be " + r.describe(), RangeTexts.mustBe(r));
        }
    }

    @Test
    void koreanNamesEveryRangeAndKeepsItsNumbers() {
        Texts.use(Locale.KOREAN);
        for (Range r : everyRange()) {
            Texts.in(Locale.KOREAN, RangeTexts.key(r)); // throws when a range has no Korean name
        }
        assertEquals("학습률에는 0보다 큰 수만 넣을 수 있습니다", RangeTexts.mustBe(Limits.LEARNING_RATE));
        assertEquals("층당 뉴런 수에는 1부터 4096까지의 정수만 넣을 수 있습니다", RangeTexts.mustBe(Limits.UNITS));
        assertEquals("[0, 1) 범위의 수", RangeTexts.describe(Limits.DROPOUT));
        assertEquals("0 이상의 수", RangeTexts.describe(Limits.L2));
        assertEquals("배치 크기에는 1부터 2147483647까지의 정수만 넣을 수 있습니다", Validation.batchSize("0").error());
    }

    @Test
    void everyProblemTypeHasANameInBothLanguages() {
        for (ProblemType p : ProblemType.values()) {
            assertEquals(p.id(), Texts.in(Locale.ENGLISH, "problem." + p.id()));
            Texts.in(Locale.KOREAN, "problem." + p.id());
        }
    }
}
