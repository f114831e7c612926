package neurallab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import neurallab.ui.view.ValidatedField;

/**
 * The app in a child JVM for {@link CrashRecoveryTest}, driven through its window: {@code edit} types a learning
 * rate and presses play (the test then kills the process); {@code restore} answers the restore offer with Restore,
 * prints the offer and what the window shows, then closes the window (a clean exit).
 */
public final class CrashRecoveryChild {
    static final String RATE = "0.0123";
    private static final long TIMEOUT_MS = 60_000;

    private CrashRecoveryChild() {
    }

    public static void main(String[] args) {
        Thread driver = new Thread(() -> drive(args[0]), "crash-test-driver");
        driver.setDaemon(true);
        driver.start();
        NeuralLabApp.launchApp(new String[0]);
    }

    private static void drive(String mode) {
        Scene main = await(() -> windowWith("#learningRateField"));
        ValidatedField rate = (ValidatedField) main.lookup("#learningRateField");
        if (mode.equals("edit")) {
            onFx(() -> {
                rate.field().setText(RATE);
                rate.commit();
                ((Button) main.lookup("#playButton")).fire();
                return null;
            });
            System.out.println("EDITED");
            return;
        }
        Scene dialog = await(() -> windowWith("#" + AutosaveRecovery.RESTORE_ID));
        String question = onFx(() -> ((DialogPane) dialog.getRoot()).getContentText());
        onFx(() -> {
            ((Button) dialog.lookup("#" + AutosaveRecovery.RESTORE_ID)).fire();
            return null;
        });
        await(() -> RATE.equals(rate.field().getText()) ? rate : null);
        System.out.println("QUESTION=" + question.lines().findFirst().orElse(""));
        System.out.println("LEARNING_RATE=" + onFx(() -> rate.field().getText()));
        System.out.println("TITLE=" + onFx(() -> ((Stage) main.getWindow()).getTitle()));
        System.out.flush();
        onFx(() -> { // the window closed normally, its changes discarded: the app exits as a user's would
            main.getWindow().hide();
            return null;
        });
    }

    /** The scene of a showing window holding a node with this CSS selector, or null. */
    private static Scene windowWith(String selector) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup(selector) != null) {
                return w.getScene();
            }
        }
        return null;
    }

    /** Polls found on the FX thread until it gives a value; gives up (exit 3) after a minute. */
    private static <T> T await(Supplier<T> found) {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            T value = onFx(found::get);
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                break;
            }
        }
        System.out.println("TIMEOUT");
        System.out.flush();
        Runtime.getRuntime().halt(3);
        return null;
    }

    private static <T> T onFx(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        try {
            Platform.runLater(task);
            return task.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (IllegalStateException e) {
            return null; // the toolkit is not started yet
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
