package neurallab.ui;

import static neurallab.ui.FxWaits.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import neurallab.io.AtomicFiles;
import neurallab.io.ExperimentDocument;
import neurallab.session.Experiment;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files that go wrong, in the real window: a folder, a pipe, a path through a file and a file that fails to
 * read are refused with a notice saying why; a file changed on disk since it was opened is not silently
 * replaced; a full disk says so and leaves the previous file as it was. The experiment shown never changes.
 */
@ExtendWith(ApplicationExtension.class)
class FilesWindowTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private Path dir;
    private final FullDiskStore store = new FullDiskStore();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("neurallab-files-test");
        vm = TestWindow.show(stage, Edits.withHidden(Edits.playgroundDefault(), List.of()), store).vm();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    /** Writes like the app, except that while the disk is "full" a write fails half way with the system's words. */
    private static final class FullDiskStore implements neurallab.ui.viewmodel.ExperimentStore {
        private final JsonExperimentStore real = new JsonExperimentStore();
        private volatile boolean full;

        @Override
        public Experiment read(Path file) throws IOException {
            return real.read(file);
        }

        @Override
        public ExperimentDocument readDocument(Path file) throws IOException {
            return real.readDocument(file);
        }

        @Override
        public void write(Experiment experiment, Path file) throws IOException {
            write(ExperimentDocument.of(experiment), file);
        }

        @Override
        public void write(ExperimentDocument document, Path file) throws IOException {
            if (!full) {
                real.write(document, file);
                return;
            }
            AtomicFiles.write(file, out -> {
                out.write("{\"version\": 1, \"seed\": ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IOException("No space left on device");
            });
        }
    }

    /** An edit, and the trainer's rebuild with its own notice, before the file action under test. */
    private void addLayerAndWait() throws Exception {
        fx(() -> {
            vm.addLayer();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> vm.snapshot().get() != null
                && vm.snapshot().get().experiment().equals(vm.experiment().get())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String noticeShown(FxRobot robot) {
        return robot.lookup("#noticeText").queryAs(Label.class).getText();
    }

    /** Opening `bad` is refused at once with a notice naming the file and why; nothing else changes. */
    private void refusedToOpen(FxRobot robot, Path bad, String why) throws Exception {
        Experiment before = fx(() -> vm.experiment().get());
        String title = fx(() -> vm.title().get());
        assertFalse(fx(() -> vm.open(bad)), "opened " + bad);
        String notice = noticeShown(robot);
        assertTrue(notice.startsWith("Could not open " + bad.getFileName() + ":"), notice);
        assertTrue(notice.contains(why), notice);
        assertEquals(before, fx(() -> vm.experiment().get()), "the experiment stays");
        assertEquals(title, fx(() -> vm.title().get()), "the file and its state stay");
    }

    @Test
    void aFolderAPathThroughAFileAndAPipeAreRefusedWithTheReason(FxRobot robot) throws Exception {
        refusedToOpen(robot, dir, "is a directory, not a file");
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        refusedToOpen(robot, file.resolve("experiment.json"), "Not a directory");
        refusedToOpen(robot, dir.resolve("gone.json"), "no such file");
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        refusedToOpen(robot, fifo, "not a regular file"); // at once: opening a pipe with no writer would wait forever
    }

    @Test
    void aFileThatFailsToReadIsRefusedWithTheSystemsReason(FxRobot robot) throws Exception {
        // as root every permission is granted, so a read error comes from a file that cannot be read at offset 0
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "Linux /proc");
        refusedToOpen(robot, mem, "cannot read the file");
    }

    @Test
    void aFileChangedOnDiskSinceItWasOpenedIsNotReplacedBySave(FxRobot robot) throws Exception {
        Path file = dir.resolve("shared.json");
        assertTrue(fx(() -> vm.saveAs(file)));
        assertTrue(fx(vm::save), "unchanged on disk: saved in place");
        assertTrue(fx(vm::save), "this window's own save is not someone else's change");
        // another window (or a classmate on a shared drive) saves a newer version
        new JsonExperimentStore().write(Edits.playgroundDefault(), file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        byte[] theirs = Files.readAllBytes(file);
        addLayerAndWait();

        assertFalse(fx(vm::save), "Save must not replace a newer file");
        assertArrayEquals(theirs, Files.readAllBytes(file), "the newer file is untouched");
        assertEquals("shared.json was changed on disk since it was opened or saved here, so nothing was written. "
                + "Choose where to save (picking the same file replaces the newer version).", noticeShown(robot));
        assertTrue(fx(() -> vm.dirty().get()), "the changes are still unsaved");
        // choosing the same file in Save as is a decision: it replaces the newer file, and Save works again
        assertTrue(fx(() -> vm.saveAs(file)));
        assertEquals(1, store.read(file).layers().size() - 1, "this window's one hidden layer was written");
        assertTrue(fx(vm::save));
    }

    @Test
    void savingIntoAFolderThatIsGoneNamesIt(FxRobot robot) throws Exception {
        Path gone = dir.resolve("gone");
        assertFalse(fx(() -> vm.saveAs(gone.resolve("experiment.json"))));
        assertEquals("Could not save experiment.json: " + gone.resolve("experiment.json") + ": the folder " + gone
                + " does not exist", noticeShown(robot));
        assertFalse(Files.exists(gone));
    }

    @Test
    void aFullDiskSaysSoAndLeavesThePreviousFileAsItWas(FxRobot robot) throws Exception {
        Path file = dir.resolve("experiment.json");
        assertTrue(fx(() -> vm.saveAs(file)));
        byte[] before = Files.readAllBytes(file);
        addLayerAndWait();
        store.full = true;
        assertFalse(fx(vm::save));
        assertEquals("Could not save experiment.json: No space left on device", noticeShown(robot));
        assertArrayEquals(before, Files.readAllBytes(file), "the previous file is intact");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("experiment.json"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no half-written temporary file is left");
        }
        assertTrue(fx(() -> vm.dirty().get()), "the changes are still unsaved");
        assertTrue(fx(() -> vm.title().get()).startsWith("• experiment.json"), "the title still says so");
        store.full = false; // room again: the same Save works
        assertTrue(fx(vm::save));
        assertEquals(1, fx(() -> store.read(file).layers().size() - 1));
    }
}
