package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitterTest {

    /** 600 rows: 100 of class 0, 200 of class 1, 300 of class 2; input = the row number. */
    private static Dataset unbalanced() {
        double[][] inputs = new double[600][];
        double[] targets = new double[600];
        for (int i = 0; i < 600; i++) {
            inputs[i] = new double[] {i};
            targets[i] = i < 100 ? 0 : i < 300 ? 1 : 2;
        }
        return new Dataset(inputs, targets, List.of("row"), List.of("a", "b", "c"));
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classCount()];
        for (double y : data.targets()) {
            counts[(int) y]++;
        }
        return counts;
    }

    @Test
    void everySplitKeepsTheClassProportions() throws DataException {
        Splits splits = Splitter.split(unbalanced(), 0.2, 0.1, new SplittableRandom(1));
        assertArrayEquals(new int[] {20, 40, 60}, classCounts(splits.test()));
        assertArrayEquals(new int[] {10, 20, 30}, classCounts(splits.validation()));
        assertArrayEquals(new int[] {70, 140, 210}, classCounts(splits.train()));
    }

    @Test
    void everyRowLandsInExactlyOneSplitAfterAShuffle() throws DataException {
        Splits splits = Splitter.split(unbalanced(), 0.25, 0.25, new SplittableRandom(1));
        Set<Double> rows = new HashSet<>();
        for (Dataset part : List.of(splits.train(), splits.validation(), splits.test())) {
            for (double[] row : part.inputs()) {
                assertTrue(rows.add(row[0]), "row used twice: " + row[0]);
            }
        }
        assertEquals(600, rows.size());
        double[] firstTrainRows = Arrays.stream(splits.train().inputs()).limit(10).mapToDouble(r -> r[0]).toArray();
        assertTrue(Arrays.stream(firstTrainRows).anyMatch(r -> r >= 300) && Arrays.stream(firstTrainRows)
                .anyMatch(r -> r < 300), "classes are mixed, not in file order: " + Arrays.toString(firstTrainRows));
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() throws DataException {
        Splits a = Splitter.split(unbalanced(), 0.3, 0, new SplittableRandom(9));
        Splits b = Splitter.split(unbalanced(), 0.3, 0, new SplittableRandom(9));
        Splits c = Splitter.split(unbalanced(), 0.3, 0, new SplittableRandom(10));
        assertTrue(Arrays.deepEquals(a.test().inputs(), b.test().inputs()));
        assertTrue(!Arrays.deepEquals(a.test().inputs(), c.test().inputs()));
        assertTrue(a.validation().isEmpty());
    }

    @Test
    void regressionIsSplitAsOneGroup() throws DataException {
        Dataset plane = GeneratorsTest.draw("plane", 1000, 0, 0, 1);
        Splits splits = Splitter.split(plane, 0.3, 0.2, new SplittableRandom(1));
        assertEquals(300, splits.test().size());
        assertEquals(200, splits.validation().size());
        assertEquals(500, splits.train().size());
    }

    @Test
    void refusesASplitThatLeavesTestEmpty() {
        Dataset tiny = GeneratorsTest.draw("plane", 10, 0, 0, 1);
        DataException e = assertThrows(DataException.class,
                () -> Splitter.split(tiny, 0.01, 0, new SplittableRandom(1)));
        assertTrue(e.problems().get(0).startsWith("data.testFraction: "), e.getMessage());
    }
}
