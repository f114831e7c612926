package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import neurallab.io.AutosaveFiles;
import neurallab.io.ExperimentDocument;

/**
 * Autosave of the open experiment, with its weights, painted points and pinned runs: {@link #DELAY} after the
 * user's last change (each change starts the wait again; training alone starts it only when none is running, so
 * a long run is saved every 30 s), and at exit. The experiment is taken as a value on the FX thread and written
 * on the writer thread, so neither the window nor training waits for the disk. Nothing unsaved (a save, a
 * discard, a clean exit) means no autosave. The value last taken is kept for {@link #saveLatest()}, which a
 * shutdown calls when the FX thread may already be gone.
 */
public final class Autosave {
    public static final Duration DELAY = Duration.ofSeconds(30);

    /** A wait on the FX thread that starts again from zero when restarted. */
    public interface Delay {
        void restart(Runnable action);

        void cancel();

        boolean pending();
    }

    private final PlaygroundViewModel vm;
    private final AutosaveFiles files;
    private final Delay delay;
    private final Executor writer;
    private final Consumer<String> problems;
    /** The experiment as last seen on the FX thread while it had unsaved changes; null when it has none. */
    private volatile Taken latest;

    /** The experiment with what it belongs to, as one value. */
    private record Taken(ExperimentDocument document, Path file, Path folder) {
    }

    /** problems receives what went wrong in the files, on the writer thread. */
    public Autosave(PlaygroundViewModel vm, AutosaveFiles files, Delay delay, Executor writer,
                    Consumer<String> problems) {
        this.vm = vm;
        this.files = files;
        this.delay = delay;
        this.writer = writer;
        this.problems = problems;
        vm.changes().addListener((o, a, b) -> {
            if (vm.dirty().get()) {
                latest = take();
                delay.restart(this::saveNow);
            }
        });
        vm.snapshot().addListener((o, a, s) -> {
            if (vm.dirty().get()) {
                latest = take();
                if (!delay.pending()) {
                    delay.restart(this::saveNow);
                }
            }
        });
        vm.dirty().addListener((o, was, dirty) -> {
            if (!dirty) {
                clear();
            }
        });
    }

    /** On the FX thread: takes the experiment as it is now and hands it to the writer (nothing when saved). */
    public void saveNow() {
        delay.cancel();
        if (!vm.dirty().get()) {
            return;
        }
        latest = take();
        write(latest);
    }

    /** From any thread (a shutdown): writes the experiment as last taken on the FX thread, if it was unsaved. */
    public void saveLatest() {
        Taken t = latest;
        if (t != null) {
            write(t);
        }
    }

    private Taken take() {
        return new Taken(new ExperimentDocument(vm.current(), vm.pinnedRuns().runs()), vm.file().get(),
                vm.dataFolder());
    }

    private void write(Taken t) {
        writer.execute(() -> {
            try {
                files.write(t.document(), t.file(), t.folder());
            } catch (IOException | RuntimeException e) {
                problems.accept(e.getMessage());
            }
        });
    }

    /** Nothing is unsaved any more (saved, discarded, closed cleanly): the autosave goes. */
    public void clear() {
        delay.cancel();
        latest = null;
        writer.execute(() -> {
            try {
                files.remove();
            } catch (IOException e) {
                problems.accept(e.getMessage());
            }
        });
    }
}
