package neurallab.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerType;
import neurallab.session.Experiment;
import neurallab.session.Limits;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.ManualWorker;
import neurallab.session.live.TrainerState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command and rule of the playground's view-model, with the trainer run on the test's thread. */
class PlaygroundViewModelTest {
    @TempDir
    Path dir;

    private final List<ManualWorker> workers = new ArrayList<>();
    private final MemoryStore store = new MemoryStore();
    private PlaygroundViewModel vm;

    static final class MemoryStore implements ExperimentStore {
        Experiment written;
        boolean fail;

        @Override
        public Experiment read(Path file) throws IOException {
            if (written == null) {
                throw new IOException("no such file");
            }
            return written;
        }

        @Override
        public void write(Experiment experiment, Path file) throws IOException {
            if (fail) {
                throw new IOException("disk full");
            }
            written = experiment;
        }
    }

    @BeforeEach
    void setUp() {
        vm = manual(workers, store);
    }

    /** The default experiment on trainers driven by hand (each new trainer's worker is added to workers), first frame taken. */
    static PlaygroundViewModel manual(List<ManualWorker> workers, ExperimentStore store) {
        PlaygroundViewModel vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), () -> {
            ManualWorker w = new ManualWorker();
            workers.add(w);
            return w;
        }, store, new RecentFiles());
        vm.frame();
        return vm;
    }

    private ManualWorker worker() {
        return workers.get(workers.size() - 1);
    }

    /** One frame: the trainer works, the window takes the snapshot. */
    private LiveSnapshot frame() {
        worker().tick();
        vm.frame();
        return vm.snapshot().get();
    }

    @Test
    void startsPausedAtEpochZeroAndClean() {
        LiveSnapshot s = vm.snapshot().get();
        assertEquals(0, s.epoch());
        assertFalse(vm.playing().get());
        assertFalse(vm.dirty().get());
        assertEquals(PlaygroundViewModel.CloseDecision.CLOSE, vm.closeRequested());
        assertEquals("untitled — NeuralLab", vm.title().get());
    }

    @Test
    void playTrainsEachFrameAndPauseStops() {
        vm.play();
        assertTrue(vm.playing().get());
        vm.frame(); // the window shows the "playing" snapshot; from now on one epoch per frame
        frame();
        frame();
        assertEquals(2, vm.snapshot().get().epoch());
        vm.pause();
        frame();
        frame();
        assertEquals(2, vm.snapshot().get().epoch());
        assertFalse(vm.playing().get());
        vm.togglePlay();
        assertTrue(vm.playing().get());
    }

    @Test
    void stepTrainsOneEpochAndStepBatchOneMiniBatch() {
        vm.stepEpoch();
        vm.frame();
        assertEquals(1, vm.snapshot().get().epoch());
        long steps = vm.snapshot().get().steps();
        assertEquals(25, steps, "250 training points in batches of 10");
        vm.stepBatch();
        vm.frame();
        assertEquals(1, vm.snapshot().get().epoch());
        assertEquals(26, vm.snapshot().get().steps());
    }

    @Test
    void resetGivesTheSameInitialWeightsFromTheSeed() {
        double[] initial = vm.snapshot().get().weights().get(0).kernel()[0].clone();
        vm.stepEpoch();
        vm.frame();
        assertNotEquals(initial[0], vm.snapshot().get().weights().get(0).kernel()[0][0]);
        vm.reset();
        vm.frame();
        assertEquals(0, vm.snapshot().get().epoch());
        assertArrayEquals(initial, vm.snapshot().get().weights().get(0).kernel()[0]);
    }

    @Test
    void hyperparameterChangeKeepsTrainingWithoutReset() {
        vm.stepEpoch();
        vm.frame();
        LiveSnapshot before = vm.snapshot().get();
        assertNull(vm.setLearningRate("0.3"));
        vm.setOptimizer(OptimizerType.ADAM);
        assertNull(vm.setBatchSize("25"));
        assertNull(vm.setRegularization("L2", "0.001"));
        vm.frame();
        LiveSnapshot after = vm.snapshot().get();
        assertEquals(before.generation(), after.generation(), "no rebuild");
        assertEquals(1, after.epoch());
        assertArrayEquals(before.weights().get(0).kernel()[0], after.weights().get(0).kernel()[0]);
        assertEquals(0.3, after.experiment().training().optimizer().learningRate());
        assertEquals(OptimizerType.ADAM, after.experiment().training().optimizer().type());
        assertEquals(25, after.experiment().training().batchSize());
        assertEquals(0.001, after.experiment().training().regularization().l2());
        vm.stepEpoch();
        vm.frame();
        assertEquals(2, vm.snapshot().get().epoch());
        // a new optimizer type starts with fresh state, its step count too: 250 / 25 = 10 steps
        assertEquals(10, vm.snapshot().get().steps(), "the new batch size is used");
        assertTrue(vm.dirty().get());
    }

    @Test
    void architectureChangeRebuildsAndSaysSo() {
        vm.stepEpoch();
        vm.frame();
        long generation = vm.snapshot().get().generation();
        vm.addNeuron(0);
        vm.frame();
        LiveSnapshot s = vm.snapshot().get();
        assertEquals(generation + 1, s.generation());
        assertEquals(0, s.epoch());
        assertEquals(5, s.experiment().layers().get(0).units());
        assertTrue(vm.notice().get().contains("rebuilt"), vm.notice().get());
        vm.addLayer();
        vm.frame();
        assertEquals(4, vm.snapshot().get().experiment().layers().size());
        vm.removeLayer();
        vm.removeLayer();
        vm.removeLayer();
        vm.frame();
        assertEquals(1, vm.snapshot().get().experiment().layers().size(), "just the output layer");
        vm.removeLayer();
        assertEquals(1, vm.experiment().get().layers().size());
    }

    @Test
    void limitsOfTheTableAreRefusedWithANotice() {
        int max = (int) Limits.HIDDEN_LAYERS.upper();
        for (int i = 0; i < max + 2; i++) {
            vm.addLayer();
        }
        assertEquals(max, Edits.hidden(vm.experiment().get()).size());
        assertTrue(vm.notice().get().contains("hidden layers must be an integer from 0 to " + max), vm.notice().get());
        for (int i = 0; i < 5; i++) {
            vm.removeNeuron(1);
        }
        assertEquals(1, Edits.hidden(vm.experiment().get()).get(1).units());
        assertTrue(vm.notice().get().contains("from 1 to 4096"), vm.notice().get());
    }

    @Test
    void activationAndFeatureChangesRebuild() {
        vm.setLayerActivation(0, Activation.RELU);
        vm.frame();
        assertEquals(Activation.RELU, vm.snapshot().get().activations().get(0));
        vm.toggleFeature(Feature.X1_SQUARED);
        vm.frame();
        assertEquals(List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED), vm.snapshot().get().experiment().features());
        assertEquals(3, vm.snapshot().get().weights().get(0).kernel().length);
        vm.toggleFeature(Feature.X1);
        vm.toggleFeature(Feature.X2);
        vm.toggleFeature(Feature.X1_SQUARED);
        assertEquals(List.of(Feature.X1_SQUARED), vm.experiment().get().features());
        assertTrue(vm.notice().get().contains("At least one"));
    }

    @Test
    void lossPicksTheMatchingOutputLayer() {
        vm.setLoss(Loss.CROSS_ENTROPY);
        LayerSpec out = Edits.output(vm.experiment().get());
        assertEquals(2, out.units());
        assertEquals(Activation.SOFTMAX, out.activation());
        vm.setProblem(ProblemType.REGRESSION);
        assertEquals(Loss.MSE, vm.experiment().get().training().loss());
        assertEquals(Activation.LINEAR, Edits.output(vm.experiment().get()).activation());
        vm.frame();
        assertEquals(TrainerState.PAUSED, vm.snapshot().get().state());
    }

    @Test
    void divergencePausesWithABannerAndLowerRateRecovers() {
        vm.setProblem(ProblemType.REGRESSION);
        vm.setLayerActivation(0, Activation.RELU);
        vm.setLearningRate("10");
        vm.play();
        for (int i = 0; i < 60 && !vm.diverged().get(); i++) {
            frame();
        }
        assertTrue(vm.diverged().get());
        assertFalse(vm.playing().get());
        assertTrue(vm.banner().get().contains("diverged"), vm.banner().get());
        assertTrue(vm.banner().get().contains("learning rate"), vm.banner().get());
        vm.play();
        assertFalse(vm.playing().get(), "play is refused while diverged");
        vm.lowerLearningRate();
        vm.frame();
        assertEquals(1.0, vm.experiment().get().training().optimizer().learningRate(), 1e-12);
        assertFalse(vm.diverged().get());
        assertEquals("", vm.banner().get());
    }

    @Test
    void fieldsRefuseBadValuesWithWhatIsAllowed() {
        double lr = vm.experiment().get().training().optimizer().learningRate();
        assertEquals("learning rate must be a finite number > 0", vm.setLearningRate("fast"));
        assertEquals("learning rate must be a finite number > 0", vm.setLearningRate("0"));
        assertEquals("learning rate must be a finite number > 0", vm.setLearningRate("1e400"));
        assertEquals(lr, vm.experiment().get().training().optimizer().learningRate());
        assertEquals("batch size must be an integer from 1 to 2147483647", vm.setBatchSize("0"));
        assertEquals("batch size must be an integer from 1 to 2147483647", vm.setBatchSize("2.5"));
        assertEquals("seed must be a whole number (e.g. 7)", vm.setSeed("seven"));
        assertTrue(vm.setDropout(0, "1").startsWith("dropout must be"));
        assertTrue(vm.setNoise("2").startsWith("noise must be"));
        assertTrue(vm.setSamples("5").contains("from 10 to 10000"));
        assertTrue(vm.setTestFraction("1.5").startsWith("test fraction must be"));
        assertTrue(vm.setRegularization("L1", "-1").startsWith("regularization rate must be"));
        assertTrue(vm.setWeight(0, 0, 0, "NaN").startsWith("value must be"));
        assertFalse(vm.dirty().get(), "nothing was applied");
        assertNull(vm.setLearningRate("1e-5"));
        assertEquals(1e-5, vm.experiment().get().training().optimizer().learningRate());
    }

    @Test
    void validationFractionsMustLeaveTrainingPoints() {
        assertNull(vm.setValidationFraction("0.3"));
        assertTrue(vm.setTestFraction("0.7").contains("must be < 1"));
        vm.frame();
        assertEquals(0.3, ((DataSource.Generator) vm.snapshot().get().experiment().data()).validationFraction());
        assertTrue(vm.snapshot().get().splits().validation().size() > 0);
    }

    @Test
    void unsavedChangesAskBeforeClosing() {
        assertEquals(PlaygroundViewModel.CloseDecision.CLOSE, vm.closeRequested());
        vm.stepEpoch();
        vm.frame();
        assertTrue(vm.dirty().get(), "training changed the weights");
        assertEquals(PlaygroundViewModel.CloseDecision.ASK, vm.closeRequested());
        assertTrue(vm.title().get().startsWith("• "));
        assertFalse(vm.resolveClose(PlaygroundViewModel.CloseAnswer.CANCEL, null));
        assertFalse(vm.resolveClose(PlaygroundViewModel.CloseAnswer.SAVE, null), "save cancelled in the chooser");
        store.fail = true;
        assertFalse(vm.resolveClose(PlaygroundViewModel.CloseAnswer.SAVE, dir.resolve("a.json")));
        assertTrue(vm.notice().get().contains("disk full"));
        assertTrue(vm.dirty().get());
        store.fail = false;
        assertTrue(vm.resolveClose(PlaygroundViewModel.CloseAnswer.SAVE, dir.resolve("a.json")));
        assertFalse(vm.dirty().get());
        assertEquals(PlaygroundViewModel.CloseDecision.CLOSE, vm.closeRequested());
        assertEquals(vm.experiment().get().layers().size(), store.written.weights().size(), "saved with the weights");
        assertArrayEquals(vm.snapshot().get().weights().get(0).kernel()[0], store.written.weights().get(0).kernel()[0]);
        assertTrue(vm.resolveClose(PlaygroundViewModel.CloseAnswer.DISCARD, null));
    }

    @Test
    void saveThenOpenRestoresTheExperimentAndRecentFiles() {
        vm.setLearningRate("0.1");
        vm.stepEpoch();
        vm.frame();
        Path file = dir.resolve("exp.json");
        assertTrue(vm.saveAs(file));
        assertEquals("exp.json — NeuralLab", vm.title().get());
        assertEquals(file.toAbsolutePath().normalize(), vm.recent().list().get(0));
        vm.newExperiment();
        vm.frame();
        assertEquals(0.03, vm.experiment().get().training().optimizer().learningRate());
        assertTrue(vm.open(file));
        vm.frame();
        assertEquals(0.1, vm.experiment().get().training().optimizer().learningRate());
        assertArrayEquals(store.written.weights().get(0).kernel()[0], vm.snapshot().get().weights().get(0).kernel()[0]);
        assertFalse(vm.dirty().get());
    }

    @Test
    void paintingAddsAPointAndKeepsTheWeights() {
        double[] before = vm.snapshot().get().weights().get(0).kernel()[0].clone();
        int points = vm.snapshot().get().splits().train().size();
        vm.paint(1.0, 2.0, 1);
        vm.frame();
        LiveSnapshot s = vm.snapshot().get();
        assertTrue(s.experiment().data() instanceof DataSource.Inline);
        assertEquals(points + 1, s.splits().train().size());
        assertArrayEquals(before, s.weights().get(0).kernel()[0]);
        vm.erase(1.0, 2.0, 0.1);
        vm.frame();
        assertEquals(points, vm.snapshot().get().splits().train().size());
    }

    @Test
    void weightAndBiasEditsReachTheNetwork() {
        assertNull(vm.setWeight(0, 1, 2, "0.75"));
        assertNull(vm.setBias(2, 0, "-1.5"));
        vm.frame();
        assertEquals(0.75, vm.snapshot().get().weights().get(0).kernel()[1][2]);
        assertEquals(-1.5, vm.snapshot().get().weights().get(2).bias()[0]);
        assertTrue(vm.dirty().get());
    }

    @Test
    void builtinDataHasNoPlane() {
        vm.selectBuiltin("iris");
        vm.frame();
        LiveSnapshot s = vm.snapshot().get();
        assertEquals(TrainerState.PAUSED, s.state(), String.valueOf(s.message()));
        assertFalse(vm.planar().get());
        assertNull(s.grid());
        assertEquals(3, s.confusion().length);
        assertEquals(Activation.SOFTMAX, s.activations().get(s.activations().size() - 1));
    }

    @Test
    void dataWithoutAValidationSplitTurnsEarlyStoppingOffInsteadOfFailing() {
        // found by the chaos test: early stopping stayed on after the validation split went, and the trainer failed
        assertNull(vm.setValidationFraction("0.3"));
        vm.setEarlyStopping(true);
        assertNotNull(vm.experiment().get().training().earlyStopping());
        assertNull(vm.setValidationFraction("0"));
        assertNull(vm.experiment().get().training().earlyStopping());
        vm.setEarlyStopping(true);
        vm.selectBuiltin("iris");
        frame();
        assertNotEquals(TrainerState.FAILED, vm.snapshot().get().state(), vm.banner().get());
    }

    @Test
    void earlyStoppingNeedsAValidationSplitThenPausesOnTheBestWeights() {
        vm.setEarlyStopping(true);
        assertNull(vm.experiment().get().training().earlyStopping());
        assertTrue(vm.notice().get().contains("validation fraction"));
        assertNull(vm.setValidationFraction("0.3"));
        assertNull(vm.setNoise("0.6"));
        assertNull(vm.setSamples("60"));
        for (int i = 0; i < 3; i++) {
            vm.addNeuron(0);
        }
        vm.setOptimizer(OptimizerType.ADAM);
        assertNull(vm.setLearningRate("0.05"));
        vm.setEarlyStopping(true);
        assertEquals(20, vm.experiment().get().training().earlyStopping().patience());
        vm.speed().set(new neurallab.session.live.Speed(5));
        vm.play();
        vm.frame();
        for (int i = 0; i < 2000 && vm.playing().get(); i++) {
            frame();
        }
        LiveSnapshot s = vm.snapshot().get();
        assertEquals(TrainerState.PAUSED, s.state());
        assertTrue(vm.notice().get().startsWith("Early stopping at epoch"), vm.notice().get());
        assertTrue(s.bestEpoch() != null && s.bestEpoch() <= s.epoch() - 20, s.bestEpoch() + " / " + s.epoch());
        int bestRow = 0;
        for (int r = 0; r < s.history().size(); r++) {
            if (s.history().epoch(r) == s.bestEpoch()) {
                bestRow = r;
            }
        }
        assertEquals(s.history().value(neurallab.session.live.LossHistory.VALIDATION_LOSS, bestRow),
                s.figures().validationLoss(), 1e-12, "the best weights are back");
    }

    @Test
    void csvExportThenImportTrainsOnTheFile() throws IOException {
        Path csv = dir.resolve("circle.csv");
        assertTrue(vm.exportCsv(csv));
        vm.selectCsv(csv);
        vm.frame();
        LiveSnapshot s = vm.snapshot().get();
        assertEquals(TrainerState.PAUSED, s.state(), String.valueOf(s.message()));
        assertTrue(s.experiment().data() instanceof DataSource.Csv);
        assertFalse(vm.planar().get());
        assertEquals(500, s.splits().train().size() + s.splits().validation().size() + s.splits().test().size());
        vm.stepEpoch();
        vm.frame();
        assertEquals(1, vm.snapshot().get().epoch());
        java.nio.file.Files.writeString(dir.resolve("bad.csv"), "a,b\nx,y\n");
        vm.selectCsv(dir.resolve("bad.csv"));
        assertTrue(vm.notice().get().startsWith("Could not import"), vm.notice().get());
    }
}
