package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import neurallab.io.export.ConfusionMatrixCsv;
import neurallab.io.export.LossHistoryCsv;
import neurallab.io.export.PyTorchExport;
import neurallab.io.export.WeightsJson;
import neurallab.session.Experiment;
import neurallab.session.TrainingRun;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.view.ToolbarView;
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

/** Presentation mode, the shortcut overlay and File > Export through the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class PresentingAndExportsTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private PlaygroundWindow window;
    private Appearance appearance;
    private Stage stage;
    private Path dir;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        dir = Files.createTempDirectory("neurallab-present-test");
        TestWindow shown = TestWindow.show(stage, Edits.playgroundDefault());
        vm = shown.vm();
        window = shown.window();
        appearance = shown.appearance();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    private void loaded() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshot().get() != null
                && vm.snapshot().get().splits() != null);
    }

    @Test
    void f5PresentsAtOneAndAHalfTimesFullScreenAndEscapeGivesTheZoomBack(FxRobot robot) throws Exception {
        loaded();
        robot.interact(appearance::zoomIn);
        assertEquals(1.125, appearance.zoom().get());
        robot.type(KeyCode.F5);
        assertEquals(1.125 * 1.5, appearance.zoom().get(), 1e-12);
        assertTrue(stage.isFullScreen());
        assertTrue(appearance.presenting().get());
        assertEquals(1.5, appearance.lineScale());
        assertEquals("", stage.getFullScreenExitHint()); // JavaFX's hint is replaced by ours
        assertTrue(robot.lookup("#presentHint").tryQuery().isPresent());

        robot.type(KeyCode.ESCAPE);
        assertEquals(1.125, appearance.zoom().get());
        assertFalse(stage.isFullScreen());
        assertFalse(appearance.presenting().get());
        assertEquals(1.0, appearance.lineScale());
    }

    @Test
    void holdingTheButtonWhilePresentingShowsTheHighlightAndClicksStillReachTheControls(FxRobot robot)
            throws Exception {
        loaded();
        robot.clickOn("#presentButton");
        assertTrue(appearance.presenting().get());
        Node highlight = robot.lookup("#pointerHighlight").query();
        robot.moveTo("#outputPlane").press(MouseButton.PRIMARY).moveBy(30, 10);
        assertTrue(highlight.isVisible());
        robot.release(MouseButton.PRIMARY);
        assertFalse(highlight.isVisible());

        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.playing().get(), "the click went through to the play button");
        robot.clickOn("#playButton");
    }

    @Test
    void f1ListsEveryShortcutFromTheTableAndClosesAgain(FxRobot robot) throws Exception {
        loaded();
        robot.type(KeyCode.F1);
        Node overlay = robot.lookup("#shortcutOverlay").query();
        List<String> texts = robot.from(overlay).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("Space"), texts.toString());
        assertTrue(texts.contains("F5"), texts.toString());
        assertTrue(texts.contains("Play / pause training"), texts.toString());
        assertTrue(texts.contains("Ctrl+T"), texts.toString());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#shortcutOverlay").tryQuery().isEmpty());
        assertFalse(appearance.presenting().get(), "Esc closed the list only");
        robot.write('?');
        assertTrue(robot.lookup("#shortcutOverlay").tryQuery().isPresent(), "? opens the list too");
    }

    @Test
    void theCompactToolbarPutsBackOnlyWhatItHidSoWhatALessonHidStaysHidden(FxRobot robot) throws Exception {
        loaded();
        ToolbarView toolbar = robot.lookup(".toolbar").queryAs(ToolbarView.class);
        Node zoomIn = robot.lookup("#zoomInButton").query(), zoomOut = robot.lookup("#zoomOutButton").query();
        Node rate = robot.lookup("#learningRateField").query();
        robot.interact(() -> zoomIn.setVisible(false)); // as a lesson step would
        robot.interact(() -> toolbar.setCompact(true));
        assertFalse(zoomOut.isVisible());
        assertFalse(rate.isVisible() && rate.getParent().isVisible() && toolbar.getChildren().get(1).isVisible(),
                "the settings row gave way");
        robot.interact(() -> toolbar.setCompact(false));
        assertTrue(zoomOut.isVisible());
        assertTrue(toolbar.getChildren().get(1).isVisible());
        assertFalse(zoomIn.isVisible(), "hidden before, hidden after");
    }

    @Test
    void aPanelAtTwiceTheScaleHasTwiceThePixels(FxRobot robot) throws Exception {
        loaded();
        Node network = window.network();
        Path one = dir.resolve("network.png"), two = dir.resolve("network@2x.png");
        robot.interact(() -> {
            try {
                Pictures.write(network, 1, one);
                Pictures.write(network, 2, two);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        Bounds b = network.getLayoutBounds();
        Image small = new Image(one.toUri().toString()), large = new Image(two.toUri().toString());
        assertFalse(large.isError());
        assertEquals(Math.ceil(b.getWidth()), small.getWidth(), 1);
        assertEquals(Math.ceil(2 * b.getWidth()), large.getWidth(), 1);
        assertEquals(Math.ceil(2 * b.getHeight()), large.getHeight(), 1);
        // the picture is the panel: the first pixel is the panel's background, not transparent
        assertEquals(1.0, large.getPixelReader().getColor(2, 2).getOpacity());
    }

    @Test
    void theMenusCsvJsonAndScriptAreWhatTheExportersWrite(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> {
            vm.stepEpoch();
            vm.stepEpoch();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshot().get().epoch() == 2);
        LiveSnapshot s = vm.snapshot().get();
        window.exports().chooseTargetWith(dir::resolve);
        Menu menu = window.exports().menu();
        for (String id : List.of("exportLoss", "exportConfusion", "exportWeights", "exportPyTorch")) {
            MenuItem item = menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            robot.interact(item::fire);
        }
        assertEquals(LossHistoryCsv.csv(s.history()), read("loss-history.csv"));
        assertTrue(read("loss-history.csv").lines().count() >= 3, "a header and a row per epoch");
        assertEquals(ConfusionMatrixCsv.csv(s.confusion(), s.splits().train().classNames()), read("confusion-matrix.csv"));
        assertEquals(WeightsJson.json(s.splits().train().inputNames(), s.experiment().layers(), s.weights()),
                read("weights.json"));
        Experiment e = s.experiment();
        TrainingRun start = TrainingRun.start(e, s.rawSplits());
        String origin = PyTorchExport.weightsOrigin(e, "untitled experiment");
        assertEquals(PyTorchExport.script(e, start.splits(), start.weights(),
                new PyTorchExport.Names("untitled experiment", "model.py", origin)), read("model.py"));
        assertEquals("Exported model.py", vm.notice().get());
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhichFileAndWhy(FxRobot robot) throws Exception {
        loaded();
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where a folder should be");
        window.exports().chooseTargetWith(name -> blocked.resolve(name));
        MenuItem loss = window.exports().menu().getItems().stream().filter(i -> "exportLoss".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(loss::fire);
        assertTrue(vm.notice().get().startsWith("Could not export " + blocked.resolve("loss-history.csv") + ": "),
                vm.notice().get());
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
