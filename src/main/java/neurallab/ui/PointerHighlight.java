package neurallab.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * While presenting, holding a mouse button down shows a translucent circle that follows the pointer over the
 * whole window, so the class sees where to look. It only watches the mouse (it consumes nothing and is
 * transparent to clicks), so pressing a control still works; a short click shows nothing.
 */
final class PointerHighlight {
    /** How long the button must be held before the circle shows (a plain click stays a click). */
    static final Duration HOLD = Duration.millis(250);
    static final double RADIUS = 34;

    private final Circle circle = new Circle(RADIUS, Color.rgb(255, 200, 0, 0.35));
    private final PauseTransition hold = new PauseTransition(HOLD);

    private PointerHighlight() {
        circle.setStroke(Color.rgb(230, 120, 0, 0.85));
        circle.setStrokeWidth(3);
        circle.setManaged(false);
        circle.setMouseTransparent(true);
        circle.setId("pointerHighlight");
        circle.setVisible(false);
        hold.setOnFinished(e -> circle.setVisible(true));
    }

    /** Adds the highlight to the window's root, active while {@code presenting}. */
    static void install(StackPane root, ObservableBooleanValue presenting) {
        PointerHighlight h = new PointerHighlight();
        root.getChildren().add(h.circle);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (presenting.get()) {
                h.follow(e);
                h.hold.playFromStart();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (presenting.get()) {
                h.follow(e);
                h.circle.setVisible(true);
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            h.hold.stop();
            h.circle.setVisible(false);
        });
    }

    private void follow(MouseEvent e) {
        circle.setCenterX(e.getSceneX());
        circle.setCenterY(e.getSceneY());
        circle.toFront();
    }
}
