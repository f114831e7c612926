package neurallab.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The window's keyboard shortcuts: one table that both dispatches the keys and fills the overlay (F1 or
 * ?), so the two cannot disagree. Keys a text field uses itself (plain keys, Shift+→, undo and redo) act
 * only when no text field has the focus, so typing a learning rate never starts training and Ctrl+Z in a
 * field is the field's own undo.
 */
final class Shortcuts {
    /**
     * One row of the table: its keys (the first is the one the overlay shows), the text key of what it does,
     * whether text fields use these keys themselves, and the action (true if it did something).
     */
    record Shortcut(List<KeyCombination> keys, String description, boolean fieldKeys, BooleanSupplier action) {
        /** What the overlay and the status bar show: the first key ("Ctrl+=", "Space", "→") and any character key. */
        String keyText() {
            StringBuilder text = new StringBuilder(show(keys.get(0)));
            keys.stream().skip(1).filter(k -> k instanceof KeyCharacterCombination)
                    .forEach(k -> text.append(" / ").append(show(k)));
            return text.toString();
        }

        private static String show(KeyCombination k) {
            if (k instanceof KeyCodeCombination c && c.getCode() == KeyCode.RIGHT) {
                return (c.getShift() == KeyCombination.ModifierValue.DOWN ? "Shift+" : "") + "→";
            }
            return k instanceof KeyCharacterCombination c ? c.getCharacter() : k.getDisplayText();
        }
    }

    /** The rows the status bar reminds of. */
    private static final List<String> HINTED = List.of("shortcut.playPause", "shortcut.stepEpoch", "shortcut.reset",
            "shortcut.present");

    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    private final FileMenu files;
    private final Runnable insights;
    private final Presentation presentation;
    private final Runnable exportPicture;
    private final List<Shortcut> table;
    private final ShortcutOverlay overlay;
    /** The lesson panel's next and previous step (PageDown, PageUp); none until a lesson plugs in. */
    private Runnable nextStep, previousStep;

    Shortcuts(PlaygroundViewModel vm, Appearance appearance, FileMenu files, Runnable insights,
              Presentation presentation, Runnable exportPicture) {
        this.vm = vm;
        this.appearance = appearance;
        this.files = files;
        this.insights = insights;
        this.presentation = presentation;
        this.exportPicture = exportPicture;
        this.table = build();
        this.overlay = new ShortcutOverlay(table);
    }

    private List<Shortcut> build() {
        return List.of(
                row("shortcut.playPause", true, () -> vm.togglePlay(), key(KeyCode.SPACE)),
                row("shortcut.stepEpoch", true, () -> vm.stepEpoch(), key(KeyCode.RIGHT)),
                row("shortcut.stepBatch", true, () -> vm.stepBatch(), key(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN)),
                row("shortcut.reset", true, () -> vm.reset(), key(KeyCode.R)),
                new Shortcut(List.of(key(KeyCode.PAGE_DOWN)), "shortcut.nextStep", true, () -> run(nextStep)),
                new Shortcut(List.of(key(KeyCode.PAGE_UP)), "shortcut.previousStep", true, () -> run(previousStep)),
                row("shortcut.undo", true, () -> vm.undo(), ctrl(KeyCode.Z)),
                row("shortcut.redo", true, () -> vm.redo(), ctrl(KeyCode.Z, KeyCombination.SHIFT_DOWN), ctrl(KeyCode.Y)),
                row("shortcut.present", false, () -> presentation.toggle(), key(KeyCode.F5)),
                new Shortcut(List.of(key(KeyCode.ESCAPE)), "shortcut.leave", true,
                        () -> overlay.hide() || presentation.leave()),
                row("shortcut.help", false, () -> overlay.toggle(appearance.presenting().get()), key(KeyCode.F1),
                        new KeyCharacterCombination("?", KeyCombination.SHIFT_ANY)),
                row("shortcut.zoomIn", false, () -> appearance.zoomIn(),
                        ctrl(KeyCode.EQUALS, KeyCombination.SHIFT_ANY), ctrl(KeyCode.PLUS), ctrl(KeyCode.ADD)),
                row("shortcut.zoomOut", false, () -> appearance.zoomOut(), ctrl(KeyCode.MINUS), ctrl(KeyCode.SUBTRACT)),
                row("shortcut.zoomReset", false, () -> appearance.resetZoom(), ctrl(KeyCode.DIGIT0), ctrl(KeyCode.NUMPAD0)),
                row("shortcut.theme", false, () -> appearance.toggleTheme(), ctrl(KeyCode.T)),
                row("shortcut.insights", false, () -> insights.run(), ctrl(KeyCode.I)),
                row("shortcut.exportPicture", false, () -> exportPicture.run(), ctrl(KeyCode.E)),
                row("shortcut.save", false, () -> files.save(false), ctrl(KeyCode.S)),
                row("shortcut.saveAs", false, () -> files.save(true), ctrl(KeyCode.S, KeyCombination.SHIFT_DOWN)),
                row("shortcut.open", false, () -> files.open(), ctrl(KeyCode.O)),
                row("shortcut.new", false, () -> files.newExperiment(), ctrl(KeyCode.N)));
    }

    private static Shortcut row(String description, boolean fieldKeys, Runnable action, KeyCombination... keys) {
        return new Shortcut(List.of(keys), description, fieldKeys, () -> {
            action.run();
            return true;
        });
    }

    private static boolean run(Runnable hook) {
        if (hook == null) {
            return false;
        }
        hook.run();
        return true;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private static KeyCombination ctrl(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(code, all);
    }

    List<Shortcut> table() {
        return table;
    }

    /** Where a lesson panel plugs in its next and previous step (PageDown, PageUp); null unplugs. */
    void setLessonSteps(Runnable next, Runnable previous) {
        nextStep = next;
        previousStep = previous;
    }

    void install(Scene scene, StackPane root) {
        overlay.install(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> dispatch(scene, e));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> dispatch(scene, e));
    }

    private void dispatch(Scene scene, KeyEvent e) {
        boolean typing = scene.getFocusOwner() instanceof TextInputControl;
        for (Shortcut s : table) {
            if (s.keys().stream().anyMatch(k -> matches(k, e)) && !(typing && (s.fieldKeys() || plain(e)))) {
                if (s.action().getAsBoolean()) {
                    e.consume();
                }
                return;
            }
        }
    }

    /** A character key ("?") is matched on the typed character, whatever keys the keyboard types it with. */
    static boolean matches(KeyCombination k, KeyEvent e) {
        if (k instanceof KeyCharacterCombination c) {
            return e.getEventType() == KeyEvent.KEY_TYPED && c.getCharacter().equals(e.getCharacter());
        }
        return e.getEventType() == KeyEvent.KEY_PRESSED && k.match(e);
    }

    // a key that types into a field: no Ctrl, Alt or Meta, and not a function key
    private static boolean plain(KeyEvent e) {
        return !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown() && !e.getCode().isFunctionKey();
    }

    /** The status bar's short reminder: the few keys a teacher uses while talking, then F1 for the rest. */
    String hint() {
        StringBuilder b = new StringBuilder();
        for (Shortcut s : table) {
            if (HINTED.contains(s.description())) {
                b.append(s.keyText()).append(' ').append(Texts.get(s.description() + ".short")).append(" · ");
            }
        }
        return b + Texts.get("shortcut.hint.more");
    }
}
