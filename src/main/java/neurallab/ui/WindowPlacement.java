package neurallab.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import neurallab.io.Preferences.WindowBounds;

/**
 * Where the main window opens: set explicitly from the screen's visual bounds (the screen less panels
 * and docks). A laptop screen is filled; a large one gets at most 1920 × 1200, centred. Where the window was
 * last time is kept when it still fits a screen of this desktop.
 */
final class WindowPlacement {
    static final double MAX_WIDTH = 1920, MAX_HEIGHT = 1200;
    /** A remembered window smaller than this (or than the screen) is enlarged. */
    static final double MIN_WIDTH = 640, MIN_HEIGHT = 480;

    private WindowPlacement() {
    }

    /** The window's bounds (decorations included) on a screen with these visual bounds. */
    static Rectangle2D on(Rectangle2D visual) {
        double w = Math.min(visual.getWidth(), MAX_WIDTH);
        double h = Math.min(visual.getHeight(), MAX_HEIGHT);
        return new Rectangle2D(visual.getMinX() + (visual.getWidth() - w) / 2,
                visual.getMinY() + (visual.getHeight() - h) / 2, w, h);
    }

    /**
     * Where the window was last time (stored), moved and shrunk until it lies wholly on the screen it overlaps
     * most; the default placement on the primary screen when it overlaps none (a screen since unplugged).
     */
    static Rectangle2D restore(WindowBounds stored, List<Rectangle2D> screens, Rectangle2D primary) {
        if (stored == null) {
            return on(primary);
        }
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D screen : screens) {
            double w = Math.min(stored.x() + stored.width(), screen.getMaxX()) - Math.max(stored.x(), screen.getMinX());
            double h = Math.min(stored.y() + stored.height(), screen.getMaxY()) - Math.max(stored.y(), screen.getMinY());
            if (w > 0 && h > 0 && w * h > bestArea) {
                best = screen;
                bestArea = w * h;
            }
        }
        if (best == null) {
            return on(primary);
        }
        double w = Math.min(Math.max(stored.width(), MIN_WIDTH), best.getWidth());
        double h = Math.min(Math.max(stored.height(), MIN_HEIGHT), best.getHeight());
        double x = Math.max(best.getMinX(), Math.min(stored.x(), best.getMaxX() - w));
        double y = Math.max(best.getMinY(), Math.min(stored.y(), best.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /**
     * Puts the stage at these bounds before it shows and again once shown: under Openbox (JavaFX 21's GTK
     * glass) a size set before show() is dropped and the window maps at 200 × 200, while one set after
     * is kept.
     */
    static void apply(Stage stage, Rectangle2D bounds) {
        set(stage, bounds);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> set(stage, bounds));
    }

    private static void set(Stage stage, Rectangle2D b) {
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
    }
}
