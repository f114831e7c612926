package neurallab.ui;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import neurallab.ui.viewmodel.Autosave;

/** The autosave's wait: a pause on the FX thread, started again from zero by each restart. */
final class FxDelay implements Autosave.Delay {
    private final PauseTransition pause;

    FxDelay(long millis) {
        pause = new PauseTransition(Duration.millis(millis));
    }

    @Override
    public void restart(Runnable action) {
        pause.stop();
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }

    @Override
    public boolean pending() {
        return pause.getStatus() == Animation.Status.RUNNING;
    }
}
