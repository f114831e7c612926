package neurallab.ui;

import static neurallab.ui.FxWaits.fx;
import static neurallab.ui.FxWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import neurallab.ui.insight.InsightsWindow;
import neurallab.ui.insight.InsightsWindow.Insight;
import neurallab.ui.insight.LossLandscapeView;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Insights window on the real playground, headless, while the largest Playground network trains. */
@ExtendWith(ApplicationExtension.class)
class InsightsWindowTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private PlaygroundWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Texts.use(Locale.ENGLISH); // the test reads the English texts
        TestWindow shown = TestWindow.show(stage, Edits.playgroundDefault());
        vm = shown.vm();
        window = shown.window();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    @Test
    void everyTabIsLiveWhileTheLargestNetworkTrains(FxRobot robot) throws Exception {
        robot.interact(() -> assertTrue(vm.open(Path.of("resources/bench/playground-largest.json"))));
        InsightsWindow insights = window.insights();
        // hidden: the recorders run, no view is built
        robot.interact(vm::play);
        waitFor("a few epochs", 10, () -> vm.snapshot().get() != null && vm.snapshot().get().epoch() > 3);
        for (Tab tab : insights.tabs().getTabs()) {
            assertTrue(((BorderPane) tab.getContent()).getCenter() instanceof Label,
                    tab.getText() + " built while hidden");
        }
        robot.clickOn("#insightsButton");
        waitFor("the insights window", 5, insights::isShowing);
        // on the screen, beside the playground: the right half, the full height
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage s = insights.stage();
        assertTrue(s.getX() >= screen.getMinX() && s.getY() >= screen.getMinY()
                && s.getX() + s.getWidth() <= screen.getMaxX() + 1 && s.getY() + s.getHeight() <= screen.getMaxY() + 1,
                "inside " + screen + ": " + s.getX() + "," + s.getY() + " " + s.getWidth() + "×" + s.getHeight());
        assertTrue(s.getWidth() >= screen.getWidth() / 2 - 1, "at least half the screen: " + s.getWidth());
        assertEquals(screen.getMaxX(), s.getX() + s.getWidth(), 1, "on the right");
        assertEquals(screen.getHeight(), s.getHeight(), 1, "the full height");

        // weights: the range changes between frames
        robot.interact(() -> insights.select(Insight.WEIGHTS));
        double[] before = fx(() -> new double[] {insights.insights().weights().min(0), insights.insights().weights().max(0)});
        waitFor("the weights to change", 10, () -> {
            var w = insights.insights().weights();
            return w.min(0) != before[0] || w.max(0) != before[1];
        });
        // gradient flow: points accumulate, while the weights model (updated for its own tab only) stands still
        robot.interact(() -> insights.select(Insight.GRADIENT_FLOW));
        double[] frozen = fx(() -> new double[] {insights.insights().weights().min(0), insights.insights().weights().max(0)});
        int points = fx(() -> insights.insights().flow().size());
        waitFor("more gradient-flow points", 10, () -> insights.insights().flow().size() > points + 2);
        assertEquals(frozen[0], fx(() -> insights.insights().weights().min(0)), "weights updated while not shown");

        for (Insight i : Insight.values()) {
            robot.interact(() -> insights.select(i));
            Tab tab = insights.tabs().getSelectionModel().getSelectedItem();
            Node content = ((BorderPane) tab.getContent()).getCenter();
            assertTrue(content.isVisible() && content.getScene() != null, i + " content shown");
            if (i != Insight.LR_FINDER && i != Insight.LANDSCAPE) { // these two show a view once computed, below
                robot.interact(() -> assertTrue(content.getLayoutBounds().getWidth() > 600, i + " is large: "
                        + content.getLayoutBounds()));
            }
        }

        // backprop walkthrough: the chosen sample's steps, one per click
        robot.interact(() -> insights.select(Insight.BACKPROP));
        waitFor("the walkthrough", 5, () -> robot.lookup("#walkthrough-position").tryQuery().isPresent()
                && robot.lookup("#walkthrough-position").queryLabeled().getText().matches("step 1 of \\d{3,}"));
        robot.clickOn("#walkthrough-next");
        assertTrue(robot.lookup("#walkthrough-position").queryLabeled().getText().startsWith("step 2 of"));

        // the finder runs in the background and its suggestion sets the learning rate
        robot.interact(() -> insights.select(Insight.LR_FINDER));
        robot.clickOn("#finder-run");
        waitFor("the finder", 30, () -> insights.model().finder().get() != null);
        var result = insights.model().finder().get();
        assertTrue(!result.hasSuggestion() || result.suggestion() >= 1e-6 && result.suggestion() <= 10, "in the sweep");
        if (result.hasSuggestion()) {
            robot.clickOn("#finder-apply");
            double lr = vm.experiment().get().training().optimizer().learningRate();
            assertTrue(robot.lookup("#finder-apply").queryButton().getText().contains(
                    String.format(Locale.ROOT, "%.3g", lr)), "applied " + lr);
        } else {
            assertTrue(robot.lookup("#finder-apply").queryButton().isDisabled(), "nothing to apply");
            assertTrue(insights.model().finderNote().get().startsWith("No suggestion"), insights.model().finderNote().get());
        }

        robot.interact(() -> insights.select(Insight.LANDSCAPE));
        robot.clickOn("#landscape-compute");
        waitFor("the landscape", 20, () -> !robot.lookup("#landscape-compute").queryButton().isDisabled()
                && ((BorderPane) insights.tabs().getSelectionModel().getSelectedItem().getContent()).getCenter()
                instanceof LossLandscapeView);

        // compare: five pins, the sixth refused
        robot.interact(() -> insights.select(Insight.COMPARE));
        for (int k = 0; k < 5; k++) {
            robot.clickOn("#compare-pin");
        }
        assertEquals(5, insights.insights().comparison().size());
        robot.clickOn("#compare-pin");
        assertEquals(5, insights.insights().comparison().size());
        assertTrue(robot.lookup("#compare-note").queryLabeled().getText().contains("5"));

        // Ctrl+I closes it again
        robot.interact(() -> window.showInsights());
        assertTrue(!insights.isShowing());
    }

    @Test
    void pinnedRunsAreSavedWithTheExperimentAndRestoredOnOpen(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("neurallab-pins").resolve("pinned.json");
        robot.interact(() -> assertTrue(vm.open(Path.of("resources/examples/circle.json"))));
        InsightsWindow insights = window.insights();
        robot.interact(vm::play);
        waitFor("a few epochs", 10, () -> vm.snapshot().get() != null && vm.snapshot().get().epoch() > 3);
        robot.clickOn("#insightsButton");
        waitFor("the insights window", 5, insights::isShowing);
        robot.interact(() -> insights.select(Insight.COMPARE));
        robot.clickOn("#compare-pin");
        robot.clickOn("#compare-pin");
        robot.interact(vm::pause);
        var pinned = fx(() -> List.copyOf(vm.pinnedRuns().runs()));
        assertEquals(2, pinned.size());
        assertTrue(vm.dirty().get(), "pinning changes the document");
        robot.interact(() -> assertTrue(vm.saveAs(file)));
        assertTrue(Files.readString(file).contains("\"pinnedRuns\""));

        robot.interact(() -> assertTrue(vm.open(Path.of("resources/examples/circle.json"))));
        assertEquals(0, fx(() -> vm.pinnedRuns().size()), "a file without pins opens with none");
        robot.interact(() -> assertTrue(vm.open(file)));
        var restored = fx(() -> List.copyOf(insights.insights().comparison().runs()));
        assertEquals(2, restored.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(pinned.get(i).label(), restored.get(i).label());
            org.junit.jupiter.api.Assertions.assertArrayEquals(pinned.get(i).losses(), restored.get(i).losses());
            org.junit.jupiter.api.Assertions.assertArrayEquals(pinned.get(i).thumbnail(), restored.get(i).thumbnail());
        }
        robot.interact(() -> assertTrue(!vm.dirty().get(), "just opened"));
    }
}
