package neurallab.ui;

import static neurallab.ui.FxWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import neurallab.io.ExperimentJson;
import neurallab.io.LessonJson;
import neurallab.session.Experiment;
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
 * A lesson walked through the real window: opened from a file, next and back, a locked control refusing
 * edits, the goal turning reached while training, and leaving with the user's own experiment back.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private PlaygroundWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("neurallab-lesson-test");
        Experiment mine = Edits.withHidden(Edits.playgroundDefault(), List.of());
        TestWindow shown = TestWindow.show(stage, mine);
        vm = shown.vm();
        window = shown.window();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean open(FxRobot robot, Path file) {
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        return opened[0];
    }

    @Test
    void aLessonIsWalkedThroughAndLeavingGivesTheUsersExperimentBack(FxRobot robot) {
        waitFor("first frame", () -> vm.snapshot().get() != null);
        robot.interact(() -> vm.setLearningRate("0.3"));
        Experiment mine = vm.experiment().get();
        assertTrue(vm.dirty().get());

        assertTrue(open(robot, ExperimentJson.write(dir, "circle-lesson.json", LessonJson.fourSteps())));
        assertEquals("A circle", text(robot, "#lessonTitle"));
        assertEquals("Step 1 of 4", text(robot, "#lessonProgress"));
        assertEquals("Whole experiment", text(robot, "#lessonStepTitle"));
        assertEquals("Second paragraph, w ← w − η·∂L/∂w.",
                ((Label) robot.lookup("#lessonText").queryParent().getChildrenUnmodifiable().get(1)).getText());

        // step 1 locks the data: the tiles refuse a click, the caption tells why
        Node tiles = robot.lookup("#datasetTiles").query();
        assertTrue(tiles.isDisabled(), "the data is locked in this step");
        Experiment step1 = vm.experiment().get();
        robot.clickOn("#dataset-spiral");
        assertEquals(step1, vm.experiment().get(), "a click on a locked data set changes nothing");
        assertEquals("Locked in this step: data", text(robot, "#lessonLocked"));
        assertTrue(robot.lookup("#learningRateField").query().getParent().getStyleClass().contains("lesson-highlight")
                || robot.lookup("#learningRateField").query().getStyleClass().contains("lesson-highlight"),
                "the learning rate is highlighted");

        // the goal: training loss < 0.69, reached while training
        assertEquals("training loss < 0.69", text(robot, "#lessonGoal"));
        robot.clickOn("#playButton");
        waitFor("the goal reached", () -> text(robot, "#lessonGoalState").startsWith("✓ Reached at epoch"));
        robot.clickOn("#playButton");

        robot.clickOn("#lessonNext");
        assertEquals("Step 2 of 4", text(robot, "#lessonProgress"));
        assertEquals(0.5, vm.experiment().get().training().optimizer().learningRate());
        waitFor("the data unlocked", () -> !robot.lookup("#datasetTiles").query().isDisabled());
        assertFalse(robot.lookup("#lessonGoalBox").query().isVisible(), "step 2 has no goal");

        robot.clickOn("#lessonBack");
        assertEquals("Step 1 of 4", text(robot, "#lessonProgress"));
        waitFor("the data locked again", () -> robot.lookup("#datasetTiles").query().isDisabled());

        robot.clickOn("#lessonLeave");
        assertTrue(robot.lookup("#lessonPanel").tryQuery().isEmpty(), "the panel leaves the window");
        assertEquals(mine.withWeights(null), vm.experiment().get().withWeights(null));
        assertTrue(vm.dirty().get(), "the user's unsaved change is still unsaved");
        assertEquals("Undo: learning rate 0.03 → 0.3", vm.undoLabel().get());
        assertFalse(robot.lookup("#datasetTiles").query().isDisabled());
    }

    @Test
    void aBadLessonFileIsRefusedWithTheFileThePlaceAndWhatIsAllowed(FxRobot robot) {
        waitFor("first frame", () -> vm.snapshot().get() != null);
        Experiment mine = vm.experiment().get();
        ObjectNode lesson = LessonJson.fourSteps();
        ((ObjectNode) lesson.get("steps").get(0).get("goal")).put("figure", "happiness");
        Path bad = ExperimentJson.write(dir, "bad-lesson.json", lesson);

        assertFalse(open(robot, bad));
        String notice = text(robot, "#noticeText");
        assertTrue(notice.contains("bad-lesson.json"), notice);
        assertTrue(notice.contains("steps[0].goal.figure"), notice);
        assertTrue(notice.contains("testAccuracy"), "says which figures are allowed: " + notice);
        assertTrue(robot.lookup("#lessonPanel").tryQuery().isEmpty());
        assertEquals(mine, vm.experiment().get(), "the user's experiment is untouched");
    }

    @Test
    void theLessonsMenuStartsABuiltInLesson(FxRobot robot) {
        waitFor("first frame", () -> vm.snapshot().get() != null);
        MenuButton file = robot.lookup("#fileMenu").queryAs(MenuButton.class);
        robot.interact(file::show);
        robot.interact(file::hide);
        Menu lessons = (Menu) file.getItems().stream().filter(i -> "lessonsMenu".equals(i.getId())).findFirst()
                .orElseThrow();
        List<MenuItem> course = lessons.getItems().stream()
                .filter(i -> i.getId() != null && i.getId().startsWith("lesson-")).toList();
        assertEquals(12, course.size(), "the whole built-in course");
        robot.interact(() -> course.get(0).fire());
        assertEquals("The perceptron and linear separability", text(robot, "#lessonTitle"));
        assertEquals("Step 1 of 5", text(robot, "#lessonProgress"));
        waitFor("the layers locked", () -> robot.lookup("#addLayerButton").query().isDisabled());
        assertFalse(robot.lookup("#earlyStoppingCheck").query().isVisible(), "step 1 hides early stopping");
    }
}
