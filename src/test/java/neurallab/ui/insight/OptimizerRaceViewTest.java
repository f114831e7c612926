package neurallab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.control.ToggleButton;
import java.util.Locale;
import neurallab.ui.text.Texts;

/** The race view driven through its controls: click to start, surface chooser, learning-rate fields. */
@ExtendWith(ApplicationExtension.class)
class OptimizerRaceViewTest {
    private OptimizerRaceView view;

    @Start
    void start(Stage stage) {
        Texts.use(Locale.ENGLISH); // the test reads the English texts
        view = new OptimizerRaceView(OptimizerRace.allOptimizers(LossSurface.ROSENBROCK));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void clickingThePlotRestartsEveryRacerThere(FxRobot robot) {
        robot.clickOn("#race-step");
        robot.clickOn("#race-step");
        assertEquals(2, view.race().racer(OptimizerType.ADAM).steps());
        Canvas plot = robot.lookup("#race-plot").queryAs(Canvas.class);
        Point2D at = view.toCanvas(0.5, 2.0);
        robot.clickOn(plot.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();
        OptimizerRace race = view.race();
        // a click lands on a whole screen pixel: within one pixel's worth of the surface
        double pixel = (LossSurface.ROSENBROCK.xMax() - LossSurface.ROSENBROCK.xMin()) / 400;
        assertEquals(0.5, race.startX(), pixel);
        assertEquals(2.0, race.startY(), pixel);
        for (OptimizerRace.Racer r : race.racers()) {
            assertEquals(0, r.steps(), r.type().id());
            assertEquals(race.startX(), r.x(), 0.0);
            assertEquals(race.startY(), r.y(), 0.0);
        }
        assertEquals(LossSurface.ROSENBROCK, race.surface());
    }

    @Test
    void playTurnsIntoPauseAndBack(FxRobot robot) {
        ToggleButton play = robot.lookup("#race-play").queryAs(ToggleButton.class);
        assertEquals("Play", play.getText());
        robot.clickOn(play);
        assertEquals("Pause", play.getText());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(play);
        assertEquals("Play", play.getText());
        long steps = view.race().racer(OptimizerType.ADAM).steps();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(steps, view.race().racer(OptimizerType.ADAM).steps(), "paused");
    }

    @Test
    void anotherSurfaceRedrawsAndRestarts(FxRobot robot) {
        robot.clickOn("#race-step");
        int before = view.contourSegments();
        ComboBox<?> chooser = robot.lookup("#race-surface").queryAs(ComboBox.class);
        assertEquals(6, chooser.getItems().size());
        robot.interact(() -> view.setSurface(LossSurface.SEVERAL_MINIMA));
        OptimizerRace race = view.race();
        assertEquals(LossSurface.SEVERAL_MINIMA, race.surface());
        assertEquals(LossSurface.SEVERAL_MINIMA, chooser.getValue());
        assertNotEquals(before, view.contourSegments());
        assertEquals(LossSurface.SEVERAL_MINIMA.startX(), race.startX());
        assertTrue(race.racers().stream().allMatch(r -> r.steps() == 0));
        Label title = robot.lookup("#insight-title").queryAs(Label.class);
        assertTrue(title.getText().contains("Himmelblau"), title.getText());
        // and through the chooser itself
        robot.interact(() -> ((ComboBox<LossSurface>) (ComboBox<?>) chooser).setValue(LossSurface.SADDLE));
        assertEquals(LossSurface.SADDLE, view.race().surface());
    }

    @Test
    void aLearningRateEditReachesTheRacer(FxRobot robot) {
        TextField adam = robot.lookup("#race-lr-adam").queryAs(TextField.class);
        robot.doubleClickOn(adam).eraseText(adam.getText().length() + 2).write("12").type(KeyCode.ENTER);
        Label message = robot.lookup("#race-message").queryAs(Label.class);
        assertTrue(message.getText().contains("> 0 and ≤ 10"), message.getText());
        assertEquals(0.05, view.race().racer(OptimizerType.ADAM).settings().learningRate());
        robot.eraseText(2).write("0.2").type(KeyCode.ENTER);
        assertEquals(0.2, view.race().racer(OptimizerType.ADAM).settings().learningRate());
        assertEquals("", message.getText());

        robot.clickOn("#race-settings-adam");
        TextField beta1 = robot.lookup("#race-setting-beta1").queryAs(TextField.class);
        robot.doubleClickOn(beta1).eraseText(beta1.getText().length() + 2).write("0.5").type(KeyCode.ENTER);
        assertEquals(0.5, view.race().racer(OptimizerType.ADAM).settings().beta1());

        robot.clickOn("#race-include-sgd");
        assertTrue(!view.race().racer(OptimizerType.SGD).included());
    }
}
