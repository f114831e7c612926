package neurallab.ui;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import neurallab.ui.text.Texts;
import neurallab.ui.view.Subscriptions;
import neurallab.ui.viewmodel.Appearance;

/**
 * Presentation mode (F5, the toolbar's projector button; Esc leaves): full screen, type and lines
 * {@link Appearance#PRESENTING} times larger, and a pointer highlight while a mouse button is held. It shows
 * and hides nothing else, so the controls a lesson step hides stay hidden. JavaFX's own full-screen hint
 * and exit key are replaced by ours, so that leaving always restores the zoom.
 */
final class Presentation {
    /**
     * Below this many lines of text the toolbar's settings row gives way to the panels: presenting, a
     * 1024 × 768 screen holds 36 lines (compact), a 1920 × 1080 one 51 (everything stays).
     */
    static final double COMPACT_LINES = 44;

    private final Appearance appearance;
    private final Subscriptions subscriptions;
    private final StackPane root;
    /** Makes the toolbar compact (true) or not; compact while presenting on a screen under {@link #COMPACT_LINES} lines. */
    private final Consumer<Boolean> compactToolbar;
    private final Label hint = new Label();
    private final PauseTransition hintTime = new PauseTransition(Duration.seconds(4));
    private Stage stage;

    Presentation(Appearance appearance, StackPane root, Consumer<Boolean> compactToolbar, Subscriptions subscriptions) {
        this.appearance = appearance;
        this.subscriptions = subscriptions;
        this.root = root;
        this.compactToolbar = compactToolbar;
        InvalidationListener fit = o -> compactToolbar.accept(appearance.presenting().get()
                && root.getHeight() < COMPACT_LINES * appearance.fontSize());
        subscriptions.listen(appearance.presenting(), fit);
        subscriptions.listen(appearance.zoom(), fit);
        root.heightProperty().addListener(fit);
        hint.setId("presentHint");
        hint.getStyleClass().add("present-hint");
        hint.setMouseTransparent(true);
        StackPane.setAlignment(hint, Pos.TOP_CENTER);
        hintTime.setOnFinished(e -> root.getChildren().remove(hint));
        PointerHighlight.install(root, appearance.presenting());
    }

    /** The stage that goes full screen; leaving full screen by other means leaves presentation mode too. */
    void attach(Stage s) {
        stage = s;
        s.setFullScreenExitHint("");
        s.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        subscriptions.listen(s.fullScreenProperty(), (o, was, full) -> {
            if (!full) {
                leave();
            }
        });
    }

    void toggle() {
        if (!leave()) {
            enter();
        }
    }

    void enter() {
        appearance.setPresenting(true);
        if (stage != null) {
            stage.setFullScreen(true);
        }
        hint.setText(Texts.get("present.hint"));
        if (hint.getParent() == null) {
            root.getChildren().add(hint);
        }
        hintTime.playFromStart();
    }

    /** Leaves presentation mode; false if the window was not presenting. */
    boolean leave() {
        if (!appearance.presenting().get()) {
            return false;
        }
        appearance.setPresenting(false);
        if (stage != null) {
            stage.setFullScreen(false);
        }
        hintTime.stop();
        root.getChildren().remove(hint);
        return true;
    }
}
