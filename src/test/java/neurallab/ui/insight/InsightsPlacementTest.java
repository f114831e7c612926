package neurallab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The insights window fits every screen from 1024×768 up and leaves the playground in view beside it. */
class InsightsPlacementTest {
    private static void inside(Rectangle2D screen, Rectangle2D r) {
        assertTrue(r.getMinX() >= screen.getMinX() && r.getMinY() >= screen.getMinY()
                && r.getMaxX() <= screen.getMaxX() && r.getMaxY() <= screen.getMaxY(), r + " inside " + screen);
    }

    @Test
    void opensOnTheRightHalfAtFullHeight() {
        // 1366×768 less a 24-pixel panel at the top: was a fixed 1280×800 at y = −11
        Rectangle2D laptop = new Rectangle2D(0, 24, 1366, 744);
        Rectangle2D r = InsightsPlacement.insights(laptop);
        inside(laptop, r);
        assertEquals(new Rectangle2D(606, 24, 760, 744), r, "760 wide: 606 pixels of the playground stay in view");
        Rectangle2D projector = new Rectangle2D(0, 0, 1920, 1080);
        assertEquals(new Rectangle2D(960, 0, 960, 1080), InsightsPlacement.insights(projector), "half of a wide screen");
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 768);
        inside(small, InsightsPlacement.insights(small));
        Rectangle2D tiny = new Rectangle2D(0, 0, 700, 500);
        assertEquals(tiny, InsightsPlacement.insights(tiny), "never wider than the screen");
    }

    @Test
    void sideBySideSplitsTheScreenInTwoHalves() {
        Rectangle2D screen = new Rectangle2D(10, 24, 1366, 744);
        Rectangle2D[] halves = InsightsPlacement.sideBySide(screen);
        assertEquals(new Rectangle2D(10, 24, 683, 744), halves[0]);
        assertEquals(new Rectangle2D(693, 24, 683, 744), halves[1]);
    }
}
