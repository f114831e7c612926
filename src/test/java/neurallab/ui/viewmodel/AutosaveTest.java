package neurallab.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.io.AutosaveFiles;
import neurallab.io.ExperimentDocument;
import neurallab.session.Experiment;
import neurallab.session.insight.RunComparison.PinnedRun;
import neurallab.session.live.ManualWorker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the autosave is written, what it holds, when it goes, and restoring it; files written on the test's thread. */
class AutosaveTest {
    @TempDir
    Path dir;

    private final List<ManualWorker> workers = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final ManualDelay delay = new ManualDelay();
    private AutosaveFiles files;
    private PlaygroundViewModel vm;
    private Autosave autosave;

    /** The wait, run by the test: fire() is the 30 s passing. */
    static final class ManualDelay implements Autosave.Delay {
        Runnable action;
        int restarts;

        @Override
        public void restart(Runnable a) {
            action = a;
            restarts++;
        }

        @Override
        public void cancel() {
            action = null;
        }

        @Override
        public boolean pending() {
            return action != null;
        }

        void fire() {
            Runnable a = action;
            action = null;
            a.run();
        }
    }

    @BeforeEach
    void setUp() {
        files = new AutosaveFiles(dir.resolve("data"));
        vm = newViewModel();
        autosave = new Autosave(vm, files, delay, Runnable::run, problems::add);
    }

    private PlaygroundViewModel newViewModel() {
        PlaygroundViewModel v = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), () -> {
            ManualWorker w = new ManualWorker();
            workers.add(w);
            return w;
        }, new PlaygroundViewModelTest.MemoryStore(), new RecentFiles());
        v.frame();
        return v;
    }

    private void trainOneEpoch() {
        vm.stepEpoch();
        workers.get(workers.size() - 1).tick();
        vm.frame();
    }

    private AutosaveFiles.Autosaved found() {
        AutosaveFiles.Found f = files.find(LocalDateTime.now());
        assertNull(f.problem());
        return f.autosaved();
    }

    @Test
    void eachChangeStartsTheWaitAgainAndTheAutosaveComesWhenItEnds() {
        assertNull(vm.setLearningRate("0.05"));
        assertTrue(delay.pending());
        assertNull(vm.setLearningRate("0.07"));
        assertEquals(2, delay.restarts, "the second change starts the 30 s again");
        assertFalse(Files.exists(files.experimentFile()), "nothing is written before the wait ends");
        delay.fire();
        assertEquals(0.07, found().document().experiment().training().optimizer().learningRate());
        assertEquals(List.of(), problems);
    }

    @Test
    void trainingStartsTheWaitOnlyWhenNoneIsRunning() {
        assertNull(vm.setLearningRate("0.05"));
        trainOneEpoch();
        trainOneEpoch();
        assertEquals(1, delay.restarts, "training does not put off the autosave of an edit");
        delay.fire();
        trainOneEpoch();
        assertEquals(2, delay.restarts, "training after an autosave starts the next wait");
        delay.fire();
        assertArrayEquals(vm.snapshot().get().weights().get(0).kernel()[0],
                found().document().experiment().weights().get(0).kernel()[0], "the weights after three epochs");
    }

    @Test
    void theAutosaveHoldsTheWeightsThePaintedPointsAndThePinnedRuns() {
        vm.paint(1.0, 2.0, 1);
        vm.frame();
        assertNull(vm.setWeight(0, 1, 2, "0.75"));
        workers.get(workers.size() - 1).tick();
        vm.frame();
        vm.pinnedRuns().pin(new PinnedRun("run A", new double[] {0.9, 0.5, 0.25}, 1, new int[] {7}));
        vm.pinsChanged();
        delay.fire();

        ExperimentDocument d = found().document();
        assertEquals(0.75, d.experiment().weights().get(0).kernel()[1][2]);
        DataSource.Inline data = (DataSource.Inline) d.experiment().data();
        assertTrue(data.train().stream().anyMatch(r -> r[0] == 1.0 && r[1] == 2.0 && r[2] == 1.0),
                "the painted point is in the training data");
        assertEquals(1, d.pinnedRuns().size());
        assertEquals("run A", d.pinnedRuns().get(0).label());
        assertArrayEquals(new double[] {0.9, 0.5, 0.25}, d.pinnedRuns().get(0).losses());
    }

    @Test
    void savingOrStartingAnewRemovesTheAutosave() {
        assertNull(vm.setLearningRate("0.05"));
        delay.fire();
        assertTrue(Files.exists(files.experimentFile()));
        assertTrue(vm.saveAs(dir.resolve("saved.json")));
        assertFalse(Files.exists(files.experimentFile()), "saved: nothing is left to restore");
        assertFalse(delay.pending());

        assertNull(vm.setLearningRate("0.07"));
        delay.fire();
        assertTrue(Files.exists(files.experimentFile()));
        vm.newExperiment();
        assertFalse(Files.exists(files.experimentFile()));
    }

    @Test
    void anExperimentWithNothingUnsavedIsNotAutosaved() {
        autosave.saveNow();
        assertFalse(Files.exists(files.experimentFile()));
        assertFalse(delay.pending());
    }

    @Test
    void aShutdownWritesTheExperimentAsLastSeenWithoutTheFxThread() throws Exception {
        assertNull(vm.setLearningRate("0.05"));
        trainOneEpoch();
        Thread shutdown = new Thread(autosave::saveLatest);
        shutdown.start();
        shutdown.join();
        assertEquals(0.05, found().document().experiment().training().optimizer().learningRate());
        assertArrayEquals(vm.snapshot().get().weights().get(0).kernel()[0],
                found().document().experiment().weights().get(0).kernel()[0], "the weights of the last frame");

        autosave.clear();
        autosave.saveLatest();
        assertFalse(Files.exists(files.experimentFile()), "after a clean exit nothing is unsaved");
    }

    @Test
    void aFailedWriteIsReported() throws Exception {
        Files.writeString(dir.resolve("data"), "a file where the folder should be");
        assertNull(vm.setLearningRate("0.05"));
        delay.fire();
        assertEquals(1, problems.size());
    }

    @Test
    void aCleanExitRemovesTheAutosave() {
        assertNull(vm.setLearningRate("0.05"));
        delay.fire();
        autosave.clear();
        assertFalse(Files.exists(files.experimentFile()));
        assertFalse(Files.exists(dir.resolve("data").resolve(AutosaveFiles.INFO)));
    }

    @Test
    void restoringBringsBackTheExperimentItsFileAndItsUnsavedChanges() throws Exception {
        assertNull(vm.setLearningRate("0.05"));
        vm.pinnedRuns().pin(new PinnedRun("run A", new double[] {0.9}, 1, new int[] {7}));
        vm.pinsChanged();
        Path file = dir.resolve("circle.json");
        files.write(new ExperimentDocument(vm.current(), vm.pinnedRuns().runs()), file, dir);
        Experiment saved = vm.current();

        PlaygroundViewModel next = newViewModel();
        AutosaveFiles.Autosaved a = found();
        next.restore(a.document(), a.file(), a.folder());
        assertEquals(saved, next.experiment().get().withWeights(saved.weights()));
        assertEquals(0.05, next.experiment().get().training().optimizer().learningRate());
        assertEquals(file.toAbsolutePath(), next.file().get());
        assertEquals(dir.toAbsolutePath(), next.dataFolder());
        assertTrue(next.dirty().get(), "restored work is unsaved until the user saves it");
        assertEquals("• circle.json — NeuralLab", next.title().get());
        assertEquals(1, next.pinnedRuns().size());
        assertNotNull(a.savedAt());
    }
}
