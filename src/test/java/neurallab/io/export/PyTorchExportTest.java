package neurallab.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import neurallab.data.Dataset;
import neurallab.engine.LayerParameters;
import neurallab.io.ExperimentFiles;
import neurallab.io.ExperimentJson;
import neurallab.session.Experiment;
import neurallab.session.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script's text, without running it (PyTorchTraceTest runs it). */
class PyTorchExportTest {
    @TempDir
    Path dir;

    private TrainingRun start(ObjectNode json) throws Exception {
        Experiment experiment = ExperimentFiles.read(ExperimentJson.write(dir, "e.json", json));
        return TrainingRun.start(experiment, dir);
    }

    private static String script(TrainingRun run) {
        return PyTorchExport.script(run.experiment(), run.splits(), run.weights(),
                new PyTorchExport.Names("e.json", "model.py", "the initializer"));
    }

    @Test
    void embedsEveryPointAndTheInitialWeightsNeuralLabDrewForTheSeed() throws Exception {
        ObjectNode json = ExportCases.base();
        ((ObjectNode) json.get("initializer")).put("type", "he-normal");
        json.put("seed", 123);
        TrainingRun run = start(json);
        String script = script(run);

        Dataset train = run.splits().train();
        assertEquals(30, train.size());
        for (int r = 0; r < train.size(); r++) {
            double[] row = {train.inputs()[r][0], train.inputs()[r][1], train.targets()[r]};
            assertTrue(script.contains("\n    " + Python.list(row) + ",\n"), "train row " + r);
        }
        List<LayerParameters> weights = run.weights();
        for (LayerParameters layer : weights) {
            for (double[] kernelRow : layer.kernel()) {
                assertTrue(script.contains("\n            " + Python.list(kernelRow) + ",\n"), Python.list(kernelRow));
            }
            assertTrue(script.contains("\"bias\": " + Python.list(layer.bias()) + ","));
        }
        // another seed draws other weights, and the script says so in its numbers
        json.put("seed", 124);
        String other = script(start(json));
        assertFalse(other.contains(Python.list(weights.get(0).kernel()[0])));
        assertTrue(script.contains("torch.manual_seed(123)"));
    }

    @Test
    void saysWhenItReproducesNeuralLabAndWhenTorchDrawsTheRandomness() throws Exception {
        String plain = script(start(ExportCases.base()));
        assertTrue(plain.contains("Shuffling is off"), plain);
        assertTrue(plain.contains("agree with NeuralLab's to about 1e-6"), plain);
        assertTrue(plain.contains("shuffle=False"), plain);
        assertFalse(plain.contains("Dropout"), plain);

        ObjectNode json = ExportCases.base();
        ExportCases.training(json).put("shuffle", true);
        ExportCases.hidden(json, 0).put("dropout", 0.5);
        String random = script(start(json));
        assertTrue(random.contains("Shuffling is on: PyTorch's generator shuffles the training set"), random);
        assertTrue(random.contains("print(\"Shuffling with PyTorch's generator, not NeuralLab's"), random);
        assertTrue(random.contains("Dropout masks come from PyTorch's generator, not NeuralLab's"), random);
        assertTrue(random.contains("print(\"Dropout masks come from PyTorch's generator"), random);
        assertTrue(random.contains("self.drop1 = nn.Dropout(0.5)"), random);
        assertFalse(random.contains("agree with NeuralLab's"), random);
    }

    @Test
    void writesOnlyTheOptionalPartsTheExperimentUses() throws Exception {
        String plain = script(start(ExportCases.base()));
        assertFalse(plain.contains("def penalty"), "no L1/L2");
        assertFalse(plain.contains("scheduler"), "constant learning rate");
        assertFalse(plain.contains("PATIENCE"), "no early stopping");
        assertFalse(plain.contains("BatchNorm1d"), "no batch norm");
        assertFalse(plain.contains("class NAdam"), "adam");
        assertTrue(plain.contains(
                "torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(0.9, 0.999), eps=1e-8)"), plain);
    }

    @Test
    void numbersReadBackAsTheSameDoublesInPythonSpelling() {
        assertEquals("1e-8", Python.number(1e-8));
        assertEquals("1.5e300", Python.number(1.5e300));
        assertEquals("0.001", Python.number(0.001));
        assertEquals("-0.0", Python.number(-0.0));
        assertEquals("2.5", Python.number(2.5));
        for (double v : new double[] {0.1, 1.0 / 3, -7.123456789012345e-12, Double.MIN_VALUE, Double.MAX_VALUE}) {
            assertEquals(v, Double.parseDouble(Python.number(v)));
        }
        assertThrows(IllegalArgumentException.class, () -> Python.number(Double.NaN));
        assertEquals("[1.0, -2.0]", Python.list(new double[] {1, -2}));
    }

    @Test
    void aTitleCannotBreakOutOfTheDocstring() {
        assertEquals("a'''b?c?", Python.comment("a\"\"\"b\\c\n"));
    }
}
