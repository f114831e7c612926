package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import neurallab.io.ExperimentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train's outputs are checked before training, so that a refused one leaves nothing written; its messages are safe. */
class TrainOutputsTest {
    @TempDir
    Path dir;

    private Path experiment(ObjectNode json) {
        return ExperimentJson.write(dir, "experiment.json", json);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertRefused(CliRunner result, String expectedLine) throws IOException {
        assertEquals(2, result.exitCode(), result.err());
        assertArrayEquals(new String[] {expectedLine}, result.errLines());
        assertEquals("", result.out());
    }

    @Test
    void traceAndSaveOnTheSameFileAreRefusedHoweverTheyAreWritten() throws IOException {
        Path file = experiment(ExperimentJson.inlineCircle(3, 0.1, 2));
        Path out = dir.resolve("out.json");
        String alias = dir.resolve("sub/../out.json").toString();
        Files.createDirectory(dir.resolve("sub"));

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", out.toString(), "--save", alias);

        assertRefused(result, "--save " + alias + ": is the same file as --trace; give another name");
        assertEquals(List.of("experiment.json", "sub"), files());
    }

    @Test
    void theTraceCannotReplaceTheExperimentOrItsDataNorThroughALink() throws IOException {
        Path file = experiment(ExperimentJson.inlineCircle(3, 0.1, 2));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        String same = dir.resolve(".").resolve("experiment.json").toString();
        Path csv = Files.writeString(dir.resolve("points.csv"), "x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n"
                + "0.5,0.5,0\n0.2,0.9,1\n");
        ObjectNode csvExperiment = ExperimentJson.inlineCircle(3, 0.1, 2);
        csvExperiment.set("data", ExperimentJson.parse("{\"source\": \"csv\", \"path\": \"points.csv\", "
                + "\"testFraction\": 0.5, \"validationFraction\": 0}"));
        csvExperiment.remove("features");
        Path csvFile = ExperimentJson.write(dir, "csv.json", csvExperiment);

        CliRunner viaLink = CliRunner.run("train", file.toString(), "--trace", link.toString());
        CliRunner byAlias = CliRunner.run("train", file.toString(), "--trace", same);
        CliRunner overData = CliRunner.run("train", csvFile.toString(), "--trace", csv.toString());
        Path hard = Files.createLink(dir.resolve("hard.json"), file);
        CliRunner viaHardLink = CliRunner.run("train", file.toString(), "--trace", hard.toString());
        Files.delete(hard);

        assertTrue(viaLink.err().startsWith("--trace " + link + ": is a symbolic link; give the file it points to"),
                viaLink.err());
        assertRefused(byAlias, "--trace " + same + ": is the same file as the experiment file; give another name");
        assertRefused(overData, "--trace " + csv + ": is the same file as the data file; give another name");
        assertRefused(viaHardLink, "--trace " + hard + ": is the same file as the experiment file; give another name");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("csv.json", "experiment.json", "link.json", "points.csv"), files());
    }

    @Test
    void devicesAndPipesAreNeitherReadNorReplaced() throws Exception {
        Path file = experiment(ExperimentJson.inlineCircle(3, 0.1, 2));
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        CliRunner toNull = CliRunner.run("train", file.toString(), "--trace", "/dev/null");
        CliRunner fromPipe = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> CliRunner.run("train", fifo.toString(), "--trace", dir.resolve("t.json").toString()));
        CliRunner toPipe = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> CliRunner.run("train", file.toString(), "--trace", fifo.toString()));

        assertRefused(toNull, "--trace /dev/null: is not a regular file (a device, pipe or socket); give a file name");
        assertRefused(fromPipe, fifo + ": is not a regular file (a device, pipe or socket); give a file saved on disk");
        assertRefused(toPipe, "--trace " + fifo + ": is not a regular file (a device, pipe or socket); give a file name");
        assertFalse(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("experiment.json", "pipe.json"), files());
    }

    @Test
    void aDirectoryGivenAsTheExperimentIsRefused() throws IOException {
        CliRunner result = CliRunner.run("train", dir.toString(), "--trace", dir.resolve("t.json").toString());

        assertRefused(result, dir + ": is a directory, not a file");
    }

    @Test
    void escapeSequencesFromTheFileNeverReachTheTerminal() throws IOException {
        Files.writeString(dir.resolve("points.csv"), "x\u001b]0;pwned\u0007\u001b[2J,label\n0,0\n1,1\n");
        ObjectNode json = ExperimentJson.inlineCircle(3, 0.1, 2);
        json.set("data", ExperimentJson.parse("{\"source\": \"csv\", \"path\": \"points.csv\", "
                + "\"labelColumn\": \"y\", \"testFraction\": 0.5, \"validationFraction\": 0}"));
        json.remove("features");
        Path file = experiment(json);

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", dir.resolve("t.json").toString());

        assertEquals(2, result.exitCode(), result.err());
        assertFalse(result.err().chars().anyMatch(c -> c == 0x1b || c == 0x07), result.err());
        assertTrue(result.err().contains("its columns: x\\u001b]0;pwned\\u0007\\u001b[2J, label"), result.err());
    }

    @Test
    void aSuccessfulRunEndsWithOneSummaryLineOnStdout() throws IOException {
        Path file = experiment(ExperimentJson.inlineCircle(4, 0.1, 5));

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", dir.resolve("t.json").toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("trained 5 epochs: train loss [0-9.e-]+, test loss [0-9.e-]+, "
                + "train accuracy [0-9.]+%, test accuracy [0-9.]+%\\R"), result.out());
    }

    @Test
    void aNetworkTooLargeForMemoryIsRefusedWithTheFigureBeforeAllocating() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(4096, 0.1, 1);
        var layers = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("layers");
        for (int i = 0; i < 60; i++) {
            layers.insert(0, layers.get(0).deepCopy());
        }
        Path file = experiment(json);

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", dir.resolve("t.json").toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().matches("(?s)" + java.util.regex.Pattern.quote(file.toString())
                + ": layers: the network and its data need about [0-9.]+ GiB of memory, and Java may use at most "
                + "[0-9.]+ GiB here .*"), result.err());
        assertEquals(List.of("experiment.json"), files());
    }

    @Test
    void aSaveTooLargeToReopenIsRefusedBeforeTraining() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(2048, 0.1, 1);
        var layers = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("layers");
        layers.insert(0, layers.get(0).deepCopy());
        Path file = experiment(json);

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", dir.resolve("t.json").toString(),
                "--save", dir.resolve("s.json").toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("--save " + dir.resolve("s.json") + ": the network's weights could take up"
                + " to 104 MiB as JSON, more than the 64 MiB an experiment file may hold"), result.err());
        assertEquals(List.of("experiment.json"), files());
    }

    @Test
    void thousandsOfProblemsPrintTwentyLinesAndACount() throws IOException {
        ObjectNode json = ExperimentJson.inlineCircle(3, 0.1, 2);
        var train = ExperimentJson.MAPPER.createArrayNode();
        for (int i = 0; i < 5000; i++) {
            train.addArray().add("x").add(1).add(0);
        }
        ((ObjectNode) json.get("data")).set("train", train);
        Path file = experiment(json);

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", dir.resolve("t.json").toString());

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(21, result.errLines().length, result.err());
        assertTrue(result.errLines()[20].matches(".*and \\d+ more problems"), result.errLines()[20]);
    }

    @Test
    void aNameTheFolderCannotHoldIsRefusedBeforeTraining() throws IOException {
        Path file = experiment(ExperimentJson.inlineCircle(3, 0.1, 2));
        Path tooLong = dir.resolve("t".repeat(300) + ".json");

        CliRunner result = CliRunner.run("train", file.toString(), "--trace", tooLong.toString());

        assertRefused(result, "--trace " + tooLong + ": cannot create a file in " + dir + ": File name too long");
        assertEquals(List.of("experiment.json"), files());
    }
}
