package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurallab.io.ExperimentFiles;
import neurallab.io.ExperimentJson;
import neurallab.io.TraceFiles;
import neurallab.session.TrainingResult;
import neurallab.session.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Playground's largest network trained headless for many epochs ({@code -Dneurallab.soak.epochs}, 10^6 in the
 * {@code long} profile): the heap after a full GC grows by no more than the epoch records kept for the trace, and
 * the trace, streamed to disk, holds every epoch with finite figures.
 */
class HeadlessSoakTest {
    private static final int CHECKPOINTS = 10;
    // an EpochRecord with its boxed figures and its list slot: about 170 bytes; twice that as the bound
    private static final long BYTES_PER_EPOCH = 350;

    @TempDir
    Path dir;

    @Test
    void theLargestPlaygroundNetworkTrainsWithAHeapThatGrowsOnlyByItsHistory() throws Exception {
        int epochs = Integer.getInteger("neurallab.soak.epochs", 5_000);
        Path file = Path.of(System.getProperty("neurallab.repo", "."), "resources/bench/playground-largest.json");
        TrainingRun run = TrainingRun.start(ExperimentFiles.read(file), file.toAbsolutePath().getParent());
        List<Long> heap = new ArrayList<>();
        long start = System.nanoTime();

        TrainingResult result = run.train(epochs, record -> {
            if (record.epoch() % (epochs / CHECKPOINTS) == 0) {
                heap.add(heapAfterFullGc());
            }
            return true;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Path trace = dir.resolve("trace.json");
        TraceFiles.write(trace, result);

        long growth = heap.get(heap.size() - 1) - heap.get(1);
        long allowed = BYTES_PER_EPOCH * epochs + (8L << 20);
        System.out.printf(Locale.ROOT, "soak: %,d epochs in %.0f s; heap after full GC (MiB): %s; growth %.1f MiB "
                + "(%.0f bytes/epoch, the records kept for the trace)%n", epochs, seconds,
                heap.stream().map(b -> String.format(Locale.ROOT, "%.1f", b / 1048576.0)).toList(), growth / 1048576.0,
                growth / (double) epochs);
        assertFalse(result.diverged());
        assertEquals(epochs + 1, result.epochs().size());
        assertTrue(growth < allowed, "heap grew " + growth + " bytes, allowed " + allowed + ": " + heap);
        JsonNode rows = ExperimentJson.MAPPER.readTree(trace.toFile()).get("epochs");
        assertEquals(epochs + 1, rows.size());
        for (JsonNode row : rows) {
            double loss = row.get("trainLoss").doubleValue();
            assertTrue(row.get("trainLoss").isNumber() && loss >= 0 && loss < 10, row.toString());
        }
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
