package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {
    @TempDir
    Path dir;

    private List<String> problems(DataSource source, ProblemType problem) {
        return assertThrows(DataException.class, () -> DataLoader.load(source, problem, dir, 1)).problems();
    }

    @Test
    void loadsARawGeneratorSplitFromTheSeed() throws DataException {
        DataSource source = new DataSource.Generator("circle", 500, 0, 0, 0.2, 0.1);
        Splits a = DataLoader.load(source, ProblemType.CLASSIFICATION, dir, 7);
        Splits b = DataLoader.load(source, ProblemType.CLASSIFICATION, dir, 7);
        assertEquals(List.of("x1", "x2"), a.train().inputNames());
        assertEquals(350, a.train().size());
        assertEquals(50, a.validation().size());
        assertEquals(100, a.test().size());
        assertTrue(Arrays.deepEquals(a.test().inputs(), b.test().inputs()));
        assertTrue(!Arrays.deepEquals(a.test().inputs(),
                DataLoader.load(source, ProblemType.CLASSIFICATION, dir, 8).test().inputs()));
    }

    @Test
    void namesTheUnknownGeneratorAndTheValidOnes() {
        assertEquals(List.of("data.generator: unknown generator \"spirals\"; valid: circle, xor, gaussians, spiral, "
                + "moons, checkerboard, multi-spiral, blobs, stripes, plane, multi-gaussian, sine"),
                problems(new DataSource.Generator("spirals", 500, 0, 0, 0.5, 0), ProblemType.CLASSIFICATION));
    }

    @Test
    void reportsEveryOutOfRangeSetting() {
        assertEquals(List.of(
                "data.samples: 5 is out of range; must be 10 to 10000 (default for blobs: 500)",
                "data.noise: -0.1 is out of range; must be 0 to 1.0",
                "data.classes: 7 is out of range for blobs; must be 2 to 6",
                "data.testFraction: 1.0 is out of range; must be above 0 and below 1",
                "data.validationFraction: -0.2 is out of range; must be 0 or more and below 1"),
                problems(new DataSource.Generator("blobs", 5, -0.1, 7, 1.0, -0.2), ProblemType.CLASSIFICATION));
    }

    @Test
    void refusesFractionsSummingToOne() {
        assertEquals(List.of("data.validationFraction: testFraction + validationFraction = 1.0; must be below 1, "
                + "the rest is the training split"),
                problems(new DataSource.Builtin("iris", 0.5, 0.5), ProblemType.CLASSIFICATION));
    }

    @Test
    void refusesAClassCountForAFixedGeneratorAndAMismatchedProblem() {
        assertEquals(List.of("data.classes: circle always has 2 classes; a class count applies to multi-spiral, blobs"),
                problems(new DataSource.Generator("circle", 500, 0, 3, 0.5, 0), ProblemType.CLASSIFICATION));
        assertEquals(List.of("data.generator: \"plane\" makes a regression problem, but problem is classification"),
                problems(new DataSource.Generator("plane", 500, 0, 0, 0.5, 0), ProblemType.CLASSIFICATION));
    }

    @Test
    void usesTheClassCountOfGeneratorsThatTakeOne() throws DataException {
        Splits splits = DataLoader.load(new DataSource.Generator("multi-spiral", 600, 0, 5, 0.5, 0),
                ProblemType.CLASSIFICATION, dir, 1);
        assertEquals(5, splits.train().classCount());
    }

    @Test
    void namesTheUnknownBuiltinAndRefusesRegression() {
        assertEquals(List.of("data.name: unknown builtin data set \"mnist\"; valid: digits, iris"),
                problems(new DataSource.Builtin("mnist", 0.2, 0), ProblemType.CLASSIFICATION));
        assertEquals(List.of("data.name: \"digits\" is a classification data set, but problem is regression"),
                problems(new DataSource.Builtin("digits", 0.2, 0), ProblemType.REGRESSION));
    }

    @Test
    void splitsABuiltinStratified() throws DataException {
        Splits iris = DataLoader.load(new DataSource.Builtin("iris", 0.2, 0), ProblemType.CLASSIFICATION, dir, 1);
        int[] counts = new int[3];
        for (double y : iris.test().targets()) {
            counts[(int) y]++;
        }
        assertArrayEquals(new int[] {10, 10, 10}, counts);
        assertEquals(4, iris.train().inputCount());
    }

    @Test
    void usesInlinePointsAsGivenInFileOrder() throws DataException {
        DataSource source = new DataSource.Inline(List.of(new double[] {1, 2, 0}, new double[] {3, 4, 2}),
                List.of(), List.of(new double[] {-1, -2, 1}));
        Splits splits = DataLoader.load(source, ProblemType.CLASSIFICATION, dir, 1);
        assertArrayEquals(new double[] {3, 4}, splits.train().inputs()[1], 0);
        assertArrayEquals(new double[] {0, 2}, splits.train().targets(), 0);
        assertEquals(List.of("0", "1", "2"), splits.test().classNames());
        assertTrue(splits.validation().isEmpty());
    }

    @Test
    void namesTheBadInlinePoint() {
        DataSource source = new DataSource.Inline(List.of(new double[] {1, 2, 0.5}, new double[] {3, 4}),
                List.of(), List.of());
        assertEquals(List.of("data.train[0]: y = 0.5 is not a class index (0, 1, 2, …)",
                "data.train[1]: 2 values; each point is [x1, x2, y]",
                "data.test: no points; each point is [x1, x2, y]"), problems(source, ProblemType.CLASSIFICATION));
    }

    @Test
    void readsACsvRelativeToTheExperimentFolder() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        StringBuilder text = new StringBuilder("a,b,kind\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(',').append(-i).append(',').append(i % 4 == 0 ? "rare" : "common").append('\n');
        }
        Files.writeString(dir.resolve("data/points.csv"), text);
        Splits splits = DataLoader.load(new DataSource.Csv("data/points.csv", "kind", 0.5, 0),
                ProblemType.CLASSIFICATION, dir, 1);
        assertEquals(List.of("a", "b"), splits.train().inputNames());
        assertEquals(List.of("rare", "common"), splits.train().classNames());
        assertEquals(20, splits.test().size());
        assertEquals(5, Arrays.stream(splits.test().targets()).filter(y -> y == 0).count());
    }

    @Test
    void namesAMissingCsvFile() {
        List<String> problems = problems(new DataSource.Csv("nowhere.csv", null, 0.5, 0), ProblemType.CLASSIFICATION);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("data.path: file not found: nowhere.csv"), problems.get(0));
    }
}
