package neurallab.ui;

import static neurallab.ui.FxWaits.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.session.Experiment;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A refused pick must not stay shown: the control goes back to what the experiment holds (found by the chaos
 * test: early stopping without a validation split, and batch norm with a batch of one, stayed ticked).
 */
@ExtendWith(ApplicationExtension.class)
class RefusedEditsWindowTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        Experiment oneHidden = Edits.withHidden(Edits.playgroundDefault(), List.of(new LayerSpec(4, Activation.TANH)));
        vm = TestWindow.show(stage, oneHidden).vm();
        root = stage.getScene().getRoot();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    @Test
    void earlyStoppingWithoutAValidationSplitIsUntickedAgain() throws Exception {
        CheckBox early = (CheckBox) root.lookup("#earlyStoppingCheck");
        Experiment before = fx(() -> vm.experiment().get());
        fx(() -> {
            early.fire();
            return null;
        });
        assertFalse(fx(early::isSelected), "refused: there is no validation split");
        assertEquals("Early stopping watches the validation loss: set a validation fraction > 0 first",
                fx(() -> vm.notice().get()));
        assertEquals(before, fx(() -> vm.experiment().get()));
    }

    @Test
    void batchNormWithABatchOfOneIsUntickedAgain() throws Exception {
        fx(() -> {
            TextField batch = (TextField) root.lookup("#batchSizeField .text-field");
            batch.setText("1");
            batch.fireEvent(new ActionEvent());
            ((CheckBox) root.lookup("#batchNorm-0")).fire();
            return null;
        });
        assertEquals(1, fx(() -> vm.experiment().get().training().batchSize()));
        assertFalse(fx(() -> ((CheckBox) root.lookup("#batchNorm-0")).isSelected()), "refused: a batch of one");
        assertFalse(fx(() -> vm.experiment().get().layers().get(0).batchNorm()));
    }

    @Test
    void aRegularizationWhoseRateIsInvalidShowsNoneAgain() throws Exception {
        ComboBox<?> kind = (ComboBox<?>) root.lookup("#regularizationCombo");
        fx(() -> {
            TextField rate = (TextField) root.lookup("#regularizationRateField .text-field");
            rate.setText("-1"); // typed, not committed: the combo applies it with the kind
            kind.getSelectionModel().select(1);
            return null;
        });
        assertEquals("none", fx(kind::getValue), "refused: the rate is invalid");
        assertTrue(fx(() -> vm.experiment().get().training().regularization().isNone()));
    }

    @Test
    void theActivationOfNoHiddenLayerShowsNothing() throws Exception {
        ComboBox<?> activation = (ComboBox<?>) root.lookup("#activationCombo");
        fx(() -> {
            vm.removeLayer();
            activation.getSelectionModel().select(0);
            return null;
        });
        assertNull(fx(activation::getValue), "no hidden layer takes the pick");
    }
}
