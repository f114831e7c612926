package neurallab.ui;

import static neurallab.ui.FxWaits.fx;
import static neurallab.ui.FxWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 1024-pixel window (a classroom projector's) in Korean, the longer language: the speed choice reads whole and
 * the measured speed beside it gives way; on a wider window both show.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowToolbarTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private Stage stage;

    @Start
    void start(Stage s) {
        Texts.use(Locale.KOREAN);
        stage = s;
        vm = TestWindow.show(s, Edits.playgroundDefault()).vm();
        vm.play();
    }

    @AfterEach
    void stop() {
        vm.close();
        Texts.use(Locale.ENGLISH);
    }

    /** The text the speed box shows, as drawn (a cut text ends in "…"). */
    private String speedShown() {
        ComboBox<?> speed = (ComboBox<?>) stage.getScene().lookup("#speedCombo");
        return ((Text) speed.getButtonCell().lookup(".text")).getText();
    }

    private Label rate() {
        return (Label) stage.getScene().lookup("#epochRate");
    }

    /** Whether the measured speed is drawn: it and every node around it visible. */
    private boolean rateShown() {
        for (Node n = rate(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void widen(double width) throws Exception {
        fx(() -> {
            stage.setWidth(width);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSpeedChoiceReadsWholeAndTheMeasuredSpeedGivesWay() throws Exception {
        waitFor("the measured speed", () -> !rate().getText().isEmpty());
        String full = Texts.get("toolbar.speed.one", 1);

        widen(1280);
        assertEquals(full, fx(this::speedShown));
        assertTrue(fx(this::rateShown), "room for both at 1280 pixels");

        widen(1024);
        assertEquals(full, fx(this::speedShown), "not cut at 1024 pixels");
        assertFalse(fx(this::rateShown), "the measured speed gives way, whole");
    }
}
