package neurallab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens every insight view headless and pokes the interactive ones. */
@ExtendWith(ApplicationExtension.class)
class InsightViewsTest {
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        tabs = InsightFixtures.build();
        stage.setScene(new Scene(tabs, 1280, 800));
        stage.show();
    }

    @Test
    void everyViewOpens(FxRobot robot) {
        assertEquals(9, tabs.getTabs().size());
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            Tab tab = tabs.getTabs().get(i);
            assertNotNull(tab.getContent(), tab.getText());
            assertTrue(tab.getContent().isVisible(), tab.getText());
            assertTrue(tab.getContent().getLayoutBounds().getWidth() > 100, tab.getText() + " is laid out");
        }
    }

    @Test
    void walkthroughListsItsStepsAndTheRaceSteps(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(3));
        Label current = robot.lookup("#walkthrough-current").queryAs(Label.class);
        assertTrue(current.getText().startsWith("z1.1 = "), current.getText());
        robot.interact(() -> tabs.getSelectionModel().select(4));
        robot.clickOn("#race-step");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tabs.getSelectionModel().select(7));
        Label epoch = robot.lookup("#history-epoch").queryAs(Label.class);
        assertTrue(epoch.getText().startsWith("epoch"), epoch.getText());
    }
}
