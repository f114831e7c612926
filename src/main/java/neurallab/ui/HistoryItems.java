package neurallab.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu's Undo and Redo, named with what they would take back or bring again ("Undo: seed 7 → 8"). */
final class HistoryItems {
    private HistoryItems() {
    }

    static MenuItem undo(PlaygroundViewModel vm) {
        return item(vm.undoLabel(), Texts.get("history.undo"), "mdi-undo", "undoItem", "Shortcut+Z", vm::undo);
    }

    static MenuItem redo(PlaygroundViewModel vm) {
        return item(vm.redoLabel(), Texts.get("history.redo"), "mdi-redo", "redoItem", "Shortcut+Shift+Z", vm::redo);
    }

    private static MenuItem item(ReadOnlyStringProperty label, String none, String icon, String id, String keys,
                                 Runnable action) {
        MenuItem item = new MenuItem(label.get().isEmpty() ? none : label.get(), new FontIcon(icon));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setDisable(label.get().isEmpty());
        item.setOnAction(e -> action.run());
        return item;
    }
}
