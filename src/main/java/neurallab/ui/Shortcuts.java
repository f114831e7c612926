package neurallab.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The window's keyboard shortcuts, one place for all of them. Plain keys (Space, →, R) act only when no
 * text field has the focus, so typing a learning rate never starts training; Ctrl+Z in a text field is
 * the field's own undo.
 */
final class Shortcuts {
    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    private final FileMenu files;
    private final Runnable insights;

    Shortcuts(PlaygroundViewModel vm, Appearance appearance, FileMenu files, Runnable insights) {
        this.vm = vm;
        this.appearance = appearance;
        this.files = files;
        this.insights = insights;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            boolean handled = e.isShortcutDown() ? withShortcut(e, typing) : !typing && plain(e);
            if (handled) {
                e.consume();
            }
        });
    }

    private boolean withShortcut(KeyEvent e, boolean typing) {
        switch (e.getCode()) {
            case EQUALS, PLUS, ADD -> appearance.zoomIn();
            case MINUS, SUBTRACT -> appearance.zoomOut();
            case DIGIT0, NUMPAD0 -> appearance.resetZoom();
            case S -> files.save(e.isShiftDown());
            case O -> files.open();
            case N -> files.newExperiment();
            case I -> insights.run();
            // Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo
            case Z, Y -> {
                if (typing) {
                    return false;
                }
                if (e.getCode() == KeyCode.Y || e.isShiftDown()) {
                    vm.redo();
                } else {
                    vm.undo();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean plain(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE -> vm.togglePlay();
            case RIGHT -> {
                if (e.isShiftDown()) {
                    vm.stepBatch();
                } else {
                    vm.stepEpoch();
                }
            }
            case R -> vm.reset();
            default -> {
                return false;
            }
        }
        return true;
    }
}
