package neurallab.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import neurallab.io.AutosaveFiles;
import neurallab.io.AutosaveFiles.Autosaved;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Autosave;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The autosave at start: a damaged one is set aside and the window says so; one left by a crash or a killed
 * process is offered back, naming when it was saved ("Restore the experiment autosaved today at 14:02?").
 * Then autosave runs for this window ({@link Autosave}).
 */
final class AutosaveRecovery {
    /** Seconds between the last change and the autosave; the crash test shortens it. */
    static final String DELAY_PROPERTY = "neurallab.autosaveSeconds";
    static final String RESTORE_ID = "restoreAutosave", DISCARD_ID = "discardAutosave";

    private final Autosave autosave;
    private final PlaygroundViewModel vm;

    private AutosaveRecovery(Autosave autosave, PlaygroundViewModel vm) {
        this.autosave = autosave;
        this.vm = vm;
    }

    /** Looks for an autosave in folder, offers it back (after this pulse), and starts autosaving into folder. */
    static AutosaveRecovery start(PlaygroundViewModel vm, Path folder, Executor writer, Window owner) {
        AutosaveFiles files = new AutosaveFiles(folder);
        AutosaveFiles.Found found = files.find(LocalDateTime.now());
        if (found.problem() != null) {
            vm.say(Texts.get("files.autosave.setAside", found.problem(),
                    found.setAside() == null ? "-" : found.setAside().getFileName()));
        }
        long seconds = Long.getLong(DELAY_PROPERTY, Autosave.DELAY.toSeconds());
        Autosave autosave = new Autosave(vm, files, new FxDelay(seconds * 1000), writer,
                problem -> Platform.runLater(() -> vm.say(Texts.get("files.autosave.failed", problem))));
        AutosaveRecovery recovery = new AutosaveRecovery(autosave, vm);
        if (found.autosaved() != null) {
            Platform.runLater(() -> recovery.offer(found.autosaved(), owner));
        }
        return recovery;
    }

    /** The window closed normally (saved, discarded or nothing to save): no autosave left behind. */
    void closedCleanly() {
        autosave.clear();
    }

    /**
     * The app is exiting some other way (the session ends, the process is told to stop): saves what is unsaved.
     * Called from the shutdown hook, when the FX thread may be gone already.
     */
    void exiting() {
        autosave.saveLatest();
    }

    private void offer(Autosaved saved, Window owner) {
        ButtonType restore = new ButtonType(Texts.get("files.autosave.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.get("files.autosave.discard"), ButtonBar.ButtonData.NO);
        String belongs = saved.file() == null ? Texts.get("files.autosave.untitled")
                : Texts.get("files.autosave.ofFile", saved.file().getFileName());
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question(saved.savedAt(), ZonedDateTime.now()) + "\n"
                + belongs, restore, discard);
        a.setTitle(Texts.get("files.autosave.title"));
        a.setHeaderText(Texts.get("files.autosave.header"));
        a.getDialogPane().lookupButton(restore).setId(RESTORE_ID);
        a.getDialogPane().lookupButton(discard).setId(DISCARD_ID);
        a.initOwner(owner);
        if (a.showAndWait().orElse(discard) == restore) {
            vm.restore(saved.document(), saved.file(), saved.folder());
            autosave.saveNow(); // at once: a crash right after restoring loses nothing either
        } else {
            autosave.clear();
        }
    }

    /** "Restore the experiment autosaved today at 14:02?" (yesterday, or on a date), in now's time zone. */
    static String question(Instant savedAt, ZonedDateTime now) {
        ZonedDateTime at = savedAt.atZone(now.getZone());
        String time = at.format(DateTimeFormatter.ofPattern("HH:mm"));
        long days = ChronoUnit.DAYS.between(at.toLocalDate(), now.toLocalDate());
        if (days == 0) {
            return Texts.get("files.autosave.today", time);
        }
        return days == 1 ? Texts.get("files.autosave.yesterday", time)
                : Texts.get("files.autosave.on", at.toLocalDate(), time);
    }
}
