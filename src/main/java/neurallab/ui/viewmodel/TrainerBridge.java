package neurallab.ui.viewmodel;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import neurallab.session.Experiment;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.LiveTrainer;
import neurallab.session.live.Speed;
import neurallab.session.live.TrainerState;
import neurallab.session.live.TrainerWorker;

/**
 * The window's side of the live trainer: the run commands, and once per frame the newest snapshot with
 * what it means for the window (playing, diverged, the banner, a notice).
 */
public final class TrainerBridge implements AutoCloseable {
    private final Supplier<TrainerWorker> workers;
    private Consumer<String> notices = text -> { };
    private LiveTrainer trainer;
    private LiveSnapshot previous; // the snapshot shown before the current one
    private final ReadOnlyObjectWrapper<LiveSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");

    TrainerBridge(Supplier<TrainerWorker> workers) {
        this.workers = workers;
    }

    /** Where the trainer's messages go (a rebuilt network, early stopping). */
    void notices(Consumer<String> sink) {
        notices = sink;
    }

    /** A fresh trainer on this experiment (a new or opened file). */
    void start(Experiment e, Path dir, Speed speed, int gridResolution) {
        if (trainer != null) {
            trainer.close();
        }
        trainer = new LiveTrainer(e, dir, gridResolution, workers.get());
        trainer.setSpeed(speed);
        snapshot.set(null);
        previous = null;
        playing.set(false);
        diverged.set(false);
        banner.set("");
    }

    LiveTrainer trainer() {
        return trainer;
    }

    public ReadOnlyObjectProperty<LiveSnapshot> snapshot() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playing() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty diverged() {
        return diverged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty banner() {
        return banner.getReadOnlyProperty();
    }

    /** Once per frame on the FX thread: takes the newest snapshot (never waits); null if none is new. */
    LiveSnapshot frame() {
        LiveSnapshot s = trainer.take();
        if (s == null || s == snapshot.get()) {
            return null;
        }
        LiveSnapshot before = snapshot.get();
        // the views still draw `before` until this frame's update; its maps go back one frame later (unless a
        // later snapshot carries the same maps: see LiveSnapshot.MAPS_UNSEEN)
        if (previous != null && previous != s && previous.grid() != null && previous.grid() != s.grid()
                && (before == null || previous.grid() != before.grid())) {
            trainer.recycle(previous.grid());
        }
        previous = before;
        snapshot.set(s);
        playing.set(s.state() == TrainerState.PLAYING);
        boolean isDiverged = s.state() == TrainerState.DIVERGED;
        diverged.set(isDiverged);
        banner.set(isDiverged || s.state() == TrainerState.FAILED ? SessionMessages.shown(s.message()) : "");
        if (!isDiverged && s.state() != TrainerState.FAILED && s.message() != null
                && (before == null || !s.message().equals(before.message()))) {
            notices.accept(SessionMessages.shown(s.message()));
        }
        return s;
    }

    void play() {
        if (!diverged.get()) {
            trainer.play();
            playing.set(true);
        }
    }

    void pause() {
        trainer.pause();
        playing.set(false);
    }

    void stepEpoch() {
        playing.set(false);
        trainer.stepEpoch();
    }

    void stepBatch() {
        playing.set(false);
        trainer.stepBatch();
    }

    @Override
    public void close() {
        trainer.close();
    }
}
