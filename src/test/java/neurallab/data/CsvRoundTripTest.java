package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {
    @TempDir
    Path dir;

    private Splits roundTrip(Splits splits, ProblemType problem) throws Exception {
        Path file = dir.resolve("shared.csv");
        CsvExport.write(splits, file);
        CsvData csv = CsvImport.read(file, "shared.csv", null, problem);
        assertTrue(csv.hasSplit());
        return csv.splits("shared.csv");
    }

    private static void assertSameDataset(Dataset expected, Dataset actual) {
        assertTrue(Arrays.deepEquals(expected.inputs(), actual.inputs()), "inputs, bit for bit");
        assertArrayEquals(expected.targets(), actual.targets(), 0);
        assertEquals(expected.inputNames(), actual.inputNames());
        assertEquals(expected.classNames(), actual.classNames());
    }

    @Test
    void generatedPointsComeBackBitForBitInTheirSplits() throws Exception {
        Splits splits = DataLoader.load(new DataSource.Generator("spiral", 300, 0.3, 0, 0.3, 0.2),
                ProblemType.CLASSIFICATION, dir, 11);
        Splits back = roundTrip(splits, ProblemType.CLASSIFICATION);
        assertSameDataset(splits.train(), back.train());
        assertSameDataset(splits.validation(), back.validation());
        assertSameDataset(splits.test(), back.test());
    }

    @Test
    void regressionTargetsComeBackExactly() throws Exception {
        Splits splits = DataLoader.load(new DataSource.Generator("multi-gaussian", 500, 0.2, 0, 0.5, 0),
                ProblemType.REGRESSION, dir, 3);
        Splits back = roundTrip(splits, ProblemType.REGRESSION);
        assertSameDataset(splits.train(), back.train());
        assertSameDataset(splits.test(), back.test());
        assertTrue(back.validation().isEmpty());
    }

    @Test
    void textClassNamesSurviveForEveryPoint() throws Exception {
        Splits splits = DataLoader.load(new DataSource.Builtin("iris", 0.3, 0), ProblemType.CLASSIFICATION, dir, 5);
        Splits back = roundTrip(splits, ProblemType.CLASSIFICATION);
        assertTrue(Arrays.deepEquals(splits.test().inputs(), back.test().inputs()));
        assertEquals(splits.train().inputNames(), back.train().inputNames());
        for (int i = 0; i < splits.test().size(); i++) {
            assertEquals(splits.test().classNames().get((int) splits.test().targets()[i]),
                    back.test().classNames().get((int) back.test().targets()[i]));
        }
    }

    @Test
    void theLoaderKeepsTheSplitOfAnExportedFile() throws Exception {
        Splits splits = DataLoader.load(new DataSource.Generator("xor", 200, 0, 0, 0.25, 0),
                ProblemType.CLASSIFICATION, dir, 1);
        CsvExport.write(splits, dir.resolve("xor.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("xor.csv"));
        assertEquals("x1,x2,label,split", lines.get(0));
        Splits loaded = DataLoader.load(new DataSource.Csv("xor.csv", null, 0.5, 0.2), ProblemType.CLASSIFICATION,
                dir, 99);
        assertSameDataset(splits.test(), loaded.test());
        assertSameDataset(splits.train(), loaded.train());
    }
}
