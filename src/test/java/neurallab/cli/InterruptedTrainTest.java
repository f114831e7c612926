package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import neurallab.io.ExperimentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+C (SIGINT) during a long headless run: exit 130 with the trace of every finished epoch. */
class InterruptedTrainTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCWritesTheTraceUpToTheLastFinishedEpochAndExits130() throws Exception {
        Path file = ExperimentJson.write(dir, "experiment.json", ExperimentJson.inlineCircle(4, 0.1, 1));
        Path trace = dir.resolve("trace.json");
        Path log = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        // the signal must come once training runs: a signal during start-up exits 130 with nothing to write
        for (int attempt = 1; attempt <= 4; attempt++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "neurallab.Main",
                    "train", file.toString(), "--trace", trace.toString(), "--epochs", "100000000")
                    .redirectError(log.toFile()).start();
            Thread.sleep(2000L * attempt);
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child stops after its current epoch");
            String err = Files.readString(log);
            if (!err.contains("interrupted")) {
                continue;
            }
            assertEquals(130, child.exitValue(), err);
            JsonNode written = ExperimentJson.MAPPER.readTree(trace.toFile());
            int rows = written.get("epochs").size();
            assertTrue(rows >= 1, err);
            assertEquals(rows - 1, written.at("/epochs/" + (rows - 1) + "/epoch").intValue());
            assertFalse(written.get("diverged").booleanValue());
            assertEquals(2, written.at("/weights/0/kernel").size());
            assertTrue(err.contains(file + ": interrupted; the trace holds epochs 0 to " + (rows - 1)), err);
            return;
        }
        throw new AssertionError("training never started within 8 s: " + Files.readString(log));
    }
}
