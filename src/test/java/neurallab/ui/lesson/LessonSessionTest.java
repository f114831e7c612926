package neurallab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.engine.LayerParameters;
import neurallab.io.LessonJson;
import neurallab.io.LessonReader;
import neurallab.session.Experiment;
import neurallab.session.lesson.Lesson;
import neurallab.session.live.ManualWorker;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.ExperimentStore;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a lesson in the view-model: steps loaded whole, goals watched, the user's experiment given back exactly. */
class LessonSessionTest {
    @TempDir
    Path dir;

    private final List<ManualWorker> workers = new ArrayList<>();
    private PlaygroundViewModel vm;
    private LessonSession session;
    private Lesson lesson;

    /** Keeps what was saved in memory. */
    private static final class MemoryStore implements ExperimentStore {
        @Override
        public Experiment read(Path file) throws IOException {
            throw new IOException("not used");
        }

        @Override
        public void write(Experiment experiment, Path file) {
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), () -> {
            ManualWorker w = new ManualWorker();
            workers.add(w);
            return w;
        }, new MemoryStore(), new RecentFiles());
        session = new LessonSession(vm);
        lesson = LessonReader.read(LessonJson.fourSteps());
    }

    private void frame() {
        workers.get(workers.size() - 1).tick();
        if (vm.frame()) {
            session.onFrame(vm.snapshot().get());
        }
    }

    @Test
    void stepsLoadWholeWithAnEmptyHistoryAndNavigationStopsAtTheEnds() {
        frame();
        session.start(lesson, dir);
        assertEquals(0, session.index().get());
        assertSame(lesson.steps().get(0), session.step().get());
        assertSame(lesson.steps().get(0).experiment(), vm.experiment().get());
        assertEquals("", vm.undoLabel().get(), "a step starts with nothing to undo");
        assertFalse(session.canGoBack());
        session.back();
        assertEquals(0, session.index().get(), "no step before the first");

        session.next();
        assertEquals(0.5, vm.experiment().get().training().optimizer().learningRate(), "step 2 patches the rate");
        session.next();
        session.next();
        assertEquals(3, session.index().get());
        assertFalse(session.canGoNext());
        session.next();
        assertEquals(3, session.index().get(), "no step after the last");
        session.back();
        assertSame(lesson.steps().get(2), session.step().get());
        assertEquals(8, vm.experiment().get().layers().get(0).units());
    }

    @Test
    void resetThisStepUndoesTheStudentsEditsAndWatchesTheGoalAfresh() {
        frame();
        session.start(lesson, dir);
        vm.setLearningRate("0.01");
        assertEquals("Undo: learning rate 0.3 → 0.01", vm.undoLabel().get());
        session.resetStep();
        assertSame(lesson.steps().get(0).experiment(), vm.experiment().get());
        assertEquals("", vm.undoLabel().get());
        assertEquals(GoalWatch.State.WATCHING, session.goal().get().state());
    }

    @Test
    void theGoalTurnsReachedWhileTraining() {
        frame();
        session.start(lesson, dir); // step 1: training loss < 0.69 on the circle
        vm.play();
        for (int i = 0; i < 200 && !session.goalReached(); i++) {
            frame();
        }
        assertTrue(session.goalReached(), "reached: " + session.goal().get());
        int at = session.goal().get().reachedAt();
        assertTrue(at >= 0 && at <= vm.snapshot().get().epoch(), "reached at an epoch already trained: " + at);
        session.next();
        assertNull(session.goal().get(), "step 2 has no goal");
        assertFalse(session.goalReached());
    }

    @Test
    void leavingBringsBackTheUsersExperimentWeightsFileHistoryAndUnsavedState() {
        vm.play();
        for (int i = 0; i < 5; i++) {
            frame();
        }
        vm.pause();
        frame();
        vm.setLearningRate("0.1");
        assertTrue(vm.saveAs(dir.resolve("mine.json")));
        vm.setLearningRate("0.2");
        frame();
        Experiment mine = vm.experiment().get();
        List<LayerParameters> weights = vm.snapshot().get().weights();
        String undo = vm.undoLabel().get();

        session.start(lesson, dir);
        session.next();
        assertEquals(Texts.get("document.lesson", lesson.title()) + " — NeuralLab", vm.title().get(),
                "the title names the lesson, not 'untitled'");
        vm.play();
        frame();
        session.leave();
        assertEquals("• mine.json — NeuralLab", vm.title().get());

        assertFalse(session.active());
        assertEquals(mine.withWeights(null), vm.experiment().get().withWeights(null));
        assertEquals(dir.resolve("mine.json"), vm.file().get());
        assertTrue(vm.dirty().get(), "the change after saving is still unsaved");
        assertEquals(undo, vm.undoLabel().get(), "the user's undo history is back");
        assertFalse(vm.playing().get());
        frame();
        List<LayerParameters> back = vm.snapshot().get().weights();
        for (int layer = 0; layer < weights.size(); layer++) {
            assertArrayEquals(weights.get(layer).kernel(), back.get(layer).kernel(), "layer " + layer);
        }
        vm.undo();
        assertEquals(0.1, vm.experiment().get().training().optimizer().learningRate(), "undo works on as before");
    }

    @Test
    void theLessonTakesTheShareOfTheCentreAndTheDataGivesWayOnANarrowWindow() {
        double[] wide = LessonDock.withLesson(new double[] {0.2, 0.6}, 0.25, 1400);
        assertArrayEquals(new double[] {0.25, 0.45, 0.45 + 0.4 / 0.8 * 0.55}, wide, 1e-12);
        double[] narrow = LessonDock.withLesson(new double[] {0.2, 0.6}, 0.25, 1000);
        assertEquals(0.25 + 0.15, narrow[1], 1e-12, "the data panel shrinks to 150 px of 1000");
        assertEquals(narrow[1] + 0.5 * 0.6, narrow[2], 1e-12, "network and output share the rest as before (1:1)");
    }
}
