package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import neurallab.AppInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void versionComesFromThePom() {
        // app.properties is filtered from pom.xml: no "${...}" left, a real version number
        assertTrue(AppInfo.version().matches("\\d+\\.\\d+.*"), AppInfo.version());
        assertEquals("NeuralLab", AppInfo.name());
        assertEquals("neurallab", AppInfo.id());
    }

    @Test
    void showsVersionsAndEveryLicence(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = AboutDialog.create(stage);
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#aboutText").queryAs(TextArea.class).getText();
        assertTrue(text.startsWith(AppInfo.nameAndVersion()), text);
        assertFalse(System.getProperty("javafx.runtime.version", "").isEmpty());
        assertTrue(text.contains("JavaFX: " + System.getProperty("javafx.runtime.version")), text);
        assertTrue(text.contains("Java: " + Runtime.version()), text);
        for (String expected : new String[] {"OpenJFX", "GPL v2 with the Classpath Exception", "Ikonli", "EJML",
                "Jackson", "picocli", "Material Design Icons", "Apache License 2.0", "Digits", "Iris", "CC BY 4.0"}) {
            assertTrue(text.contains(expected), "About mentions " + expected);
        }
        robot.interact(alert[0]::close);
    }
}
