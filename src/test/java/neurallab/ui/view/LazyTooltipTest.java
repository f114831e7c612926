package neurallab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips built on the first mouse-over still show on that first hover, with the right text. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    private final StringProperty help = new SimpleStringProperty("The step size");
    private Button button;
    private Pane thumb;
    private Button field;

    @Start
    void start(Stage stage) {
        button = new Button("Play");
        field = new Button("Rate");
        thumb = new Pane();
        thumb.setPrefSize(60, 60);
        LazyTooltip.install(button, "Play / pause training (Space)");
        LazyTooltip.install(thumb, "circle (classification)");
        LazyTooltip.installHelp(field, help);
        stage.setScene(new Scene(new HBox(40, button, thumb, field), 400, 120));
        stage.show();
    }

    @Test
    void aControlGetsItsTooltipOnTheFirstHoverAndShowsIt(FxRobot robot) throws Exception {
        assertNull(button.getTooltip(), "nothing built before the pointer comes");
        robot.moveTo(button).moveBy(2, 1);
        assertEquals("Play / pause training (Space)", button.getTooltip().getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing("Play / pause training (Space)"));
    }

    @Test
    void anyNodeShowsItsTooltip(FxRobot robot) throws Exception {
        robot.moveTo(thumb).moveBy(2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing("circle (classification)"));
    }

    @Test
    void aHelpTooltipWrapsAndFollowsItsText(FxRobot robot) {
        robot.moveTo(field).moveBy(2, 1);
        Tooltip tip = field.getTooltip();
        assertTrue(tip.isWrapText());
        robot.interact(() -> help.set("Must be > 0"));
        assertEquals("Must be > 0", tip.getText());
    }

    /** Whether a tooltip with this text is on screen (read on the FX thread, which owns the window list). */
    private static boolean showing(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().equals(text))).get();
    }
}
