package neurallab.ui;

import static neurallab.ui.FxWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import neurallab.session.Experiment;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Edits typed and clicked in the real window, undone and redone by button, menu and keys; the controls follow. */
@ExtendWith(ApplicationExtension.class)
class UndoRedoWindowTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Experiment noHidden = Edits.withHidden(Edits.playgroundDefault(), List.of());
        TestWindow shown = TestWindow.show(stage, noHidden);
        vm = shown.vm();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    private static String rateShown(FxRobot robot) {
        return robot.lookup("#learningRateField .text-field").queryAs(TextField.class).getText();
    }

    private static String layersShown(FxRobot robot) {
        return robot.lookup("#layerCount").queryAs(Label.class).getText();
    }

    private static String menuItem(FxRobot robot, String id) {
        MenuButton file = robot.lookup("#fileMenu").queryAs(MenuButton.class);
        robot.interact(file::show); // the menu is filled as it opens
        robot.interact(file::hide);
        return file.getItems().stream().filter(i -> id.equals(i.getId())).map(MenuItem::getText).findFirst()
                .orElseThrow();
    }

    @Test
    void typedAndClickedEditsAreUndoneAndRedone(FxRobot robot) throws Exception {
        waitFor("first frame", () -> vm.snapshot().get() != null);
        assertTrue(robot.lookup("#undoButton").queryAs(Button.class).isDisabled(), "nothing to undo yet");
        robot.doubleClickOn("#learningRateField .text-field").eraseText(8).write("0.3").type(KeyCode.ENTER);
        robot.clickOn("#addLayerButton");
        assertEquals("1 hidden layer", layersShown(robot));
        assertEquals("Undo: hidden layer added", vm.undoLabel().get());

        robot.clickOn("#undoButton");
        assertEquals("0 hidden layers", layersShown(robot));
        assertEquals("Undo: learning rate 0.03 → 0.3", menuItem(robot, "undoItem"));
        assertEquals("Redo: hidden layer added", menuItem(robot, "redoItem"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("0.03", rateShown(robot), "the field shows the restored rate");
        assertEquals(0.03, vm.experiment().get().training().optimizer().learningRate());
        assertTrue(robot.lookup("#undoButton").queryAs(Button.class).isDisabled(), "back at the start");
        waitFor("the trainer has the restored rate", () -> vm.snapshot().get().experiment().training().optimizer()
                .learningRate() == 0.03);

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("0.3", rateShown(robot));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("1 hidden layer", layersShown(robot));
        assertTrue(robot.lookup("#redoButton").queryAs(Button.class).isDisabled(), "nothing left to redo");
        waitFor("the rebuilt network", () -> vm.snapshot().get().experiment().layers().size() == 2);
    }
}
