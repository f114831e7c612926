package neurallab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.DenseLayer;
import neurallab.engine.LayerSpec;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import org.junit.jupiter.api.Test;

/** The training loop's promises: no allocation per mini-batch, and deep, wide networks work. */
class TrainingLoopTest {

    @Test
    void aMiniBatchAllocatesNothing() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<LayerSpec> layers = List.of(new LayerSpec(8, Activation.TANH, 0.2, true),
                new LayerSpec(8, Activation.RELU), new LayerSpec(1, Activation.SIGMOID));
        for (OptimizerType type : OptimizerType.values()) {
            TrainingRun run = TrainingRun.start(Experiments.classifier(Experiments.xorData(), layers,
                    OptimizerSettings.defaults(type, 0.01), 4, 1, 1), Path.of("."));
            for (int i = 0; i < 2000; i++) {
                run.trainBatch();
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 1000; i++) {
                run.trainBatch();
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // a few hundred bytes of slack for the counter itself, far below one array per batch
            assertTrue(allocated < 1024, type.id() + ": 1000 mini-batches allocated " + allocated + " bytes");
        }
    }

    @Test
    void tenHiddenLayersOf512UnitsTrain() throws Exception {
        List<LayerSpec> layers = new ArrayList<>();
        for (int l = 0; l < 10; l++) {
            layers.add(new LayerSpec(512, Activation.RELU));
        }
        layers.add(new LayerSpec(1, Activation.SIGMOID));
        TrainingRun run = TrainingRun.start(Experiments.classifier(Experiments.xorData(), layers,
                OptimizerSettings.defaults(OptimizerType.ADAM, 1e-3), 20, 1, 2), Path.of("."));
        double before = run.evaluate().trainLoss();
        for (int e = 0; e < 5; e++) {
            assertTrue(run.trainEpoch());
        }
        assertEquals(5, run.epoch());
        assertTrue(run.evaluate().trainLoss() < before, "loss fell from " + before);
        DenseLayer first = run.network().layers().get(0);
        assertEquals(512, first.units());
        assertTrue(java.util.Arrays.stream(first.kernelGradient()).anyMatch(g -> g != 0.0), "gradients reach the first layer");
    }
}
