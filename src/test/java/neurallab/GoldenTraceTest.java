package neurallab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against PyTorch: every {@code NAME.experiment.json} under src/test/resources/golden is
 * trained through the headless command and its trace compared, number by number, with
 * {@code NAME.trace.json}, which make_goldens.py computed with torch in float64 (see README.md there).
 * A number matches when |engine − golden| ≤ 1e-9 + 1e-9·|golden|; null and an absent field are the same.
 */
class GoldenTraceTest {
    private static final double ABS_TOL = 1e-9;
    private static final double REL_TOL = 1e-9;
    private static final String SUFFIX = ".experiment.json";
    /** Every figure a trace row may carry (docs/file-format.md, "Trace"). */
    private static final List<String> ROW_FIELDS = List.of("epoch", "learningRate", "trainLoss", "testLoss",
            "validationLoss", "trainAccuracy", "testAccuracy", "validationAccuracy");
    private static final List<String> LAYER_FIELDS = List.of("kernel", "bias", "gamma", "beta", "runningMean",
            "runningVar");
    private static final int MAX_REPORTED = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> experiments() throws IOException {
        Path dir = goldenDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            assertFalse(found.isEmpty(), "no golden experiments in " + dir.toAbsolutePath());
            return found.stream();
        }
    }

    /** src/test/resources/golden from the working directory or the repository, else the class path. */
    private static Path goldenDirectory() {
        Path relative = Path.of("src/test/resources/golden");
        if (Files.isDirectory(relative)) {
            return relative;
        }
        String repo = System.getProperty("neurallab.repo");
        if (repo != null && Files.isDirectory(Path.of(repo).resolve(relative))) {
            return Path.of(repo).resolve(relative);
        }
        URL url = GoldenTraceTest.class.getResource("/golden");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("golden directory not found: " + relative.toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiments")
    void engineMatchesPyTorch(Path experiment, @TempDir Path tmp) throws IOException {
        String name = experiment.getFileName().toString().replace(SUFFIX, "");
        Path goldenTrace = experiment.resolveSibling(name + ".trace.json");
        assertTrue(Files.isRegularFile(goldenTrace), name + ": golden trace missing: " + goldenTrace);
        Path trace = tmp.resolve(name + ".trace.json");

        String[] output = new String[1];
        int code = runCapturing(output, "train", experiment.toAbsolutePath().toString(), "--trace", trace.toString());
        assertEquals(0, code, name + ": train exited with " + code + "; its output:\n" + output[0]);
        assertTrue(Files.isRegularFile(trace), name + ": train exited 0 but wrote no trace at " + trace);

        List<String> problems = compareTraces(JSON.readTree(trace.toFile()), JSON.readTree(goldenTrace.toFile()));
        if (!problems.isEmpty()) {
            int shown = Math.min(problems.size(), MAX_REPORTED);
            fail(name + ": " + problems.size() + " difference(s) from PyTorch (tolerance " + ABS_TOL + " + "
                    + REL_TOL + "·|golden|)" + (shown < problems.size() ? ", first " + shown : "") + ":\n  "
                    + String.join("\n  ", problems.subList(0, shown)));
        }
    }

    /** The comparison itself: a golden trace matches itself and a nudged copy is caught, by name. */
    @org.junit.jupiter.api.Test
    void comparisonFindsEveryDifference() throws IOException {
        JsonNode golden = JSON.readTree(goldenDirectory().resolve("early-stop-restore.trace.json").toFile());
        assertEquals(List.of(), compareTraces(golden.deepCopy(), golden));

        JsonNode nudged = golden.deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode row =
                (com.fasterxml.jackson.databind.node.ObjectNode) nudged.path("epochs").get(2);
        row.put("trainLoss", row.get("trainLoss").doubleValue() + 1e-6);
        row.putNull("validationAccuracy");
        ((com.fasterxml.jackson.databind.node.ArrayNode) nudged.path("weights").get(1).get("kernel").get(3))
                .set(0, golden.path("weights").get(1).get("kernel").get(3).get(0).doubleValue() * (1 + 1e-8));
        ((com.fasterxml.jackson.databind.node.ObjectNode) nudged).put("bestEpoch", 4);
        List<String> problems = compareTraces(nudged, golden);
        assertEquals(4, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("bestEpoch: engine 4, golden 3"), problems.get(0));
        assertTrue(problems.get(1).startsWith("epoch 2 trainLoss:"), problems.get(1));
        assertTrue(problems.get(2).startsWith("epoch 2 validationAccuracy: engine null"), problems.get(2));
        assertTrue(problems.get(3).startsWith("weights[1].kernel[3][0]:"), problems.get(3));
    }

    /** Cli.run with stdout and stderr captured (the command's messages go in the failure message). */
    private static int runCapturing(String[] output, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return neurallab.cli.Cli.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
            output[0] = buffer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Every difference between the engine's trace and the golden one, one line each. */
    static List<String> compareTraces(JsonNode actual, JsonNode golden) {
        List<String> problems = new ArrayList<>();
        compareScalar(problems, "format", actual.get("format"), golden.get("format"));
        compareScalar(problems, "version", actual.get("version"), golden.get("version"));
        for (String flag : List.of("diverged", "stoppedEarly", "bestEpoch")) {
            compareScalar(problems, flag, actual.get(flag), golden.get(flag));
        }

        JsonNode rows = actual.path("epochs");
        JsonNode goldenRows = golden.path("epochs");
        if (rows.size() != goldenRows.size()) {
            problems.add("epochs: engine wrote " + rows.size() + " rows, golden has " + goldenRows.size()
                    + " (epochs 0.." + (goldenRows.size() - 1) + ")");
        }
        for (int i = 0; i < Math.min(rows.size(), goldenRows.size()); i++) {
            for (String field : ROW_FIELDS) {
                compareScalar(problems, "epoch " + i + " " + field, rows.get(i).get(field), goldenRows.get(i).get(field));
            }
        }

        JsonNode layers = actual.path("weights");
        JsonNode goldenLayers = golden.path("weights");
        if (layers.size() != goldenLayers.size()) {
            problems.add("weights: engine has " + layers.size() + " layers, golden " + goldenLayers.size());
        }
        for (int l = 0; l < Math.min(layers.size(), goldenLayers.size()); l++) {
            for (String field : LAYER_FIELDS) {
                compareArray(problems, "weights[" + l + "]." + field, layers.get(l).get(field),
                        goldenLayers.get(l).get(field));
            }
        }
        return problems;
    }

    private static boolean isNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Numbers within tolerance; null/absent on both sides or neither; other values equal. */
    private static void compareScalar(List<String> problems, String where, JsonNode actual, JsonNode golden) {
        if (isNull(golden) || isNull(actual)) {
            if (isNull(golden) != isNull(actual)) {
                problems.add(where + ": engine " + (isNull(actual) ? "null" : actual) + ", golden "
                        + (isNull(golden) ? "null" : golden));
            }
            return;
        }
        if (golden.isNumber()) {
            if (!actual.isNumber()) {
                problems.add(where + ": engine " + actual + " is not a number, golden " + golden);
                return;
            }
            if (golden.isIntegralNumber()) {            // epoch, bestEpoch, version: exact
                if (actual.doubleValue() != golden.doubleValue()) {
                    problems.add(where + ": engine " + actual.asText() + ", golden " + golden.asText());
                }
            } else {
                compareNumber(problems, where, actual.doubleValue(), golden.doubleValue());
            }
        } else if (!actual.equals(golden)) {
            problems.add(where + ": engine " + actual + ", golden " + golden);
        }
    }

    private static void compareNumber(List<String> problems, String where, double actual, double golden) {
        double diff = Math.abs(actual - golden);
        if (!(diff <= ABS_TOL + REL_TOL * Math.abs(golden))) {     // also catches NaN
            problems.add(String.format("%s: engine %s, golden %s (|Δ| %.3e, relative %.3e)", where,
                    Double.toString(actual), Double.toString(golden), diff, diff / Math.max(Math.abs(golden), 1e-300)));
        }
    }

    /** Nested number arrays (a kernel [fanIn][units] or a vector) element by element. */
    private static void compareArray(List<String> problems, String where, JsonNode actual, JsonNode golden) {
        if (isNull(golden) || isNull(actual)) {
            if (isNull(golden) != isNull(actual)) {
                problems.add(where + ": engine " + (isNull(actual) ? "absent" : "present") + ", golden "
                        + (isNull(golden) ? "absent" : "present"));
            }
            return;
        }
        if (golden.isArray()) {
            if (!actual.isArray() || actual.size() != golden.size()) {
                problems.add(where + ": engine has " + (actual.isArray() ? actual.size() + " elements" : actual)
                        + ", golden " + golden.size());
                return;
            }
            Iterator<JsonNode> a = actual.elements();
            Iterator<JsonNode> g = golden.elements();
            for (int i = 0; g.hasNext(); i++) {
                compareArray(problems, where + "[" + i + "]", a.next(), g.next());
            }
            return;
        }
        compareScalar(problems, where, actual, golden);
    }
}
