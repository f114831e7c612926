package neurallab.session.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.session.DivergenceBackup;
import neurallab.session.Experiment;
import neurallab.session.TrainingSpec;
import org.junit.jupiter.api.Test;

class LiveTrainerTest {
    static Experiment circle(double lr) {
        TrainingSpec t = new TrainingSpec(Loss.BCE, OptimizerSettings.defaults(OptimizerType.SGD, lr), 10, 100, true,
                Regularization.NONE, Schedule.CONSTANT, null);
        return new Experiment(3, ProblemType.CLASSIFICATION, new DataSource.Generator("circle", 200, 0.0, 2, 0.5, 0.0),
                List.of(Feature.X1, Feature.X2), List.of(new LayerSpec(4, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)),
                new Initializer(InitializerType.XAVIER_UNIFORM), null, t);
    }

    /** Regression on the plane with one ReLU layer of 8 and plain SGD at this rate and batch size. */
    private static Experiment plane(double lr, int batch) {
        TrainingSpec t = new TrainingSpec(Loss.MSE, OptimizerSettings.defaults(OptimizerType.SGD, lr), batch, 100, true,
                Regularization.NONE, Schedule.CONSTANT, null);
        return new Experiment(1, ProblemType.REGRESSION, new DataSource.Generator("plane", 200, 0.0, 0, 0.5, 0.0),
                List.of(Feature.X1, Feature.X2), List.of(new LayerSpec(8, Activation.RELU), new LayerSpec(1, Activation.LINEAR)),
                new Initializer(InitializerType.XAVIER_UNIFORM), null, t);
    }

    private static LiveTrainer trainer(Experiment e, ManualWorker w) {
        return new LiveTrainer(e, Path.of("."), 8, w);
    }

    @Test
    void publishesAnInitialSnapshotWithGridAndFigures() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        LiveSnapshot s = t.take();
        assertNotNull(s);
        assertEquals(TrainerState.PAUSED, s.state());
        assertEquals(0, s.epoch());
        assertEquals(8, s.grid().resolution());
        assertEquals(64 * 4, s.grid().outputs()[0].length);
        assertEquals(1, s.history().size());
        assertNotNull(s.confusion());
        assertEquals(2, s.kernelGradients().size());
    }

    @Test
    void playTrainsOneEpochPerShownFrameAtSpeedOne() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.take();
        t.play();
        t.take();
        w.tick();
        assertEquals(1, t.take().epoch());
        w.tick();
        assertEquals(2, t.take().epoch());
        // not consumed: the trainer waits for the window
        w.tick();
        w.tick();
        assertEquals(3, t.peek().epoch());
        t.setSpeed(new Speed(5));
        t.take();
        w.tick();
        assertEquals(8, t.take().epoch());
    }

    @Test
    void atFullSpeedTrainingAlonePublishesOnlyWhenAPublicationIsDue() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.setSpeed(Speed.MAX);
        t.play();
        t.take();
        long atPlay = t.peek().serial();
        w.tick(); // a slice of 8 ms: the next publication is due 14 ms after play's
        long afterSlice = t.peek().serial();
        w.wake(); // the window's take() wakes the trainer: no command is queued
        assertEquals(afterSlice, t.peek().serial(), "waking without a command publishes nothing");
        assertTrue(afterSlice == atPlay || t.peek().epoch() > 0);
    }

    @Test
    void atFullSpeedTrainingWaitsWhileTheWindowIsAFrameLate() throws InterruptedException {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.setSpeed(Speed.MAX);
        t.play();
        t.take();
        // the first publication is due a frame (14 ms) after play's: one or two slices of 8 ms
        for (int ticks = 0; ticks < 10 && t.peek().epoch() == 0; ticks++) {
            w.tick();
        }
        int published = t.peek().epoch();
        assertTrue(published > 0);
        Thread.sleep(40); // the window has not taken that snapshot for more than a frame and a half
        w.tick();
        assertEquals(published, t.peek().epoch(), "no training and no new snapshot while the window is behind");
        t.take();
        w.tick();
        int resumed = t.peek().epoch();
        assertTrue(resumed > published, "taken: full speed again");
        Thread.sleep(300); // a window that stopped looking does not hold training back
        w.tick();
        assertTrue(t.peek().epoch() > resumed);
    }

    @Test
    void recycledMapsCarryTheNextFrame() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        LiveSnapshot first = t.take();
        t.play();
        t.take();
        w.tick();
        LiveSnapshot second = t.take();
        assertTrue(first.grid().outputs()[0] != second.grid().outputs()[0], "fresh arrays without recycling");
        double[] before = first.grid().outputs()[0].clone();
        t.recycle(first.grid());
        w.tick();
        LiveSnapshot third = t.take();
        assertTrue(third.grid().outputs()[0] == first.grid().outputs()[0], "the handed-back arrays are reused");
        assertTrue(third.epoch() > second.epoch());
        assertTrue(!java.util.Arrays.equals(before, third.grid().outputs()[0]), "and hold the new maps");
    }

    @Test
    void everyHandedBackFrameIsReused() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        LiveSnapshot first = t.take();
        t.stepEpoch();
        LiveSnapshot second = t.take();
        t.recycle(first.grid());
        t.recycle(second.grid());
        t.stepEpoch();
        double[] third = t.take().grid().outputs()[0];
        t.stepEpoch();
        double[] fourth = t.take().grid().outputs()[0];
        assertTrue(third == first.grid().outputs()[0] && fourth == second.grid().outputs()[0],
                "both handed-back frames are reused, in order");
    }

    @Test
    void theMapsOfASnapshotTheWindowNeverTookAreReused() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        LiveSnapshot shown = t.take();
        double[] shownMaps = shown.grid().outputs()[0].clone();
        t.stepEpoch();
        LiveSnapshot skipped = t.peek();
        t.stepEpoch(); // replaces `skipped` before the window took it
        t.stepEpoch();
        LiveSnapshot next = t.take();
        assertEquals(3, next.epoch());
        assertTrue(next.grid().outputs()[0] == skipped.grid().outputs()[0], "the unseen snapshot's arrays are reused");
        assertTrue(next.grid().outputs()[0] != shown.grid().outputs()[0]);
        assertArrayEquals(shownMaps, shown.grid().outputs()[0], "the maps the window took are left alone");
    }

    @Test
    void unseenMapsThatATakenSnapshotSharesAreNotReused() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.take();
        t.play();
        LiveSnapshot shown = t.take();
        while (!LiveSnapshot.carriesMapsBefore(shown.serial() + 1, TrainerState.PLAYING)) {
            w.tick();
            shown = t.take();
        }
        double[] shownMaps = shown.grid().outputs()[0].clone();
        w.tick();
        assertTrue(t.peek().grid() == shown.grid(), "a chart's turn carries the shown maps");
        t.pause(); // replaces that snapshot unseen
        t.stepEpoch();
        t.stepEpoch();
        assertTrue(t.take().grid().outputs()[0] != shown.grid().outputs()[0]);
        assertArrayEquals(shownMaps, shown.grid().outputs()[0], "the maps the window took are left alone");
    }

    @Test
    void whilePlayingAChartsTurnKeepsTheMapsOfTheSnapshotBefore() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.take();
        t.play();
        LiveSnapshot before = t.take();
        int charts = 0;
        for (int i = 0; i < 9; i++) {
            w.tick();
            LiveSnapshot s = t.take();
            assertEquals(before.serial() + 1, s.serial(), "every snapshot taken");
            if (s.serial() % 3 == LiveSnapshot.MAPS_UNSEEN) {
                charts++;
                assertTrue(s.grid() == before.grid(), "no view draws these maps: the last ones stand in");
            } else {
                assertTrue(s.grid() != before.grid(), "snapshot " + s.serial() + " has fresh maps");
            }
            before = s;
        }
        assertEquals(3, charts);
        t.pause();
        w.tick();
        LiveSnapshot paused = t.take();
        assertTrue(!LiveSnapshot.carriesMapsBefore(paused.serial(), paused.state()) && paused.grid() != before.grid(),
                "paused: fresh maps whatever the serial");
    }

    @Test
    void gridMapsAreTheNeuronsOutputsAndConfusionCountsTheTestSplit() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        LiveSnapshot s = t.take();
        GridFrame g = s.grid();
        var p = s.weights().get(0);
        // hidden neuron j at cell c: tanh(x1·w0j + x2·w1j + bj); maps are unit-major
        for (int c : new int[] {0, 9, 63}) {
            double x1 = g.inputs()[c], x2 = g.inputs()[g.cells() + c];
            for (int j = 0; j < 4; j++) {
                double expected = Math.tanh(x1 * p.kernel()[0][j] + x2 * p.kernel()[1][j] + p.bias()[j]);
                assertEquals(expected, g.outputs()[0][j * g.cells() + c], 1e-12);
            }
        }
        int total = 0, correct = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                total += s.confusion()[i][j];
                correct += i == j ? s.confusion()[i][j] : 0;
            }
        }
        assertEquals(s.splits().test().size(), total);
        assertEquals(s.figures().testAccuracy(), (double) correct / total, 1e-12);
    }

    @Test
    void trainingWritesTheHistoryAppendOnly() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.1), w);
        LossHistory.View first = t.take().history();
        t.play();
        for (int i = 0; i < 5; i++) {
            t.take();
            w.tick();
        }
        LossHistory.View later = t.take().history();
        assertEquals(1, first.size());
        assertEquals(6, later.size());
        assertEquals(first.value(LossHistory.TRAIN_LOSS, 0), later.value(LossHistory.TRAIN_LOSS, 0));
        assertTrue(later.value(LossHistory.TRAIN_LOSS, 5) < later.value(LossHistory.TRAIN_LOSS, 0));
    }

    @Test
    void divergencePausesOnTheLastFiniteWeights() {
        Experiment e = plane(10, 10);
        TrainingSpec t = e.training();
        ManualWorker w = new ManualWorker();
        LiveTrainer trainer = trainer(e, w);
        trainer.play();
        for (int i = 0; i < 50 && trainer.peek().state() != TrainerState.DIVERGED; i++) {
            trainer.take();
            w.tick();
        }
        LiveSnapshot s = trainer.take();
        assertEquals(TrainerState.DIVERGED, s.state());
        assertNotNull(s.divergedAt());
        assertTrue(s.message().contains("diverged"), s.message());
        assertTrue(Double.isFinite(s.figures().trainLoss()));
        for (var p : s.weights()) {
            for (double[] row : p.kernel()) {
                for (double v : row) {
                    assertTrue(Double.isFinite(v));
                }
            }
        }
        trainer.play();
        assertEquals(TrainerState.DIVERGED, trainer.peek().state(), "play is refused until reset or a lower rate");
        trainer.apply(e.withTraining(t.withOptimizer(t.optimizer().withLearningRate(0.001))));
        assertEquals(TrainerState.PAUSED, trainer.peek().state());
        assertTrue(trainer.peek().message().contains("0.001"));
        trainer.reset();
        LiveSnapshot fresh = trainer.take();
        assertEquals(TrainerState.PAUSED, fresh.state());
        assertEquals(0, fresh.epoch());
        assertNull(fresh.divergedAt());
        assertEquals(0.001, fresh.experiment().training().optimizer().learningRate());
    }

    @Test
    void hyperparametersApplyWithoutReset() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.stepEpoch();
        LiveSnapshot before = t.take();
        t.apply(circle(0.03).withTraining(circle(0.5).training()));
        LiveSnapshot after = t.take();
        assertEquals(before.generation(), after.generation());
        assertEquals(1, after.epoch());
        assertArrayEquals(before.weights().get(0).kernel()[0], after.weights().get(0).kernel()[0]);
        assertEquals(0.5, after.experiment().training().optimizer().learningRate());
    }

    @Test
    void editedWeightIsUsed() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.setWeight(0, 1, 2, 1.25);
        t.setBias(1, 0, -0.5);
        LiveSnapshot s = t.take();
        assertEquals(1.25, s.weights().get(0).kernel()[1][2]);
        assertEquals(-0.5, s.weights().get(1).bias()[0]);
    }

    @Test
    void invalidExperimentFailsWithTheRule() {
        Experiment e = circle(0.03);
        Experiment bad = e.withLayers(List.of(new LayerSpec(4, Activation.TANH), new LayerSpec(1, Activation.RELU)));
        LiveTrainer t = trainer(bad, new ManualWorker());
        LiveSnapshot s = t.take();
        assertEquals(TrainerState.FAILED, s.state());
        assertTrue(s.message().contains("output layer"), s.message());
        assertNull(s.figures());
    }

    @Test
    void predictedClassFollowsTheAccuracyRule() {
        assertEquals(1, Loss.predictedClass(new double[] {0.7}, 0, 1, 1, Activation.SIGMOID));
        assertEquals(0, Loss.predictedClass(new double[] {0.3}, 0, 1, 1, Activation.SIGMOID));
        assertEquals(1, Loss.predictedClass(new double[] {0.1}, 0, 1, 1, Activation.TANH));
        // two rows, three classes, unit-major: row 1 = (0.2, 0.1, 0.7)
        double[] a = {0.9, 0.2, 0.05, 0.1, 0.05, 0.7};
        assertEquals(0, Loss.predictedClass(a, 0, 2, 3, Activation.SOFTMAX));
        assertEquals(2, Loss.predictedClass(a, 1, 2, 3, Activation.SOFTMAX));
    }

    @Test
    void commandsSentBeforeTheFirstBuildWaitTheirTurn() {
        ManualWorker w = new ManualWorker();
        w.hold();
        LiveTrainer t = trainer(circle(0.03), w);
        t.play();
        w.release();
        LiveSnapshot s = t.take();
        assertEquals(TrainerState.PLAYING, s.state(), "play sent before the first build is kept, not dropped");
        assertNull(s.message());
    }

    @Test
    void aThrowableOnTheTrainerThreadReachesTheWindow() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = trainer(circle(0.03), w);
        t.play();
        t.setSpeed(null); // a command that fails on the trainer's thread
        w.tick();
        LiveSnapshot s = t.take();
        assertEquals(TrainerState.FAILED, s.state());
        assertTrue(s.message().contains("NullPointerException"), s.message());
    }

    @Test
    void theFirstBuildSaysNothing() {
        LiveTrainer t = trainer(circle(0.03), new ManualWorker());
        LiveSnapshot s = t.take();
        assertEquals(TrainerState.PAUSED, s.state());
        assertEquals(null, s.message(), "opening an experiment is not a new seed or a rebuild");
    }

    @Test
    void aNewSeedRebuildsAndAHyperparameterDoesNot() {
        ManualWorker w = new ManualWorker();
        Experiment e = circle(0.03);
        LiveTrainer t = trainer(e, w);
        long first = t.take().generation();
        Experiment bigger = e.withTraining(e.training().withBatchSize(20));
        t.apply(bigger);
        assertEquals(first, t.take().generation());
        t.apply(bigger.withSeed(99));
        LiveSnapshot s = t.take();
        assertEquals(first + 1, s.generation());
        assertTrue(s.message().startsWith("New seed 99"), s.message());
    }

    /**
     * The classic demo: too high a rate diverges, lowering it recovers. The rate is lowered ×0.1 at each
     * divergence, as the window's button does; the weights brought back are sane ones (not the last finite
     * ones, whose loss is already huge), so a low enough rate then trains: the loss falls and stays finite.
     */
    @Test
    void loweringTheRateAfterADivergenceRecovers() {
        // full batch: one step per epoch, so the loss climbs over several shown epochs (1e3, 5e10, 3e33, 8e101)
        // before it overflows, and the last finite weights are far from sane
        Experiment e = plane(0.5, 200);
        TrainingSpec t = e.training();
        ManualWorker w = new ManualWorker();
        LiveTrainer trainer = trainer(e, w);
        double start = trainer.take().figures().trainLoss();
        double lr = 0.5;
        int lowerings = 0;
        double back = Double.NaN;
        trainer.play();
        for (int epoch = 0; epoch < 60; epoch++) {
            trainer.take();
            w.tick();
            if (trainer.peek().state() == TrainerState.DIVERGED) {
                lr *= 0.1;
                lowerings++;
                trainer.apply(e.withTraining(t.withOptimizer(t.optimizer().withLearningRate(lr))));
                LiveSnapshot recovered = trainer.take();
                assertEquals(TrainerState.PAUSED, recovered.state());
                back = recovered.figures().trainLoss();
                assertTrue(back <= DivergenceBackup.SANE_FACTOR * start, "sane weights are back: loss " + back
                        + ", at the start " + start);
                trainer.play();
                epoch = 0;
            }
            assertTrue(lowerings <= 1, "still diverging at " + lr);
        }
        LiveSnapshot s = trainer.take();
        assertTrue(lowerings >= 1, "it diverged at first");
        assertEquals(TrainerState.PLAYING, s.state(), s.message());
        double last = s.figures().trainLoss();
        assertTrue(Double.isFinite(last) && last < back / 2, "training recovered: " + back + " → " + last + " at " + lr);
    }
}
