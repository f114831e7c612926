package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement: the old file or the new one, never a mixture, and nothing left behind. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("experiment.json");
        Files.writeString(target, "old");

        // a full disk: the store takes some bytes, then refuses the rest
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("experiment.json"), names());
    }

    @Test
    void aPreparedContentIsInvisibleUntilCommittedAndGoneWhenClosedUncommitted() throws IOException {
        Path target = dir.resolve("trace.json");
        Files.writeString(target, "old");

        try (AtomicFiles.Pending pending = AtomicFiles.prepare(target, out -> out.write("new".getBytes()))) {
            assertEquals("old", Files.readString(target));
            assertEquals(2, names().size(), "the new content waits beside the target");
        }

        assertEquals("old", Files.readString(target));
        assertEquals(List.of("trace.json"), names());
        try (AtomicFiles.Pending pending = AtomicFiles.prepare(target, out -> out.write("new".getBytes()))) {
            pending.commit();
        }
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("trace.json"), names());
    }

    @Test
    void temporaryFilesOfAKilledWriteAreRemovedByTheNextWriteOfTheSameFile() throws IOException {
        String leftover = ".a.json." + UUID.randomUUID() + ".tmp";
        Files.writeString(dir.resolve(leftover), "half a file");
        Files.writeString(dir.resolve(".b.json." + UUID.randomUUID() + ".tmp"), "another file's");
        Files.writeString(dir.resolve(".a.json.notes.tmp"), "not ours: no uuid");

        AtomicFiles.write(dir.resolve("a.json"), "{}".getBytes(StandardCharsets.UTF_8));

        List<String> names = names();
        assertFalse(names.contains(leftover), names.toString());
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.contains(".a.json.notes.tmp"));
    }

    @Test
    void aSymbolicLinkADeviceAndAFolderAreNeverReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "kept");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        IOException viaLink = assertThrows(IOException.class, () -> AtomicFiles.write(link, new byte[] {1}));
        IOException device = assertThrows(IOException.class, () -> AtomicFiles.checkWritable(Path.of("/dev/null")));
        IOException folder = assertThrows(IOException.class, () -> AtomicFiles.write(dir, new byte[] {1}));

        assertTrue(viaLink.getMessage().contains("is a symbolic link"), viaLink.getMessage());
        assertTrue(device.getMessage().contains("not a regular file"), device.getMessage());
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("kept", Files.readString(real));
        assertFalse(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void checkingWritabilityLeavesNothingBehindAndNamesAMissingFolder() throws IOException {
        AtomicFiles.checkWritable(dir.resolve("new.json"));
        IOException missing = assertThrows(IOException.class,
                () -> AtomicFiles.checkWritable(dir.resolve("no/such/folder/new.json")));

        assertEquals(List.of(), names());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void aLargeTraceOrExperimentIsStreamedWithTheSameLayoutAsASmallOne() throws IOException {
        // a 2-3-1 net laid out from its tree, and the same numbers repeated past the streaming threshold
        double[] row = {0.5, -0.25, 1.0};
        var small = new neurallab.engine.LayerParameters(new double[][] {row, row}, new double[] {0, 0, 0});
        double[][] tall = new double[400][];
        java.util.Arrays.fill(tall, row);
        var large = new neurallab.engine.LayerParameters(tall, new double[] {0, 0, 0});
        java.io.StringWriter smallOut = new java.io.StringWriter();
        java.io.StringWriter largeOut = new java.io.StringWriter();

        ExperimentWriter.streamWeights(List.of(small), DoubleNode::valueOf).write(smallOut, "  ");
        ExperimentWriter.streamWeights(List.of(large), DoubleNode::valueOf).write(largeOut, "  ");

        ObjectNode layer = ExperimentJson.MAPPER.createObjectNode();
        layer.set("kernel", ExperimentJson.MAPPER.valueToTree(tall));
        layer.set("bias", ExperimentJson.MAPPER.valueToTree(new double[] {0, 0, 0}));
        String expectedLarge = JsonLayout.layout(ExperimentJson.MAPPER.createArrayNode().add(layer), "  ");
        assertEquals("[{\"kernel\": [[0.5, -0.25, 1.0], [0.5, -0.25, 1.0]], \"bias\": [0.0, 0.0, 0.0]}]",
                smallOut.toString());
        assertArrayEquals(expectedLarge.lines().toArray(), largeOut.toString().lines().toArray());
    }
}
