package neurallab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import neurallab.io.ExperimentFileException;
import neurallab.io.ExperimentFiles;
import neurallab.io.ExperimentJson;
import neurallab.session.Limits;
import neurallab.session.Range;
import neurallab.ui.viewmodel.Checked;
import neurallab.ui.viewmodel.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every range of the table of limits and proves that the window's field and the file reader
 * accept exactly the same values: each bound, just inside it, just outside it, and far beyond it.
 */
class LimitsAgreementTest {
    @TempDir
    Path dir;

    /** How one setting is typed into the window and written into a file. */
    private record Probe(Range range, Function<String, Checked<?>> window, String filePath,
                         BiConsumer<ObjectNode, Double> file) {
    }

    private static ObjectNode at(ObjectNode e, String pointer) {
        return (ObjectNode) e.at(pointer);
    }

    private static void put(ObjectNode node, String name, double v, boolean integral) {
        if (integral && v == Math.rint(v) && Math.abs(v) < 9e15) {
            node.put(name, (long) v);
        } else {
            node.put(name, v);
        }
    }

    private static Probe optimizer(Range r, String field, String type) {
        return new Probe(r, t -> Validation.check(r, t), "training.optimizer." + field, (e, v) -> {
            at(e, "/training/optimizer").put("type", type);
            put(at(e, "/training/optimizer"), field, v, false);
        });
    }

    private static Probe schedule(Range r, String field, String type) {
        return new Probe(r, r.integral() ? t -> Validation.whole(r, t) : t -> Validation.check(r, t),
                "training.schedule." + field, (e, v) -> {
                    at(e, "/training/schedule").put("type", type);
                    put(at(e, "/training/schedule"), field, v, r.integral());
                });
    }

    private static Probe earlyStopping(Range r, String field) {
        return new Probe(r, r.integral() ? t -> Validation.whole(r, t) : t -> Validation.check(r, t),
                "training.earlyStopping." + field, (e, v) -> {
                    at(e, "/data").put("validationFraction", 0.2);
                    ObjectNode stop = at(e, "/training").putObject("earlyStopping");
                    stop.put("patience", 20).put("minDelta", 0.0).put("restoreBest", true);
                    put(stop, field, v, r.integral());
                });
    }

    private static List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        p.add(new Probe(Limits.LEARNING_RATE, Validation::learningRate, "training.optimizer.learningRate",
                (e, v) -> put(at(e, "/training/optimizer"), "learningRate", v, false)));
        p.add(optimizer(Limits.MOMENTUM, "momentum", "momentum"));
        p.add(optimizer(Limits.BETA1, "beta1", "adam"));
        p.add(optimizer(Limits.BETA2, "beta2", "adam"));
        p.add(optimizer(Limits.EPSILON, "epsilon", "adam"));
        p.add(optimizer(Limits.RHO, "rho", "rmsprop"));
        p.add(optimizer(Limits.WEIGHT_DECAY, "weightDecay", "adamw"));
        p.add(optimizer(Limits.MOMENTUM_DECAY, "momentumDecay", "nadam"));
        p.add(new Probe(Limits.BATCH_SIZE, Validation::batchSize, "training.batchSize",
                (e, v) -> put(at(e, "/training"), "batchSize", v, true)));
        p.add(new Probe(Limits.EPOCHS, t -> Validation.whole(Limits.EPOCHS, t), "training.epochs",
                (e, v) -> put(at(e, "/training"), "epochs", v, true)));
        p.add(new Probe(Limits.L1, Validation::regularizationRate, "training.regularization.l1",
                (e, v) -> put(at(e, "/training/regularization"), "l1", v, false)));
        p.add(new Probe(Limits.L2, Validation::regularizationRate, "training.regularization.l2",
                (e, v) -> put(at(e, "/training/regularization"), "l2", v, false)));
        p.add(schedule(Limits.GAMMA, "gamma", "step"));
        p.add(schedule(Limits.STEP_SIZE, "stepSize", "step"));
        p.add(schedule(Limits.DECAY, "decay", "time"));
        p.add(schedule(Limits.PERIOD, "period", "cosine"));
        p.add(schedule(Limits.MIN_LEARNING_RATE, "minLearningRate", "cosine"));
        p.add(earlyStopping(Limits.PATIENCE, "patience"));
        p.add(earlyStopping(Limits.MIN_DELTA, "minDelta"));
        p.add(new Probe(Limits.UNITS, t -> Validation.whole(Limits.UNITS, t), "layers[0].units",
                (e, v) -> put((ObjectNode) e.get("layers").get(0), "units", v, true)));
        p.add(new Probe(Limits.HIDDEN_LAYERS, t -> Validation.whole(Limits.HIDDEN_LAYERS, t), "layers",
                LimitsAgreementTest::hiddenLayers));
        p.add(new Probe(Limits.DROPOUT, Validation::dropout, "layers[0].dropout",
                (e, v) -> put((ObjectNode) e.get("layers").get(0), "dropout", v, false)));
        p.add(new Probe(Limits.INITIALIZER_SCALE, t -> Validation.check(Limits.INITIALIZER_SCALE, t),
                "initializer.scale", (e, v) -> {
                    at(e, "/initializer").put("type", "uniform");
                    put(at(e, "/initializer"), "scale", v, false);
                }));
        p.add(new Probe(Limits.SAMPLES, Validation::samples, "data.samples",
                (e, v) -> put(at(e, "/data"), "samples", v, true)));
        p.add(new Probe(Limits.NOISE, Validation::noise, "data.noise", (e, v) -> put(at(e, "/data"), "noise", v, false)));
        p.add(new Probe(Limits.TEST_FRACTION, t -> Validation.fraction(t, Limits.TEST_FRACTION, 0.0), "data.testFraction",
                (e, v) -> put(at(e, "/data"), "testFraction", v, false)));
        // the file's test fraction is the window's "other" fraction: both refuse a sum ≥ 1
        p.add(new Probe(Limits.VALIDATION_FRACTION, t -> Validation.fraction(t, Limits.VALIDATION_FRACTION, 1e-6),
                "data.validationFraction", (e, v) -> {
                    at(e, "/data").put("testFraction", 1e-6);
                    put(at(e, "/data"), "validationFraction", v, false);
                }));
        p.add(new Probe(Limits.WEIGHT, Validation::weight, "weights", LimitsAgreementTest::weights));
        return p;
    }

    /** n hidden layers of 2 tanh units before the sigmoid output (a fraction of n cannot be written). */
    private static void hiddenLayers(ObjectNode e, double n) {
        ArrayNode layers = e.putArray("layers");
        for (int i = 0; i < Math.max(0, (int) n); i++) {
            layers.addObject().put("units", 2).put("activation", "tanh");
        }
        if (n != Math.rint(n)) {
            layers.add(0.5);
        }
        layers.addObject().put("units", 1).put("activation", "sigmoid");
    }

    /** The example's weights (2 inputs, 8 tanh units, 1 output) with v as the first kernel entry. */
    private static void weights(ObjectNode e, double v) {
        ArrayNode weights = e.putArray("weights");
        ObjectNode hidden = weights.addObject();
        ArrayNode kernel = hidden.putArray("kernel");
        for (int i = 0; i < 2; i++) {
            ArrayNode row = kernel.addArray();
            for (int j = 0; j < 8; j++) {
                row.add(i == 0 && j == 0 ? v : 0.1);
            }
        }
        ArrayNode bias = hidden.putArray("bias");
        for (int j = 0; j < 8; j++) {
            bias.add(0.0);
        }
        ObjectNode out = weights.addObject();
        ArrayNode outKernel = out.putArray("kernel");
        for (int i = 0; i < 8; i++) {
            outKernel.addArray().add(0.1);
        }
        out.putArray("bias").add(0.0);
    }

    /** Each bound, one step inside and outside it, and far beyond an open end. */
    private static List<Double> values(Range r) {
        Set<Double> vs = new HashSet<>();
        for (double bound : new double[] {r.lower(), r.upper()}) {
            if (Double.isInfinite(bound)) {
                vs.add(Math.copySign(1e300, bound));
                continue;
            }
            vs.add(bound);
            if (r.integral()) {
                vs.add(bound - 1);
                vs.add(bound + 1);
                vs.add(bound + 0.5);
            } else {
                vs.add(Math.nextDown(bound));
                vs.add(Math.nextUp(bound));
            }
        }
        vs.removeIf(v -> r.integral() && Math.abs(v) > Integer.MAX_VALUE + 1.0 || v == 1e300 && r.integral());
        vs.removeIf(v -> r == Limits.HIDDEN_LAYERS && v < 0);
        return vs.stream().sorted().toList();
    }

    private static String typed(Range r, double v) {
        return r.integral() && v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private boolean fileAccepts(Probe probe, double v, int case_) throws Exception {
        ObjectNode e = ExperimentJson.specExample();
        probe.file().accept(e, v);
        try {
            ExperimentFiles.read(ExperimentJson.write(dir, "case" + case_ + ".json", e));
            return true;
        } catch (ExperimentFileException ex) {
            String all = String.join("\n", ex.problems());
            assertTrue(all.contains(probe.filePath()), probe.filePath() + " = " + v + " refused elsewhere: " + all);
            return false;
        }
    }

    @Test
    void theWindowAndTheFileAcceptExactlyTheSameValues() throws Exception {
        int cases = 0;
        Set<Range> walked = new HashSet<>();
        for (Probe probe : probes()) {
            Range r = probe.range();
            walked.add(r);
            for (double v : values(r)) {
                boolean window = probe.window().apply(typed(r, v)).isOk();
                boolean file = fileAccepts(probe, v, cases++);
                String what = r.name() + " = " + typed(r, v);
                assertEquals(file, window, what + ": the window and the file disagree");
                boolean expected = r.contains(v) && !(r == Limits.VALIDATION_FRACTION && v + 1e-6 >= 1);
                assertEquals(expected, window, what + " against the table: " + r.describe());
            }
        }
        assertEquals(Set.copyOf(Limits.ALL), walked, "every range of the table is walked");
        assertTrue(cases > 150, cases + " cases");
    }

    @Test
    void aFileCanHoldWhatTheWindowUsedToRefuse() throws Exception {
        // a learning rate of 50 and a batch of 50,000: valid in a file, so valid when typed back in
        assertTrue(Validation.learningRate("50").isOk());
        assertTrue(Validation.batchSize("50000").isOk());
        ObjectNode e = ExperimentJson.specExample();
        at(e, "/training/optimizer").put("learningRate", 50);
        at(e, "/training").put("batchSize", 50_000);
        assertEquals(50_000, ExperimentFiles.read(ExperimentJson.write(dir, "big.json", e)).training().batchSize());
    }
}
