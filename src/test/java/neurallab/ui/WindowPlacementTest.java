package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import neurallab.io.Preferences.WindowBounds;
import org.junit.jupiter.api.Test;

/** Where the window opens from where it was last time: never off-screen, whatever was stored. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D LEFT_MONITOR = new Rectangle2D(-1920, -200, 1920, 1160);

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        assertEquals(new Rectangle2D(100, 50, 1000, 600),
                WindowPlacement.restore(new WindowBounds(100, 50, 1000, 600), List.of(LAPTOP), LAPTOP));
        assertEquals(new Rectangle2D(-1800, -100, 1200, 900), WindowPlacement.restore(
                new WindowBounds(-1800, -100, 1200, 900), List.of(LAPTOP, LEFT_MONITOR), LAPTOP), "on the second screen");
    }

    @Test
    void nothingStoredOrAScreenSinceUnpluggedGivesTheDefaultPlacement() {
        assertEquals(WindowPlacement.on(LAPTOP), WindowPlacement.restore(null, List.of(LAPTOP), LAPTOP));
        assertEquals(WindowPlacement.on(LAPTOP),
                WindowPlacement.restore(new WindowBounds(-1800, -100, 1200, 900), List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowPartlyOffTheScreenIsMovedOnAndAWindowTooLargeShrinks() {
        // hanging 300 px off the right edge: moved left until it fits
        assertEquals(new Rectangle2D(366, 40, 1000, 600),
                WindowPlacement.restore(new WindowBounds(666, 40, 1000, 600), List.of(LAPTOP), LAPTOP));
        // from a 1920 × 1200 monitor onto the laptop: the laptop's size
        assertEquals(LAPTOP, WindowPlacement.restore(new WindowBounds(0, 0, 1920, 1200), List.of(LAPTOP), LAPTOP));
        // a sliver of a window is enlarged to something usable
        assertEquals(new Rectangle2D(10, 10, 640, 480),
                WindowPlacement.restore(new WindowBounds(10, 10, 20, 5), List.of(LAPTOP), LAPTOP));
    }

    @Test
    void noStoredBoundsEverLeaveTheWindowOffScreen() {
        List<Rectangle2D> screens = List.of(LAPTOP, LEFT_MONITOR);
        double[] xs = {-5000, -2500, -1920, -100, 0, 700, 1300, 1366, 4000};
        double[] ys = {-3000, -250, -10, 0, 300, 739, 2000};
        double[] sizes = {1, 300, 900, 1500, 5000};
        for (double x : xs) {
            for (double y : ys) {
                for (double w : sizes) {
                    for (double h : sizes) {
                        Rectangle2D r = WindowPlacement.restore(new WindowBounds(x, y, w, h), screens, LAPTOP);
                        assertTrue(screens.stream().anyMatch(s -> s.contains(r)),
                                () -> x + "," + y + " " + w + "×" + h + " → " + r);
                    }
                }
            }
        }
    }
}
