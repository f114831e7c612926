package neurallab.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window opens: set explicitly from the screen's visual bounds (the screen less panels
 * and docks). A laptop screen is filled; a large one gets at most 1920 × 1200, centred.
 */
final class WindowPlacement {
    static final double MAX_WIDTH = 1920, MAX_HEIGHT = 1200;

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
