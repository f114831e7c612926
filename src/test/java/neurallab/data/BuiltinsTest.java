package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinsTest {

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classCount()];
        for (double y : data.targets()) {
            counts[(int) y]++;
        }
        return counts;
    }

    @Test
    void digitsHas1797RowsOf64PixelsInUnitRangeAndTenClasses() {
        Dataset digits = Builtins.load("digits");
        assertEquals(1797, digits.size());
        assertEquals(64, digits.inputCount());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits.classNames());
        double max = 0;
        for (double[] row : digits.inputs()) {
            assertEquals(64, row.length);
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1);
                max = Math.max(max, v);
            }
        }
        assertEquals(1.0, max, "16/16 occurs");
        assertEquals(178, classCounts(digits)[0]);
        assertEquals(182, classCounts(digits)[1]);
        // the first digit of scikit-learn's file, a 0: row 0 is 0,0,5,13,9,1,0,0
        assertArrayEquals(new double[] {0, 0, 5 / 16.0, 13 / 16.0, 9 / 16.0, 1 / 16.0, 0, 0},
                Arrays.copyOf(digits.inputs()[0], 8), 0);
        assertEquals(0, digits.targets()[0]);
    }

    @Test
    void irisHas150RowsOf4MeasurementsAndThreeBalancedSpecies() {
        Dataset iris = Builtins.load("iris");
        assertEquals(150, iris.size());
        assertEquals(List.of("sepal length", "sepal width", "petal length", "petal width"), iris.inputNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertArrayEquals(new int[] {50, 50, 50}, classCounts(iris));
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.inputs()[0], 0);
        assertEquals(2, iris.targets()[149]);
    }

    @Test
    void namesTheBundledSets() {
        assertEquals(List.of("digits", "iris"), Builtins.names());
    }
}
