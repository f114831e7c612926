package neurallab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.DenseLayer;
import neurallab.engine.LayerSpec;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import org.junit.jupiter.api.Test;

/**
 * A hyperparameter changed without a reset acts at the very next mini-batch: two identical runs, one
 * changed after one batch, and the changed run's next step is the hand-computed SGD step
 * w ← w − lr · g with the new setting (g read from the engine after the step).
 */
class SettingsActAtNextBatchTest {
    private static final List<LayerSpec> LAYERS = List.of(new LayerSpec(3, Activation.TANH),
            new LayerSpec(1, Activation.SIGMOID));

    private static TrainingRun run(TrainingSpec change) throws Exception {
        Experiment e = Experiments.classifier(Experiments.xorData(), LAYERS,
                OptimizerSettings.defaults(OptimizerType.SGD, 0.03), 4, 10, 5);
        return TrainingRun.start(change == null ? e : e.withTraining(change.withBatchSize(4)), Path.of("."));
    }

    /** Trains one batch in both runs, changes b's training, trains one more batch in both; checks b's step. */
    private static void assertNextBatchUses(TrainingSpec from, TrainingSpec to, double expectedRate)
            throws Exception {
        TrainingRun a = run(from);
        TrainingRun b = run(from);
        a.trainBatch();
        b.trainBatch();
        b.setTraining(to);
        DenseLayer first = b.network().layers().get(0);
        double[] before = first.kernel().clone();
        a.trainBatch();
        b.trainBatch();
        double[] g = first.kernelGradient();
        double[] expected = new double[before.length];
        for (int i = 0; i < before.length; i++) {
            // w ← w − lr · g (g includes the penalty's gradient)
            expected[i] = before[i] - expectedRate * g[i];
        }
        assertArrayEquals(expected, first.kernel(), 1e-12);
        assertFalse(Arrays.equals(a.network().layers().get(0).kernel(), first.kernel()),
                "the changed run's weights differ from the unchanged run's");
    }

    private static TrainingSpec base() throws Exception {
        return run(null).training();
    }

    @Test
    void aNewLearningRateActsAtTheNextBatch() throws Exception {
        TrainingSpec t = base();
        assertNextBatchUses(t, t.withOptimizer(t.optimizer().withLearningRate(3.0)), 3.0);
    }

    @Test
    void aNewBaseRateMultipliesTheScheduleOfTheCurrentEpoch() throws Exception {
        TrainingSpec t = base();
        // exponential, γ = 0.5: the first epoch (e = 0) runs at the base rate itself
        Schedule exp = t.schedule().withType(ScheduleType.EXPONENTIAL).withGamma(0.5);
        TrainingSpec scheduled = t.withSchedule(exp);
        assertNextBatchUses(scheduled, scheduled.withOptimizer(t.optimizer().withLearningRate(2.0)), 2.0);
    }

    @Test
    void theScheduleStaysExactPerEpochAfterARateChange() throws Exception {
        TrainingSpec t = base().withSchedule(Schedule.CONSTANT.withType(ScheduleType.EXPONENTIAL).withGamma(0.5));
        TrainingRun r = run(t);
        r.trainEpoch(); // 20 rows / 4 = 5 batches, epoch 0 done
        r.trainBatch(); // epoch 1 begins
        r.setTraining(t.withOptimizer(t.optimizer().withLearningRate(1.0)));
        DenseLayer first = r.network().layers().get(0);
        double[] before = first.kernel().clone();
        r.trainBatch();
        // lr(e) = lr₀ · γ^e with e = 1: 1.0 · 0.5
        assertEquals(before[0] - 0.5 * first.kernelGradient()[0], first.kernel()[0], 1e-12);
    }

    @Test
    void aNewPenaltyActsAtTheNextBatch() throws Exception {
        TrainingSpec t = base();
        assertNextBatchUses(t, t.withRegularization(new Regularization(0, 0.5)), 0.03);
    }

    @Test
    void aNewDropoutActsAtTheNextBatch() throws Exception {
        TrainingRun a = run(null);
        TrainingRun b = run(null);
        a.trainBatch();
        b.trainBatch();
        b.setDropout(0, 0.5);
        a.trainBatch();
        b.trainBatch();
        assertFalse(Arrays.equals(a.network().layers().get(0).kernel(), b.network().layers().get(0).kernel()));
    }
}
