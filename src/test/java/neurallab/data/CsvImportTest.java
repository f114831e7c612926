package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("points.csv"), text);
    }

    private CsvData read(String text, String labelColumn, ProblemType problem) throws Exception {
        return CsvImport.read(file(text), "points.csv", labelColumn, problem);
    }

    private List<String> problems(String text, String labelColumn, ProblemType problem) throws IOException {
        Path path = file(text);
        return assertThrows(DataException.class, () -> CsvImport.read(path, "points.csv", labelColumn, problem))
                .problems();
    }

    private List<String> problems(String text) throws IOException {
        return problems(text, null, ProblemType.CLASSIFICATION);
    }

    @Test
    void readsAHeaderAndTextLabelsInOrderOfAppearance() throws Exception {
        CsvData csv = read("height,weight,kind\n1.5,60,dog\n0.3,4,cat\n1.6,70,dog\n", null,
                ProblemType.CLASSIFICATION);
        Dataset data = csv.data();
        assertEquals(List.of("height", "weight"), data.inputNames());
        assertEquals(List.of("dog", "cat"), data.classNames());
        assertArrayEquals(new double[] {0, 1, 0}, data.targets(), 0);
        assertArrayEquals(new double[] {0.3, 4}, data.inputs()[1], 0);
        assertFalse(csv.hasSplit());
    }

    @Test
    void readsAFileWithoutHeaderWithIntegerLabelsInIncreasingOrder() throws Exception {
        Dataset data = read("1,2,+1\n3,4,-1\n\n5,6,1\r\n", null, ProblemType.CLASSIFICATION).data();
        assertEquals(List.of("x1", "x2"), data.inputNames());
        assertEquals(List.of("-1", "1"), data.classNames());
        assertArrayEquals(new double[] {1, 0, 1}, data.targets(), 0);
        assertEquals(3, data.size());
    }

    @Test
    void takesTheLabelColumnByNameAndQuotedCells() throws Exception {
        Dataset data = read("\uFEFFspecies,a,b\n\"iris, setosa\",1,2\nother,3,4\n", "species",
                ProblemType.CLASSIFICATION).data();
        assertEquals(List.of("a", "b"), data.inputNames());
        assertEquals(List.of("iris, setosa", "other"), data.classNames());
        assertArrayEquals(new double[] {3, 4}, data.inputs()[1], 0);
    }

    @Test
    void readsRegressionTargets() throws Exception {
        Dataset data = read("x,y\n1,0.5\n2,-1.5e-1\n", null, ProblemType.REGRESSION).data();
        assertTrue(data.classNames().isEmpty());
        assertArrayEquals(new double[] {0.5, -0.15}, data.targets(), 0);
    }

    @Test
    void namesFileLineAndColumnOfANonNumericValue() throws IOException {
        assertEquals(List.of("points.csv: line 3, column 2 (b): \"abc\" is not a number"),
                problems("a,b,label\n1,2,x\n3,abc,y\n"));
    }

    @Test
    void refusesNaNAndInfinityAsNumbers() throws IOException {
        assertEquals(List.of("points.csv: line 2, column 1 (a): \"NaN\" is not a number",
                "points.csv: line 3, column 2 (b): \"Infinity\" is not a number"),
                problems("a,b,label\nNaN,2,x\n3,Infinity,y\n4,5,x\n"));
    }

    @Test
    void namesFileLineAndColumnOfAMissingValue() throws IOException {
        assertEquals(List.of("points.csv: line 2, column 1 (a): missing value",
                "points.csv: line 3, column 3 (label): missing label"), problems("a,b,label\n,2,x\n3,4,\n"));
    }

    @Test
    void namesFileAndLineOfARaggedRow() throws IOException {
        assertEquals(List.of("points.csv: line 3: 2 values, expected 3 as in line 1",
                "points.csv: line 4: 4 values, expected 3 as in line 1"),
                problems("a,b,label\n1,2,x\n3,4\n5,6,y,7\n"));
    }

    @Test
    void refusesASingleClassNamingColumnAndLines() throws IOException {
        assertEquals(List.of("points.csv: column 3 (label), lines 2–4: every row has the class \"x\"; "
                + "classification needs at least 2 classes"), problems("a,b,label\n1,2,x\n3,4,x\n5,6,x\n"));
    }

    @Test
    void refusesMoreThan100000Rows() throws IOException {
        StringBuilder text = new StringBuilder("a,b,label\n");
        for (int i = 0; i <= 100_000; i++) {
            text.append(i).append(",1,").append(i % 2).append('\n');
        }
        assertEquals(List.of("points.csv: line 100002: more than 100,000 rows; NeuralLab trains in memory on at "
                + "most 100,000"), problems(text.toString()));
    }

    @Test
    void accepts100000RowsExactly() throws Exception {
        StringBuilder text = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(",1,").append(i % 2).append('\n');
        }
        assertEquals(100_000, read(text.toString(), null, ProblemType.CLASSIFICATION).data().size());
    }

    @Test
    void refusesMoreThan64InputColumns() throws IOException {
        String row = "1,".repeat(65) + "0\n";
        assertEquals(List.of("points.csv: line 1: 65 input columns; at most 64"), problems(row + row.replace("0\n",
                "1\n")));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertEquals(List.of("points.csv: the file is empty"), problems(""));
        assertEquals(List.of("points.csv: the file is empty"), problems("\n  \n"));
    }

    @Test
    void refusesAHeaderWithoutRows() throws IOException {
        assertEquals(List.of("points.csv: line 1: a header and no data rows"), problems("a,b,label\n"));
    }

    @Test
    void refusesABinaryFileWithNulBytes() throws IOException {
        Files.write(dir.resolve("points.csv"), new byte[] {'a', ',', 'b', '\n', 'P', 'K', 3, 4, 0, 0});
        DataException e = assertThrows(DataException.class,
                () -> CsvImport.read(dir.resolve("points.csv"), "points.csv", null, ProblemType.CLASSIFICATION));
        assertEquals(List.of("points.csv: line 2: a NUL byte; this is a binary file, not CSV text (save it as CSV, "
                + "UTF-8)"), e.problems());
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        byte[] latin1 = "a,b,label\n1,2,x\n3,4,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("points.csv"), latin1);
        DataException e = assertThrows(DataException.class,
                () -> CsvImport.read(dir.resolve("points.csv"), "points.csv", null, ProblemType.CLASSIFICATION));
        assertEquals(List.of("points.csv: line 3: bytes that are not UTF-8 text (save the file as CSV, UTF-8)"),
                e.problems());
    }

    @Test
    void refusesAnUnknownLabelColumnListingTheColumns() throws IOException {
        assertEquals(List.of("data.labelColumn: points.csv has no column \"kind\"; its columns: a, b, label"),
                problems("a,b,label\n1,2,x\n3,4,y\n", "kind", ProblemType.CLASSIFICATION));
    }

    @Test
    void refusesALabelColumnNameWithoutAHeader() throws IOException {
        assertEquals(List.of("data.labelColumn: points.csv has no header row, so its columns have no names; leave "
                + "labelColumn out to use the last column"), problems("1,2,0\n3,4,1\n", "kind",
                ProblemType.CLASSIFICATION));
    }

    @Test
    void refusesTextAsARegressionTarget() throws IOException {
        assertEquals(List.of("points.csv: line 3, column 2 (y): \"high\" is not a number"),
                problems("x,y\n1,0.5\n2,high\n", null, ProblemType.REGRESSION));
    }

    @Test
    void listsTwentyProblemsAndCountsTheRest() throws IOException {
        StringBuilder text = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 25; i++) {
            text.append("x,1,").append(i % 2).append('\n');
        }
        List<String> problems = problems(text.toString());
        assertEquals(21, problems.size());
        assertEquals("points.csv: line 2, column 1 (a): \"x\" is not a number", problems.get(0));
        assertEquals("and 5 more problems", problems.get(20));
    }

    @Test
    void readsASplitColumnAndRefusesUnknownSplitNames() throws Exception {
        CsvData csv = read("x1,x2,label,split\n1,2,0,train\n3,4,1,TEST\n5,6,1,train\n", null,
                ProblemType.CLASSIFICATION);
        assertEquals(List.of("x1", "x2"), csv.data().inputNames());
        Splits splits = csv.splits("points.csv");
        assertEquals(2, splits.train().size());
        assertEquals(1, splits.test().size());
        assertTrue(splits.validation().isEmpty());
        assertEquals(List.of("points.csv: line 2, column 4 (split): \"holdout\" is not train, validation or test"),
                problems("x1,x2,label,split\n1,2,0,holdout\n3,4,1,test\n"));
    }
}
