package neurallab.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import neurallab.io.UserDataFolder;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * What NeuralLab keeps in the user data folder ({@link UserDataFolder}): the preferences and the autosave. Files
 * are written on one background thread, in the order asked; at exit the app waits for it to finish. A second window
 * started while one runs leaves the autosave to the first ({@link AutosaveLock}).
 */
final class UserData {
    private static final long EXIT_WAIT_SECONDS = 5;

    private final Path folder;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "neurallab-user-files");
        t.setDaemon(true);
        return t;
    });
    private final UserPreferences preferences;
    private AutosaveRecovery recovery;
    private volatile boolean closed;
    private final AutosaveLock lock = new AutosaveLock(); // held while the app runs

    private UserData(Path folder) {
        this.folder = folder;
        preferences = UserPreferences.load(folder, Path.of(System.getProperty("user.home", ".")), this::write);
        preferences.useLanguage();
    }

    /** The preferences read and the language chosen, before the window is built. */
    static UserData open() {
        return new UserData(UserDataFolder.current());
    }

    UserPreferences preferences() {
        return preferences;
    }

    /** Once the window shows: keeps the preferences, offers an autosave back and starts autosaving. */
    void start(PlaygroundViewModel vm, Appearance appearance, Stage stage) {
        preferences.follow(appearance, vm);
        if (preferences.problem() != null) {
            vm.say(preferences.problem());
        }
        if (!lock.acquire(folder)) {
            vm.say(Texts.get("files.autosave.otherWindow"));
            return;
        }
        recovery = AutosaveRecovery.start(vm, folder, this::write, stage);
        Runtime.getRuntime().addShutdownHook(new Thread(this::exiting, "neurallab-exit"));
    }

    /** The window closed normally: where it was is remembered and no autosave is left. */
    void closed(Stage stage) {
        preferences.windowClosing(stage);
        if (recovery != null) {
            recovery.closedCleanly();
        }
        closed = true;
        finishWrites();
    }

    /** A shutdown without the window closing (logout, a stop signal): the unsaved experiment is saved first. */
    private void exiting() {
        if (!closed && recovery != null) {
            recovery.exiting();
        }
        finishWrites();
    }

    /** Runs task on the writer thread; once the app has finished writing, a late change is not kept. */
    private void write(Runnable task) {
        try {
            writer.execute(task);
        } catch (RejectedExecutionException e) {
            // after exit: nothing more is written
        }
    }

    private void finishWrites() {
        writer.shutdown();
        try {
            writer.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
