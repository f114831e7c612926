package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurallab.session.Experiment;
import neurallab.session.insight.RunComparison;
import neurallab.session.insight.RunComparison.PinnedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional pinnedRuns field: round trip, downsampling, absent, and bad entries by their path. */
class PinnedRunsFileTest {
    @TempDir
    Path dir;

    private static PinnedRun run(String label, int epochs, int size) {
        double[] losses = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            losses[e] = 1.0 / (1 + e);
        }
        if (epochs > 3) {
            losses[2] = Double.NaN;
        }
        int[] pixels = new int[size * size];
        for (int p = 0; p < pixels.length; p++) {
            pixels[p] = 0xFF000000 | (p * 7919) & 0xFFFFFF;
        }
        return new PinnedRun(label, losses, size, pixels);
    }

    @Test
    void pinnedRunsReadBackAsWritten() throws Exception {
        Experiment e = ExperimentFilesWriteTest.everything();
        List<PinnedRun> pins = List.of(run("adam η=0.01, 8-8-1, epoch 40", 40, 96), run("sgd η=0.1", 5, 0));
        Path file = dir.resolve("pinned.json");
        ExperimentFiles.write(file, new ExperimentDocument(e, pins));
        ExperimentDocument back = ExperimentFiles.readDocument(file);
        assertEquals(e.seed(), back.experiment().seed());
        assertEquals(ExperimentFiles.read(file).layers(), back.experiment().layers());
        assertEquals(2, back.pinnedRuns().size());
        for (int i = 0; i < pins.size(); i++) {
            PinnedRun want = pins.get(i);
            PinnedRun got = back.pinnedRuns().get(i);
            assertEquals(want.label(), got.label());
            assertArrayEquals(want.losses(), got.losses(), "NaN saved as null and read back as NaN");
            assertEquals(want.epochs(), got.epochs());
            assertEquals(want.thumbnailSize(), got.thumbnailSize());
            assertArrayEquals(want.thumbnail(), got.thumbnail());
        }
        assertTrue(Double.isNaN(back.pinnedRuns().get(0).loss(2)));
    }

    @Test
    void longSeriesAreDownsampledKeepingSpanAndFinalLoss() throws Exception {
        PinnedRun longRun = run("long", 25_000, 4);
        Path file = dir.resolve("long.json");
        ExperimentFiles.write(file, new ExperimentDocument(ExperimentFilesWriteTest.everything(), List.of(longRun)));
        PinnedRun got = ExperimentFiles.readDocument(file).pinnedRuns().get(0);
        assertEquals(RunComparison.MAX_SAVED_POINTS, got.points());
        assertEquals(25_000, got.epochs());
        assertEquals(longRun.loss(0), got.loss(0));
        assertEquals(longRun.finalLoss(), got.finalLoss());
        assertEquals(24_999, got.epochOf(got.points() - 1), 1e-9);
        assertTrue(Files.size(file) < 200_000, "a few tens of kilobytes, not megabytes: " + Files.size(file));
    }

    @Test
    void aFileWithoutPinsOpensWithNone() throws Exception {
        Path file = dir.resolve("plain.json");
        ExperimentFiles.write(file, ExperimentFilesWriteTest.everything());
        assertFalse(Files.readString(file).contains("pinnedRuns"), "no empty field is written");
        assertEquals(List.of(), ExperimentFiles.readDocument(file).pinnedRuns());
        Path spec = ExperimentJson.write(dir, "spec.json", ExperimentJson.specExample());
        assertEquals(List.of(), ExperimentFiles.readDocument(spec).pinnedRuns());
    }

    private ObjectNode withPins(String pinsJson) {
        ObjectNode tree = ExperimentJson.specExample();
        tree.set("pinnedRuns", ExperimentJson.parse(pinsJson));
        return tree;
    }

    @Test
    void badPinsAreReportedByTheirPath() {
        String good = "{\"label\": \"ok\", \"losses\": [1, 0.5, null], \"thumbnailSize\": 1, \"thumbnail\": [-1]}";
        assertEquals(List.of("pinnedRuns[1].losses[1]: must be a finite number, got \"x\""),
                ExperimentJson.problems(dir, withPins("[" + good + ", {\"label\": \"b\", \"losses\": [1, \"x\"]}]")));
        assertEquals(List.of("pinnedRuns[0].thumbnail: must hold thumbnailSize² = 4 pixels, got 3"),
                ExperimentJson.problems(dir, withPins(
                        "[{\"label\": \"a\", \"losses\": [], \"thumbnailSize\": 2, \"thumbnail\": [1, 2, 3]}]")));
        assertEquals(List.of("pinnedRuns[0].label: missing; must be a non-empty string"),
                ExperimentJson.problems(dir, withPins("[{\"losses\": [1]}]")));
        assertEquals(List.of("pinnedRuns: must be an array, got {}"), ExperimentJson.problems(dir, withPins("{}")));
        ArrayNode six = ExperimentJson.MAPPER.createArrayNode();
        for (int i = 0; i < 6; i++) {
            six.add(ExperimentJson.parse(good));
        }
        assertEquals(List.of("pinnedRuns: at most 5 pinned runs, got 6"),
                ExperimentJson.problems(dir, withPins(six.toString())));
        JsonNode ok = withPins("[" + good + "]");
        assertEquals(1, readPins(ok).size());
    }

    private List<PinnedRun> readPins(JsonNode tree) {
        try {
            return ExperimentFiles.readDocument(ExperimentJson.write(dir, "ok.json", tree)).pinnedRuns();
        } catch (ExperimentFileException e) {
            throw new AssertionError(e.getMessage());
        }
    }
}
