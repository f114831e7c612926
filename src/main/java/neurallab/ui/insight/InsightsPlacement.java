package neurallab.ui.insight;

import javafx.geometry.Rectangle2D;

/**
 * Where the insights window goes on a screen's visual bounds (the screen less its panels): on the right, the
 * full height, half the width but never narrower than {@link #MIN_WIDTH} (or the screen), so the playground's
 * left part stays in view beside it; side by side, the playground takes the left half and the insights the right.
 */
final class InsightsPlacement {
    static final double MIN_WIDTH = 760;

    private InsightsPlacement() {
    }

    /** The insights window when it first opens. */
    static Rectangle2D insights(Rectangle2D screen) {
        double w = Math.max(screen.getWidth() / 2, Math.min(screen.getWidth(), MIN_WIDTH));
        return new Rectangle2D(screen.getMaxX() - w, screen.getMinY(), w, screen.getHeight());
    }

    /** Side by side: {playground, insights}, each half the screen. */
    static Rectangle2D[] sideBySide(Rectangle2D screen) {
        double half = Math.floor(screen.getWidth() / 2);
        return new Rectangle2D[] {
            new Rectangle2D(screen.getMinX(), screen.getMinY(), half, screen.getHeight()),
            new Rectangle2D(screen.getMinX() + half, screen.getMinY(), screen.getWidth() - half, screen.getHeight())};
    }
}
