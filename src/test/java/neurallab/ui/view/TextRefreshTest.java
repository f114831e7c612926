package neurallab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextRefreshTest {
    private static final long FRAME = 16_666_667L;

    @Test
    void whilePlayingTextsChangeTenTimesASecondAndAtOnceWhenPaused() {
        TextRefresh r = new TextRefresh();
        int renewed = 0;
        for (int frame = 0; frame < 60; frame++) {
            if (r.due(true, 5_000_000_000L + frame * FRAME)) {
                renewed++;
            }
        }
        assertEquals(10, renewed, "60 frames of play: one new text every 6th frame");
        assertTrue(r.due(false, 5_000_000_000L + 60 * FRAME + 1), "the paused snapshot is shown at once");
        assertTrue(r.due(false, 5_000_000_000L + 60 * FRAME + 2), "and every one after it");
    }
}
