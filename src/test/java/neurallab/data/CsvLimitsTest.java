package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not bounded files, or that exceed a limit, are refused as they are met, naming the limit. */
class CsvLimitsTest {
    @TempDir
    Path dir;

    private List<String> problems(Path file) {
        DataException e = assertThrows(DataException.class,
                () -> CsvImport.read(file, "points.csv", null, ProblemType.CLASSIFICATION));
        return e.problems();
    }

    @Test
    void devicesAndFoldersAreRefusedBeforeAnyByteIsRead() {
        assertEquals(List.of("data.path: points.csv: is not a regular file (a device, pipe or socket); give a file "
                + "saved on disk"), problems(Path.of("/dev/zero")));
        assertEquals(List.of("data.path: points.csv: is a directory, not a file"), problems(dir));
    }

    @Test
    void aPipeWithNoWriterIsRefusedWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("points.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        // opening a FIFO for reading blocks until a writer comes: the type must be checked first
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> problems(fifo));

        assertTrue(problems.get(0).contains("not a regular file"), problems.toString());
    }

    @Test
    void aFileWhoseSizeSaysZeroIsCountedAsItIsRead() throws IOException {
        // /proc files report a size of 0, like devices and pipes
        try (InputStream in = BoundedFiles.open(Path.of("/proc/self/maps"), 16)) {
            IOException e = assertThrows(IOException.class, in::readAllBytes);
            assertEquals("the file is larger than 16 bytes, the limit (is this the right file?)", e.getMessage());
        }
    }

    @Test
    void theColumnLimitIsCheckedWhileTheFirstLineIsScanned() throws IOException {
        Path file = dir.resolve("wide.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(",".repeat(900_000).getBytes());
        }

        assertEquals(List.of("points.csv: line 1: more than 66 columns; at most 64 inputs, a label and a split column"),
                problems(file));
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("long.csv"), "x1,label\n1,a\n" + "7".repeat(2 << 20) + ",b\n");

        assertEquals(List.of("points.csv: line 3: a line longer than 1 MiB, the limit; a row holds at most 66 cells"),
                problems(file));
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefusedWithLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("big.csv"), "x1,x2,label\n1,2,a\n3,1e400,b\n-1e999,0,a\n");

        assertEquals(List.of(
                "points.csv: line 3, column 2 (x2): 1e400 is beyond ±1.7976931348623157E308, the largest number "
                        + "NeuralLab can hold",
                "points.csv: line 4, column 1 (x1): -1e999 is beyond ±1.7976931348623157E308, the largest number "
                        + "NeuralLab can hold"), problems(file));
    }

    @Test
    void manyBadRowsGiveTwentyProblemsAndACountOfTheRest() throws IOException {
        StringBuilder text = new StringBuilder("x1,label\n");
        for (int i = 0; i < 5000; i++) {
            text.append("oops,").append(i % 2).append('\n');
        }
        List<String> problems = problems(Files.writeString(dir.resolve("bad.csv"), text));

        assertEquals(21, problems.size());
        assertEquals("and 4980 more problems", problems.get(20));
    }

    @Test
    void aLongCellIsQuotedInPartInItsMessage() throws IOException {
        String cell = "a".repeat(30) + "b".repeat(100_000) + "c".repeat(30);
        Path file = Files.writeString(dir.resolve("cell.csv"), "x1,label\n1,a\n" + cell + ",b\n");

        assertEquals(List.of("points.csv: line 3, column 1 (x1): \"" + "a".repeat(20) + "…" + "c".repeat(20)
                + "\" is not a number"), problems(file));
    }

    @Test
    void tooManyRowsAreRefusedAtTheFirstRowPastTheLimit() throws IOException {
        StringBuilder text = new StringBuilder("x1,label\n");
        for (int i = 0; i <= CsvText.MAX_ROWS + 10; i++) {
            text.append(i % 7).append(',').append(i % 2).append('\n');
        }
        List<String> problems = problems(Files.writeString(dir.resolve("rows.csv"), text));

        assertEquals(List.of("points.csv: line 100002: more than 100,000 rows; NeuralLab trains in memory on at most"
                + " 100,000"), problems);
    }
}
