package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import neurallab.engine.LayerParameters;
import neurallab.session.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be saved can be opened again: a save beyond the reading limit is refused and the old file kept. */
class SaveLimitTest {
    @TempDir
    Path dir;

    @Test
    void aSaveLargerThanTheReadingLimitIsRefusedAndThePreviousFileKept() throws Exception {
        Path file = ExperimentJson.write(dir, "experiment.json", ExperimentJson.inlineCircle(4, 0.1, 1));
        Experiment experiment = ExperimentFiles.read(file);
        String before = Files.readString(file);
        // 2,000 × 2,000 weights of about 20 characters each: some 80 MB of JSON
        Random random = new Random(1);
        double[][] kernel = new double[2000][2000];
        for (double[] row : kernel) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        Experiment huge = experiment.withWeights(List.of(new LayerParameters(kernel, new double[2000])));

        IOException e = assertThrows(IOException.class, () -> ExperimentFiles.write(file, huge));

        assertTrue(e.getMessage().startsWith(file + ": the experiment would be larger than 64 MiB, the most an "
                + "experiment file may hold, so it could not be opened again"), e.getMessage());
        assertEquals(before, Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
