package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window built again in another language lets go of the one it replaces: nothing long-lived (the view-model,
 * the appearance, the stage) keeps the old views reachable, however often the language changes.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchLeakTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private Appearance appearance;
    private Stage stage;

    @Start
    void start(Stage registered) {
        Texts.use(Locale.ENGLISH);
        // a stage of its own: TestFX keeps every event fired on the stage it was handed (their targets with them)
        stage = new Stage();
        TestWindow shown = TestWindow.show(stage, Edits.withHidden(Edits.playgroundDefault(), List.of()));
        vm = shown.vm();
        appearance = shown.appearance();
    }

    @AfterEach
    void stop() {
        vm.close();
        Texts.use(Locale.ENGLISH);
    }

    private String layerCount() {
        return ((Label) stage.getScene().lookup("#layerCount")).getText();
    }

    /** Chooses a language in the File menu, as the user does. */
    private WeakReference<Parent> switchTo(FxRobot robot, String menu, String language) {
        WeakReference<Parent> before = new WeakReference<>(stage.getScene().getRoot());
        robot.clickOn("#fileMenu");
        robot.clickOn(menu);
        robot.clickOn(language);
        robot.targetWindow(stage); // TestFX aims at the menu's popup it last clicked in, which names its owner
        return before;
    }

    private static void collect(WeakReference<?> reference) throws InterruptedException {
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
    }

    @Test
    void theWindowsThatWereReplacedAreCollected(FxRobot robot) throws Exception {
        vm.play();
        WeakReference<Parent> english = switchTo(robot, "Language", "한국어");
        assertEquals("은닉층 0개", layerCount());
        WeakReference<Parent> korean = switchTo(robot, "언어", "English");
        assertEquals("0 hidden layers", layerCount());

        collect(english);
        collect(korean);
        assertNull(english.get(), "the English window is let go once the Korean one shows");
        assertNull(korean.get(), "and the Korean one once English is back");
    }

    @Test
    void theReplacedWindowNoLongerFollowsTheViewModel(FxRobot robot) {
        Label englishLayers = (Label) stage.getScene().lookup("#layerCount");
        Node englishUndo = stage.getScene().lookup("#undoButton");
        assertTrue(englishUndo.isDisabled(), "nothing to undo yet");
        switchTo(robot, "Language", "한국어");

        robot.interact(vm::addLayer);

        assertEquals("은닉층 1개", layerCount());
        assertEquals("0 hidden layers", englishLayers.getText(), "the old network is not built again");
        assertFalse(stage.getScene().lookup("#undoButton").isDisabled());
        assertTrue(englishUndo.isDisabled(), "the old undo button is no longer bound to the view-model");
    }

    @Test
    void theInsightsWindowShownBeforeIsCollectedToo(FxRobot robot) throws Exception {
        robot.clickOn("#insightsButton");
        WeakReference<Scene> englishInsights = new WeakReference<>(robot.lookup("#insightsRoot").query().getScene());
        WeakReference<Parent> english = new WeakReference<>(stage.getScene().getRoot());

        robot.interact(() -> appearance.language().choose(Locale.KOREAN)); // the insights window covers the menu
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("은닉층 0개", layerCount());
        assertTrue(robot.lookup("#insightsRoot").query().getScene().getWindow().isShowing(), "shown again in Korean");

        collect(english);
        collect(englishInsights);
        assertNull(english.get());
        assertNull(englishInsights.get());
    }
}
