package neurallab.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import neurallab.ui.text.Texts;

/**
 * Every keyboard shortcut over the window, read from the shortcut table (F1 or ?; Esc, F1 or a click
 * closes it). It is built when shown, so it speaks the language chosen last.
 */
final class ShortcutOverlay {
    private final List<Shortcuts.Shortcut> table;
    private final StackPane layer = new StackPane();
    private StackPane root;

    ShortcutOverlay(List<Shortcuts.Shortcut> table) {
        this.table = table;
        layer.setId("shortcutOverlay");
        layer.getStyleClass().add("shortcut-overlay");
        layer.setOnMouseClicked(e -> hide());
    }

    void install(StackPane root) {
        this.root = root;
    }

    boolean isShowing() {
        return layer.getParent() != null;
    }

    void toggle(boolean presenting) {
        if (!hide()) {
            show(presenting);
        }
    }

    /** Shows the list; presenting, in smaller type than the window's, so that it fits a 1024 × 768 screen. */
    void show(boolean presenting) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(2);
        for (int i = 0; i < table.size(); i++) {
            Shortcuts.Shortcut s = table.get(i);
            Label key = new Label(s.keyText());
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(Texts.get(s.description())));
        }
        Label title = new Label(Texts.get("shortcut.overlay.title"));
        title.getStyleClass().add("section-title");
        Label close = new Label(Texts.get("shortcut.overlay.close"));
        close.getStyleClass().addAll("small", "muted");
        VBox card = new VBox(10, title, grid, close);
        card.getStyleClass().add("shortcut-card");
        if (presenting) {
            card.getStyleClass().add("presenting");
        }
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        layer.getChildren().setAll(card);
        StackPane.setAlignment(card, Pos.CENTER);
        if (!isShowing()) {
            root.getChildren().add(layer);
        }
    }

    /** Hides the overlay; false if it was not showing. */
    boolean hide() {
        if (!isShowing()) {
            return false;
        }
        root.getChildren().remove(layer);
        return true;
    }
}
