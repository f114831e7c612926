package neurallab.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neurallab.cli.Cli;
import neurallab.io.ExperimentJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported PyTorch scripts, run by python3 with torch, against NeuralLab's headless trace of the same
 * experiment (every case of {@link ExportCases}, and the golden experiments, whose weights are in the file):
 * {@code neurallab train} writes one trace, {@code neurallab export-code} writes the script, and the
 * script's {@code --trace} the other. Every script
 * runs in one Python process (importing torch takes seconds). The largest relative loss difference per
 * experiment goes to target/pytorch-export-comparison.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PyTorchTraceTest {
    /** The deliberately wrong script: the adam case with one extra optimizer step in epoch 3. */
    private static final String ALTERED = "opt-adam-altered";
    private static final String EXTRA_STEP = """
                        optimizer.step()
                        if epoch == 3:
                            optimizer.step()  # deliberately wrong: a second step on this batch
            """;
    /** Runs with shuffling and dropout: not comparable, but it must run and say where its randomness comes from. */
    private static final String RANDOM = "shuffle-dropout";

    private Path dir;
    /** Why python3 with torch cannot run the scripts, or null. */
    private String torchMissing;
    private final Map<String, Double> largest = new TreeMap<>();

    List<ExportCases.Case> cases() {
        List<ExportCases.Case> cases = new ArrayList<>(ExportCases.all());
        cases.addAll(ExportCases.goldens());
        return cases;
    }

    @BeforeAll
    void trainEveryCaseInNeuralLabAndInPyTorch(@TempDir Path tmp) throws IOException, URISyntaxException {
        dir = tmp;
        torchMissing = TorchPython.missing();
        if (torchMissing != null) {
            return;
        }
        List<Path[]> scripts = new ArrayList<>();
        List<ExportCases.Case> all = new ArrayList<>(cases());
        all.add(new ExportCases.Case(RANDOM, randomCase()));
        for (ExportCases.Case c : all) {
            Path experiment = ExperimentJson.write(dir, c.name() + ".json", c.experiment());
            cli("export-code", experiment.toString(), "--out", script(c.name()).toString());
            if (!c.name().equals(RANDOM)) {
                Path trace = dir.resolve(c.name() + ".neurallab.json");
                int code = cli("train", experiment.toString(), "--trace", trace.toString());
                assertEquals(c.name().equals("diverges") ? 3 : 0, code, c.name() + ": neurallab train exit code");
            }
            scripts.add(run(c.name()));
        }
        String adam = Files.readString(script("opt-adam"));
        String stepLine = "            optimizer.step()\n";
        assertTrue(adam.contains(stepLine));
        Files.writeString(script(ALTERED), adam.replace(stepLine, EXTRA_STEP));
        Files.copy(dir.resolve("opt-adam.neurallab.json"), dir.resolve(ALTERED + ".neurallab.json"));
        scripts.add(run(ALTERED));
        Path runner = Path.of(getClass().getResource("/export/run_scripts.py").toURI());
        TorchPython.runAll(runner, scripts);
    }

    @BeforeEach
    void needsTorch() {
        Assumptions.assumeTrue(torchMissing == null, torchMissing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scriptReproducesNeuralLabsTrace(ExportCases.Case c) throws IOException {
        TraceComparison.Result result = compare(c.name());
        largest.put(c.name(), result.largestLossDifference());
        if (!result.problems().isEmpty()) {
            List<String> shown = result.problems().subList(0, Math.min(20, result.problems().size()));
            fail(c.name() + ": " + result.problems().size() + " difference(s) between PyTorch and NeuralLab:\n  "
                    + String.join("\n  ", shown) + "\nscript output:\n" + TorchPython.log(log(c.name())));
        }
    }

    @Test
    void aScriptWithOneWrongStepIsCaughtAtTheEpochOfThatStep() throws IOException {
        TraceComparison.Result result = compare(ALTERED);
        assertFalse(result.problems().isEmpty(), "the altered script must not match");
        String all = String.join("\n", result.problems());
        assertTrue(result.problems().stream().noneMatch(p -> p.matches("epoch [012] .*")), all);
        assertTrue(result.problems().stream().anyMatch(p -> p.startsWith("epoch 3 trainLoss")), all);
    }

    @Test
    void aTraceWithOneLossOffByTwoMillionthsIsCaught() throws IOException {
        JsonNode neurallab = read(dir.resolve("opt-sgd.neurallab.json"));
        JsonNode torch = read(dir.resolve("opt-sgd.torch.json"));
        assertEquals(List.of(), TraceComparison.compare(torch, neurallab).problems());
        ObjectNode row = (ObjectNode) torch.get("epochs").get(2);
        row.put("testLoss", row.get("testLoss").doubleValue() * (1 + 2e-6));
        List<String> problems = TraceComparison.compare(torch, neurallab).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("epoch 2 testLoss"), problems.get(0));
    }

    @Test
    void withShufflingAndDropoutTheScriptRunsAndSaysTorchDrawsTheRandomness() throws IOException {
        String output = TorchPython.log(log(RANDOM));
        assertTrue(output.contains("Shuffling with PyTorch's generator"), output);
        assertTrue(output.contains("Dropout masks come from PyTorch's generator"), output);
        assertTrue(output.contains("epoch    3"), output);
        JsonNode trace = read(dir.resolve(RANDOM + ".torch.json"));
        assertEquals(5, trace.get("epochs").size(), "epochs 0 to 4");
        String script = Files.readString(script(RANDOM));
        assertTrue(script.contains("shuffle=True"), script);
        assertTrue(script.contains("nn.Dropout(0.25)"), script);
    }

    @AfterAll
    void writeTheLargestDifferences() throws IOException {
        if (largest.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder("# largest relative loss difference, PyTorch script vs NeuralLab\n");
        largest.forEach((name, d) -> report.append(String.format("%-28s %.3e%n", name, d)));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("pytorch-export-comparison.txt"), report);
        }
    }

    private static ObjectNode randomCase() {
        ObjectNode e = ExportCases.base();
        ExportCases.training(e).put("shuffle", true);
        ExportCases.hidden(e, 0).put("dropout", 0.25);
        return e;
    }

    private TraceComparison.Result compare(String name) throws IOException {
        Path torch = dir.resolve(name + ".torch.json");
        if (!Files.isRegularFile(torch)) {
            fail(name + ": the script wrote no trace; its output:\n" + TorchPython.log(log(name)));
        }
        return TraceComparison.compare(read(torch), read(dir.resolve(name + ".neurallab.json")));
    }

    private static JsonNode read(Path file) throws IOException {
        return ExperimentJson.MAPPER.readTree(file.toFile());
    }

    private Path script(String name) {
        return dir.resolve(name + ".py");
    }

    private Path log(String name) {
        return dir.resolve(name + ".log");
    }

    private Path[] run(String name) {
        return new Path[] {script(name), dir.resolve(name + ".torch.json"), log(name)};
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        if (code != 0 && code != 3) {
            fail(String.join(" ", args) + " exited with " + code + ":\n" + err);
        }
        return code;
    }
}
