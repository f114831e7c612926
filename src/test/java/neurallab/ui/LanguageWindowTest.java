package neurallab.ui;

import static neurallab.ui.FxWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Korean chosen in the menu: the window is built again in Korean on the same view-model, which keeps training. */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private Appearance appearance;
    private Stage stage;

    @Start
    void start(Stage s) throws Exception {
        Texts.use(Locale.ENGLISH);
        stage = s;
        TestWindow shown = TestWindow.show(s, Edits.withHidden(Edits.playgroundDefault(), List.of()));
        vm = shown.vm();
        appearance = shown.appearance();
    }

    @AfterEach
    void stop() {
        vm.close();
        Texts.use(Locale.ENGLISH);
    }

    private String shown(String id) {
        return ((Label) stage.getScene().lookup(id)).getText();
    }

    @Test
    void koreanChosenInTheMenuRebuildsTheWindowInKorean(FxRobot robot) throws Exception {
        waitFor("first frame", () -> vm.snapshot().get() != null);
        assertEquals("0 hidden layers", shown("#layerCount"));
        Scene english = stage.getScene();
        double width = stage.getWidth();
        vm.play();

        robot.clickOn("#fileMenu");
        robot.clickOn("Language");
        robot.clickOn("한국어");

        assertEquals(Locale.KOREAN, appearance.language().locale().get());
        assertNotSame(english, stage.getScene(), "a new scene in the same stage");
        assertEquals(width, stage.getWidth(), "at the same size");
        assertEquals("은닉층 0개", shown("#layerCount"));
        assertEquals("파일", robot.lookup("#fileMenu").queryAs(MenuButton.class).getText());
        assertSame(Locale.KOREAN, Texts.language());
        long epoch = vm.snapshot().get().epoch();
        waitFor("training goes on in the new window", () -> vm.snapshot().get().epoch() > epoch);
        assertEquals("학습률에는 0보다 큰 수만 넣을 수 있습니다", vm.setLearningRate("0"));

        robot.clickOn("#fileMenu");
        robot.clickOn("언어");
        robot.clickOn("English");
        assertEquals("0 hidden layers", shown("#layerCount"));
    }
}
