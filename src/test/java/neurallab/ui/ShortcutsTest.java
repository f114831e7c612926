package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import neurallab.ui.viewmodel.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The one shortcut table: no key does two things, and every row says what it does in both languages. */
@ExtendWith(ApplicationExtension.class) // KeyCombination asks the toolkit which key is the platform's shortcut
class ShortcutsTest {
    private final List<Shortcuts.Shortcut> table =
            new Shortcuts(null, new Appearance(), null, null, null, null).table();

    /** Every key press one of the table's combinations stands for (both states of an ANY modifier). */
    private static List<KeyEvent> pressesOf(KeyCodeCombination k) {
        List<KeyEvent> presses = new ArrayList<>();
        for (boolean shift : states(k.getShift())) {
            for (boolean ctrl : states(k.getShortcut())) {
                presses.add(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", k.getCode(), shift, ctrl, false, false));
            }
        }
        return presses;
    }

    private static List<Boolean> states(KeyCombination.ModifierValue v) {
        return switch (v) {
            case DOWN -> List.of(true);
            case UP -> List.of(false);
            case ANY -> List.of(false, true);
        };
    }

    @Test
    void noKeyPressBelongsToTwoRows() {
        int checked = 0;
        for (Shortcuts.Shortcut row : table) {
            for (KeyCombination k : row.keys()) {
                List<KeyEvent> presses = k instanceof KeyCodeCombination c ? pressesOf(c)
                        : List.of(new KeyEvent(KeyEvent.KEY_TYPED, ((KeyCharacterCombination) k).getCharacter(), "",
                        KeyCode.UNDEFINED, true, false, false, false));
                for (KeyEvent press : presses) {
                    List<String> rows = table.stream()
                            .filter(r -> r.keys().stream().anyMatch(other -> Shortcuts.matches(other, press)))
                            .map(Shortcuts.Shortcut::description).toList();
                    assertEquals(List.of(row.description()), rows, k.getName() + " as " + press);
                    checked++;
                }
            }
        }
        assertTrue(checked > table.size(), "each row's keys were pressed");
    }

    @Test
    void theCheckSeesTwoRowsSharingAKey() {
        // Ctrl+Z with Shift held is redo's, not undo's: a combination that ignored Shift would match both
        KeyEvent ctrlShiftZ = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Z, true, true, false, false);
        KeyCombination anyShiftZ = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
        assertTrue(Shortcuts.matches(anyShiftZ, ctrlShiftZ));
        assertFalse(Shortcuts.matches(row("shortcut.undo").keys().get(0), ctrlShiftZ));
        assertTrue(Shortcuts.matches(row("shortcut.redo").keys().get(0), ctrlShiftZ));
    }

    @Test
    void everyRowIsDescribedInEnglishAndKorean() throws IOException {
        Properties english = load("presenting.properties"), korean = load("presenting_ko.properties");
        List<String> keys = new ArrayList<>();
        table.forEach(r -> keys.add(r.description()));
        List.of("playPause", "stepEpoch", "reset", "present").forEach(k -> keys.add("shortcut." + k + ".short"));
        for (String key : keys) {
            assertFalse(english.getProperty(key, "").isBlank(), "English " + key);
            assertFalse(korean.getProperty(key, "").isBlank(), "Korean " + key);
        }
    }

    @Test
    void theTeachersKeysAreThere() {
        assertEquals("Space", row("shortcut.playPause").keyText());
        assertEquals("→", row("shortcut.stepEpoch").keyText());
        assertEquals("Shift+→", row("shortcut.stepBatch").keyText());
        assertEquals("R", row("shortcut.reset").keyText());
        assertEquals("F5", row("shortcut.present").keyText());
        assertEquals("F1 / ?", row("shortcut.help").keyText());
        assertEquals(KeyCode.PAGE_DOWN, ((KeyCodeCombination) row("shortcut.nextStep").keys().get(0)).getCode());
        assertEquals(KeyCode.PAGE_UP, ((KeyCodeCombination) row("shortcut.previousStep").keys().get(0)).getCode());
    }

    private Shortcuts.Shortcut row(String description) {
        return table.stream().filter(r -> r.description().equals(description)).findFirst().orElseThrow();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Shortcuts.class.getResourceAsStream("/neurallab/ui/text/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
