package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import neurallab.io.ExperimentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code neurallab export-code}: exit codes and messages as {@code train}'s; nothing written on error. */
class ExportCodeCommandTest {
    @TempDir
    Path dir;

    private Path experiment(ObjectNode json) {
        return ExperimentJson.write(dir, "experiment.json", json);
    }

    @Test
    void writesAScriptAndNothingElse() throws IOException {
        Path file = experiment(ExperimentJson.inlineCircle(4, 0.1, 5));
        Path out = dir.resolve("model.py");

        CliRunner result = CliRunner.run("export-code", file.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        String script = Files.readString(out);
        assertTrue(script.startsWith("#!/usr/bin/env python3\n\"\"\"experiment.json: a NeuralLab experiment"), script);
        assertTrue(script.contains("optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)"), script);
        assertTrue(script.contains("EPOCHS = 5"), script);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the experiment and the script, no temporary file left");
        }
    }

    @Test
    void anInvalidExperimentIsRefusedWithFileFieldAndReasonAndNothingIsWritten() {
        ObjectNode json = ExperimentJson.inlineCircle(4, 0.1, 5);
        ((ObjectNode) json.at("/training/optimizer")).put("learningRate", -1);
        Path file = experiment(json);
        Path out = dir.resolve("model.py");

        CliRunner result = CliRunner.run("export-code", file.toString(), "--out", out.toString());

        assertEquals(2, result.exitCode());
        assertArrayEquals(new String[] {
            file + ": training.optimizer.learningRate: must be a finite number > 0, got -1"}, result.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnythingIsRead() {
        Path file = experiment(ExperimentJson.inlineCircle(4, 0.1, 5));

        CliRunner intoDirectory = CliRunner.run("export-code", file.toString(), "--out", dir.toString());
        CliRunner overExperiment = CliRunner.run("export-code", file.toString(), "--out", file.toString());
        CliRunner noSuchDirectory = CliRunner.run("export-code", file.toString(), "--out",
                dir.resolve("missing/model.py").toString());
        CliRunner noOut = CliRunner.run("export-code", file.toString());

        assertEquals(2, intoDirectory.exitCode());
        assertTrue(intoDirectory.err().contains("--out " + dir + ": is a folder"), intoDirectory.err());
        assertEquals(2, overExperiment.exitCode());
        assertTrue(overExperiment.err().contains("is the same file as the experiment file"), overExperiment.err());
        assertEquals(2, noSuchDirectory.exitCode());
        assertTrue(noSuchDirectory.err().contains("does not exist"), noSuchDirectory.err());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().contains("Missing required option: '--out"), noOut.err());
    }

    @Test
    void aMissingExperimentFileIsNamed() {
        Path missing = dir.resolve("nothing.json");

        CliRunner result = CliRunner.run("export-code", missing.toString(), "--out", dir.resolve("m.py").toString());

        assertEquals(2, result.exitCode());
        assertArrayEquals(new String[] {missing + ": no such file"}, result.errLines());
    }
}
