package neurallab.ui.view;

import javafx.scene.control.MenuButton;

/** The file menu's actions (new, open, save, recent), implemented by the window that owns the stage. */
public interface FileActions {
    void fillMenu(MenuButton menu);

    /** Opens (or closes) the insight views. */
    default void showInsights() {
    }

    /** Enters or leaves presentation mode. */
    default void togglePresentation() {
    }
}
