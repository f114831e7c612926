package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import neurallab.session.Experiment;
import neurallab.session.TrainingSpec;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.LiveTrainer;
import neurallab.session.live.ManualWorker;
import neurallab.session.live.Speed;
import org.junit.jupiter.api.Test;
import neurallab.engine.Network;
import neurallab.engine.Batches;
import java.util.Arrays;

/** The glue between the live trainer's snapshots and the insight models, without JavaFX. */
class LiveInsightsTest {
    private static Experiment circle() {
        TrainingSpec t = new TrainingSpec(Loss.BCE, OptimizerSettings.defaults(OptimizerType.SGD, 0.1), 10, 100, true,
                Regularization.NONE, Schedule.CONSTANT, null);
        return new Experiment(3, ProblemType.CLASSIFICATION, new DataSource.Generator("circle", 200, 0.0, 2, 0.5, 0.0),
                List.of(Feature.X1, Feature.X2), List.of(new LayerSpec(4, Activation.TANH),
                        new LayerSpec(1, Activation.SIGMOID)), new Initializer(InitializerType.XAVIER_UNIFORM), null, t);
    }

    @Test
    void aNewTrainerWithAnotherShapeRebuildsTheMirror() {
        // found by the chaos test: an opened file starts a new trainer, whose generations count from the start
        // again; the same generation with other shapes made the mirror refuse the weights on the FX thread
        ManualWorker w = new ManualWorker();
        LiveTrainer first = new LiveTrainer(circle(), Path.of("."), 8, w);
        LiveInsights in = new LiveInsights();
        assertTrue(in.accept(first.take()));
        first.close();
        Experiment wider = circle().withFeatures(List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED, Feature.X2_SQUARED))
                .withWeights(null);
        ManualWorker w2 = new ManualWorker();
        LiveTrainer second = new LiveTrainer(wider, Path.of("."), 8, w2);
        LiveSnapshot s = second.take();
        assertEquals(4, s.weights().get(0).kernel().length);
        assertTrue(in.accept(s), "other shapes: the models are rebuilt");
        assertEquals(4, in.network().layers().get(0).fanIn());
        second.close();
    }

    @Test
    void mirrorsEverySnapshotAndRecordsItWithGaps() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = new LiveTrainer(circle(), Path.of("."), 8, w);
        LiveInsights in = new LiveInsights();
        assertTrue(in.accept(t.take()), "the first snapshot builds the models");
        t.setSpeed(new Speed(3));
        t.play();
        LiveSnapshot s = null;
        for (int frame = 0; frame < 40; frame++) {
            w.tick();
            s = t.take();
            assertFalse(in.accept(s), "same network: models kept");
        }
        // the mirror holds the snapshot's weights and last gradients
        assertArrayEquals(s.weights().get(0).kernel()[1], Arrays.copyOfRange(
                in.network().layers().get(0).kernel(), 4, 8));
        assertArrayEquals(s.kernelGradients().get(1), in.network().layers().get(1).kernelGradient());
        // one record per snapshot that trained (the one that only switched to playing adds none)
        assertTrue(in.flow().size() >= 40, "records: " + in.flow().size());
        assertEquals(in.updateWeights().max(0), max(s.weights().get(0).kernel(), s.weights().get(0).bias()), 0.0);
        // epochs arrive 3 apart, yet the history keeps them (up to its capacity)
        assertEquals(in.flow().size(), in.history().size());
        assertEquals(s.epoch(), in.history().snapshots().get(in.history().size() - 1).epoch());
        assertEquals(100, in.updateActivations().rows());
        assertEquals(LiveInsights.THUMBNAIL * LiveInsights.THUMBNAIL, in.boundary(s.weights()).length);

        // reset: the epoch goes back, the recorders start afresh
        t.reset();
        w.tick();
        assertTrue(in.accept(t.take()));
        assertEquals(1, in.history().size());
        t.close();
    }

    @Test
    void pinsUpToFiveRunsAndRefusesTheSixth() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = new LiveTrainer(circle(), Path.of("."), 8, w);
        LiveInsights in = new LiveInsights();
        assertTrue(in.pin().isPresent(), "nothing to pin before a snapshot");
        t.play();
        for (int run = 0; run < RunComparison.MAX_RUNS; run++) {
            w.tick();
            in.accept(t.take());
            assertTrue(in.pin().isEmpty());
        }
        assertTrue(in.pin().isPresent(), "the sixth is refused");
        assertEquals(RunComparison.MAX_RUNS, in.comparison().size());
        assertEquals(LiveInsights.THUMBNAIL, in.comparison().runs().get(0).thumbnailSize());
        t.close();
    }

    @Test
    void aPinnedRunEndsOnItsEpochWhateverTheSpeed() {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = new LiveTrainer(circle(), Path.of("."), 8, w);
        LiveInsights in = new LiveInsights();
        t.setSpeed(new Speed(10));
        t.play();
        for (int frame = 0; frame < 12; frame++) {
            w.tick();
            in.accept(t.take());
        }
        assertTrue(in.latest().epoch() >= 100, "epoch " + in.latest().epoch());
        assertTrue(in.pin().isEmpty());
        RunComparison.PinnedRun run = in.comparison().runs().get(0);
        assertEquals(in.latest().epoch(), run.epochOf(run.points() - 1), 1e-9);
        assertTrue(run.label().endsWith("epoch " + in.latest().epoch()), run.label());
        t.close();
    }

    @Test
    void theFinderSweepsAFreshCopyOfTheCurrentWeightsEvenAfterAResetInALongSession() throws Exception {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = new LiveTrainer(circle(), Path.of("."), 8, w);
        LiveInsights in = new LiveInsights();
        t.setSpeed(new Speed(10));
        t.play();
        for (int frame = 0; frame < 30; frame++) {
            w.tick();
            in.accept(t.take());
        }
        in.walkthrough(3, FormulaWords.ENGLISH);
        in.updateActivations();
        in.landscapeTask().call();
        t.reset();
        w.tick();
        in.accept(t.take());
        LiveSnapshot s = in.latest();
        LearningRateFinder.Result got = in.finderTask(1).call();
        // the same sweep on a network built afresh from the snapshot's weights
        Network fresh = new Network(2, circle().layers());
        fresh.importParameters(s.weights());
        var train = s.splits().train();
        LearningRateFinder.Result want = LearningRateFinder.run(fresh,
                Batches.unitMajor(train.inputs(), 2), train.targets(), train.size(),
                Loss.BCE, circle().training().optimizer(), circle().training().batchSize(), LiveInsights.FINDER_STEPS, 1);
        assertArrayEquals(want.losses(), got.losses());
        // a freshly reset network learns: the curve falls, and the suggestion lies inside the sweep
        double lowest = Arrays.stream(got.smoothed()).min().orElseThrow();
        assertTrue(lowest < 0.9 * got.smoothed()[0], "falls from " + got.smoothed()[0] + " to " + lowest);
        assertTrue(got.hasSuggestion(), "lowest " + lowest);
        assertTrue(got.suggestion() >= LearningRateFinder.MIN_RATE && got.suggestion() <= LearningRateFinder.MAX_RATE);
        t.close();
    }

    @Test
    void theWalkthroughNamesTheInputsAsTheNetworkViewDoesAndWritesEverySevenTermSum() {
        Experiment c = circle();
        Experiment seven = new Experiment(c.seed(), c.problem(), c.data(), List.of(Feature.values()), c.layers(),
                c.initializer(), null, c.training());
        LiveTrainer t = new LiveTrainer(seven, Path.of("."), 8, new ManualWorker());
        LiveInsights in = new LiveInsights();
        in.accept(t.take());
        BackpropWalkthrough w = in.walkthrough(0, FormulaWords.ENGLISH);
        for (int i = 0; i < Feature.values().length; i++) {
            assertEquals(Feature.values()[i].id(), w.inputName(i));
        }
        String z = w.steps().get(0).text();
        assertTrue(z.contains("\u00b7sin(x2)") && z.contains("\u00b7x1^2"), z);
        assertFalse(z.contains("more"), "all seven terms written out: " + z);
        t.close();
    }

    @Test
    void theFinderAndTheLandscapeWorkOnCopies() throws Exception {
        ManualWorker w = new ManualWorker();
        LiveTrainer t = new LiveTrainer(circle(), Path.of("."), 8, w);
        LiveInsights in = new LiveInsights();
        in.accept(t.take());
        t.play();
        for (int frame = 0; frame < 10; frame++) {
            w.tick();
            in.accept(t.take());
        }
        double[] before = in.network().layers().get(0).kernel().clone();
        var finder = in.finderTask(1).call();
        var landscape = in.landscapeTask().call();
        assertTrue(finder.count() > 2);
        assertTrue(!finder.hasSuggestion() || finder.suggestion() >= LearningRateFinder.MIN_RATE, "in the sweep");
        assertEquals(LiveInsights.LANDSCAPE_RESOLUTION, landscape.resolution());
        assertArrayEquals(before, in.network().layers().get(0).kernel());
        t.close();
    }

    private static double max(double[][] kernel, double[] bias) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] row : kernel) {
            for (double v : row) {
                m = Math.max(m, v);
            }
        }
        for (double v : bias) {
            m = Math.max(m, v);
        }
        return m;
    }
}
