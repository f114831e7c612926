package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import neurallab.engine.LayerParameters;
import neurallab.session.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while saving: a child JVM saves two versions of an experiment in turn and is killed at random
 * moments; the file is always exactly one version, never a mixture, and the next save removes what the
 * killed one left.
 */
class KilledSaveTest {
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    /** Version {@code v}: a 2-64-64-1 network whose every weight is v + 0.25, about 100 KB as JSON. */
    static Experiment version(int v) throws IOException, ExperimentFileException {
        Path folder = Files.createTempDirectory("version");
        Path file = ExperimentJson.write(folder, "base.json", ExperimentJson.inlineCircle(64, 0.1, 1));
        Experiment base = ExperimentFiles.read(file);
        Files.delete(file);
        Files.delete(folder);
        int[] sizes = {2, 64, 1};
        List<LayerParameters> weights = new java.util.ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            double[][] kernel = new double[sizes[l]][sizes[l + 1]];
            for (double[] row : kernel) {
                Arrays.fill(row, v + 0.25 + l);
            }
            weights.add(new LayerParameters(kernel, new double[sizes[l + 1]]));
        }
        return base.withWeights(weights);
    }

    @Test
    void theFileIsTheOldOrTheNewVersionAfterEveryKill() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ExperimentFiles.write(a, version(0));
        ExperimentFiles.write(b, version(1));
        byte[][] versions = {Files.readAllBytes(a), Files.readAllBytes(b)};
        Path target = dir.resolve("experiment.json");
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        for (int k = 0; k < KILLS; k++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), target.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile()).start();
            while (!Files.exists(target) && child.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(100 + random.nextInt(400));
            assertTrue(child.isAlive(), "the child saves until killed: " + Files.readString(dir.resolve("child.log")));
            child.destroyForcibly().waitFor();

            byte[] saved = Files.readAllBytes(target);
            assertTrue(Arrays.equals(saved, versions[0]) || Arrays.equals(saved, versions[1]),
                    "kill " + k + ": " + saved.length + " bytes, neither version");
            ExperimentFiles.read(target);
        }
        ExperimentFiles.write(target, version(0));
        assertEquals(List.of("a.json", "b.json", "child.log", "experiment.json"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
