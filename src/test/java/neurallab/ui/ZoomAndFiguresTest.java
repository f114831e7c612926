package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import neurallab.session.live.TrainerWorker;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's scene at a 1366×768 laptop's size: zoom enlarges everything and comes back; the headline
 * figures show whole. Monocle's headless screen is 1280×800 (it is made once per test run), too small to
 * show a 1366-pixel window, so the scene is laid out and rendered by snapshots instead of being shown.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomAndFiguresTest {
    private PlaygroundViewModel vm;
    private Appearance appearance;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("neurallab-zoom-test");
        vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), () -> TrainerWorker.thread("test-trainer"),
                new JsonExperimentStore(), new RecentFiles());
        appearance = new Appearance();
        PlaygroundWindow window = new PlaygroundWindow(vm, appearance);
        scene = window.createScene(1366, 768);
        window.start();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    /** Lays out and renders the scene a few times (the panels' dividers are put back by the layout after a resize). */
    private void settle(FxRobot robot) throws Exception {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.snapshot(null));
        }
    }

    private <T extends Node> T find(String selector) {
        @SuppressWarnings("unchecked")
        T n = (T) scene.lookup(selector);
        return n;
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void zoomEnlargesTheMapsThePlotAndTheLayerControlsAndZoomingBackRestoresTheLayout(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshot().get() != null);
        settle(robot);
        Node neuron = find("#neuron-0-0");
        Node plane = find("#outputPlane");
        Bounds neuronBefore = inScene(neuron), planeBefore = inScene(plane);
        assertTrue(find("#dropout-0").isVisible());
        for (int i = 0; i < 4; i++) {
            robot.interact(appearance::zoomIn);
        }
        assertEquals(1.5, appearance.zoom().get());
        settle(robot);
        assertTrue(inScene(neuron).getWidth() > 1.3 * neuronBefore.getWidth(),
                "the neuron maps grow: " + neuronBefore + " → " + inScene(neuron));
        assertTrue(inScene(plane).getWidth() > 1.3 * planeBefore.getWidth(),
                "the output plot grows: " + planeBefore + " → " + inScene(plane));
        assertTrue(find("#dropout-0").isVisible(), "the dropout field stays");
        assertTrue(find("#batchNorm-0").isVisible(), "the batch-norm box stays");
        for (int i = 0; i < 4; i++) {
            robot.interact(appearance::zoomOut);
        }
        settle(robot);
        assertEquals(neuronBefore, inScene(neuron), "zooming back restores the layout");
        assertEquals(planeBefore, inScene(plane));
    }

    @Test
    void theHeadlineFiguresShowWholeAt150PercentInTheDarkTheme(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshot().get() != null);
        robot.interact(() -> {
            appearance.theme().set(Appearance.Theme.DARK);
            appearance.setZoom(1.5);
        });
        settle(robot);
        // the widest texts they take
        List<String> ids = List.of("#testLossLabel", "#trainLossLabel", "#accuracyLabel");
        List<String> widest = List.of("0.000123", "0.000123", "100.0%");
        for (int i = 0; i < ids.size(); i++) {
            Label l = find(ids.get(i));
            String text = widest.get(i);
            robot.interact(() -> l.setText(text));
        }
        settle(robot);
        for (String id : ids) {
            Label l = find(id);
            // what the label shows is its skin's text node: "100…" when cut
            Text shown = (Text) l.lookup(".text");
            assertEquals(l.getText(), shown.getText(), id + " is shown whole");
        }
    }

    @Test
    void theDigitsConfusionMatrixScrollsAndItsEmptyCellsTakeTheDarkBackground(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshot().get() != null);
        robot.interact(() -> {
            appearance.theme().set(Appearance.Theme.DARK);
            appearance.setZoom(1.5);
            vm.open(Path.of("resources/examples/digits.json"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.snapshot().get() != null
                && vm.snapshot().get().confusion() != null && vm.snapshot().get().confusion().length == 10);
        settle(robot);
        javafx.scene.control.TabPane tabs = find("#metricsTabs");
        robot.interact(() -> tabs.getSelectionModel().select(2)); // at 150 % the tab is scrolled out of view
        settle(robot);
        javafx.scene.layout.GridPane matrix = find("#confusionMatrix");
        Node up = matrix.getParent();
        while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        assertTrue(up != null && ((javafx.scene.control.ScrollPane) up).getContent() == matrix,
                "the matrix sits in its own scroll pane");
        String dark = neurallab.ui.render.ColorScale.css(Appearance.Theme.DARK.background());
        Label zero = matrix.getChildren().stream().map(n -> (Label) n).filter(l -> l.getText().equals("0")
                && l.getStyle().contains("-fx-background-color")).findFirst().orElseThrow();
        assertTrue(zero.getStyle().contains("-fx-background-color: " + dark + ";"), zero.getStyle());
    }
}
