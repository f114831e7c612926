package neurallab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.BackpropWalkthrough.Step;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One step per click, the steps done above, the drawing lit for the step. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughViewTest {
    private BackpropWalkthrough model;
    private WalkthroughView view;

    @Start
    void start(Stage stage) {
        Network net = new Network(2, List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)));
        net.initialize(new Initializer(InitializerType.XAVIER_UNIFORM), 5);
        model = BackpropWalkthrough.of(net, new double[] {0.3, -0.7}, 1, Loss.BCE,
                OptimizerSettings.defaults(OptimizerType.SGD, 0.1), 0.1);
        view = new WalkthroughView(model);
        stage.setScene(new Scene(view, 1280, 700));
        stage.show();
    }

    @Test
    void nextWalksThroughEveryStepInOrder(FxRobot robot) {
        List<Step> steps = model.steps();
        Label current = robot.lookup("#walkthrough-current").queryAs(Label.class);
        ListView<?> done = robot.lookup("#walkthrough-steps").queryAs(ListView.class);
        Button previous = robot.lookup("#walkthrough-previous").queryAs(Button.class);
        Button next = robot.lookup("#walkthrough-next").queryAs(Button.class);
        assertTrue(previous.isDisabled());
        assertEquals(Texts.get("insight.walkthrough.none"), ((Label) done.getPlaceholder()).getText(),
                "before the first step the list says what will fill it");
        assertTrue(robot.lookup(".list-view .placeholder .label").queryAs(Label.class).isVisible());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            assertEquals(i, view.index());
            assertEquals(s, view.currentStep());
            assertEquals(s.text(), current.getText(), "the formula with the engine's numbers");
            assertEquals(i, done.getItems().size(), "the steps done so far");
            var lit = view.highlighted();
            if (s.layer() >= 0) {
                assertTrue(lit.hasUnit(s.layer() + 1, s.unit()) || lit.hasLink(s.layer(), s.input(), s.unit()),
                        "step " + i + " lights its unit or link");
            }
            if (i < steps.size() - 1) {
                robot.clickOn(next);
            }
        }
        assertTrue(next.isDisabled());
        robot.clickOn(previous);
        assertEquals(steps.size() - 2, view.index());
    }

    @Test
    void arrowKeysStepWhenFocused(FxRobot robot) {
        robot.clickOn("#walkthrough-next");
        robot.type(KeyCode.RIGHT, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, view.index());
        robot.type(KeyCode.LEFT);
        assertEquals(3, view.index());
        assertEquals(model.steps().get(3).text(),
                robot.lookup("#walkthrough-current").queryAs(Label.class).getText());
    }
}
