package neurallab.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurallab.data.DataSource;
import neurallab.session.Experiment;
import neurallab.session.live.ManualWorker;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo and redo through the view-model: every edit is a step, training is not, the trainer follows. */
class UndoTest {
    @TempDir
    Path dir;

    private final List<ManualWorker> workers = new ArrayList<>();
    private final PlaygroundViewModelTest.MemoryStore store = new PlaygroundViewModelTest.MemoryStore();
    private PlaygroundViewModel vm;

    @BeforeEach
    void setUp() {
        vm = PlaygroundViewModelTest.manual(workers, store);
    }

    private double rate() {
        return vm.experiment().get().training().optimizer().learningRate();
    }

    @Test
    void anEditIsUndoneAndRedoneByName() {
        assertEquals("", vm.undoLabel().get());
        assertNull(vm.setLearningRate("0.3"));
        assertEquals("Undo: learning rate 0.03 → 0.3", vm.undoLabel().get());
        vm.undo();
        assertEquals(0.03, rate());
        assertEquals("Redo: learning rate 0.03 → 0.3", vm.redoLabel().get());
        assertEquals("", vm.undoLabel().get());
        vm.frame();
        assertEquals(0.03, vm.snapshot().get().experiment().training().optimizer().learningRate(),
                "the trainer has the restored experiment");
        vm.redo();
        assertEquals(0.3, rate());
        assertEquals("", vm.redoLabel().get());
    }

    @Test
    void labelsMadeInEnglishReadInKoreanAfterASwitchAndBack() {
        Locale before = Texts.language();
        try {
            Texts.use(Locale.ENGLISH);
            vm.setRegularization("L2", "0.001");
            vm.setRegularization("none", "0");
            vm.setLearningRate("0.3");
            vm.undo();

            Texts.use(Locale.KOREAN);
            vm.textsChanged();
            String none = Texts.get("edit.regularization", Texts.get("regularization.none"));
            String rate = Texts.get("range.name.training.optimizer.learningRate") + " 0.03 → 0.3";
            assertEquals("규제 없음", none);
            assertEquals("학습률 0.03 → 0.3", rate);
            assertEquals(Texts.get("history.undoing", none), vm.undoLabel().get());
            assertEquals(Texts.get("history.redoing", rate), vm.redoLabel().get());

            Texts.use(Locale.ENGLISH);
            vm.textsChanged();
            assertEquals("Undo: regularization none", vm.undoLabel().get());
            assertEquals("Redo: learning rate 0.03 → 0.3", vm.redoLabel().get());
        } finally {
            Texts.use(before);
        }
    }

    @Test
    void aNewEditClearsRedo() {
        vm.setLearningRate("0.3");
        vm.undo();
        vm.setBatchSize("20");
        assertEquals("", vm.redoLabel().get());
        assertEquals("Undo: batch size 10 → 20", vm.undoLabel().get());
    }

    @Test
    void trainingIsNotAnEdit() {
        vm.stepEpoch();
        vm.frame();
        vm.reset();
        vm.frame();
        assertEquals("", vm.undoLabel().get());
    }

    @Test
    void aRefusedValueIsNoStep() {
        assertTrue(vm.setLearningRate("-1") != null);
        assertEquals("", vm.undoLabel().get());
    }

    @Test
    void undoingAStructuralEditRebuildsTheOldNetwork() {
        List<Integer> before = vm.experiment().get().layers().stream().map(l -> l.units()).toList();
        vm.addLayer();
        vm.frame();
        long rebuilt = vm.snapshot().get().generation();
        vm.undo();
        vm.frame();
        assertEquals(before, vm.snapshot().get().experiment().layers().stream().map(l -> l.units()).toList());
        assertEquals(rebuilt + 1, vm.snapshot().get().generation());
    }

    @Test
    void onePaintingStrokeIsOneStepAndUndoneForGood() {
        vm.paint(1, 1, 1);
        vm.frame();
        vm.paint(2, 2, 1);
        vm.frame();
        vm.endStroke();
        vm.paint(3, 3, 0);
        vm.frame();
        vm.endStroke();
        int all = ((DataSource.Inline) vm.experiment().get().data()).train().size();
        vm.undo();
        vm.frame();
        assertEquals(all - 1, ((DataSource.Inline) vm.experiment().get().data()).train().size());
        vm.undo();
        assertTrue(vm.experiment().get().data() instanceof DataSource.Generator, "the first stroke took both points");
        vm.frame();
        vm.paint(4, 4, 0);
        int after = ((DataSource.Inline) vm.experiment().get().data()).train().size();
        assertEquals(all - 2, after, "points undone stay gone when painting goes on");
    }

    @Test
    void newDataAfterOpeningAFileStartsAnUntitledExperiment() {
        Path file = dir.resolve("circle.json");
        assertTrue(vm.saveAs(file));
        assertTrue(vm.open(file));
        assertEquals(file, vm.file().get());
        vm.selectBuiltin("iris");
        assertNull(vm.file().get());
        assertTrue(vm.title().get().contains("untitled"), vm.title().get());
        assertFalse(vm.save(), "Ctrl+S asks for a new name instead of overwriting circle.json");
        Experiment written = store.written;
        assertTrue(written.data() instanceof DataSource.Generator, "the opened file keeps its data");
    }

    @Test
    void openingAFileStartsANewHistory() {
        vm.setLearningRate("0.3");
        Path file = dir.resolve("a.json");
        vm.saveAs(file);
        vm.open(file);
        assertEquals("", vm.undoLabel().get());
    }
}
