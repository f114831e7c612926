package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointSetTest {

    @Test
    void addsRemovesTheNearestWithinARadiusAndClears() {
        PointSet points = new PointSet();
        points.add(1, 1, 0);
        points.add(2, 2, 1);
        points.add(-3, 0, 1);
        assertFalse(points.removeNearest(5, 5, 1), "nothing within radius 1");
        assertTrue(points.removeNearest(1.8, 1.8, 1));
        assertEquals(2, points.size());
        assertArrayEquals(new double[] {1, 1, 0}, points.rows().get(0), 0);
        assertArrayEquals(new double[] {-3, 0, 1}, points.rows().get(1), 0);
        points.clear();
        assertEquals(0, points.size());
    }

    @Test
    void becomesADatasetWithInputsX1X2() {
        PointSet points = new PointSet();
        points.add(1, -1, 1);
        points.add(9, 0.5, 0);
        Dataset data = points.toDataset(List.of("orange", "blue"));
        assertEquals(List.of("x1", "x2"), data.inputNames());
        assertArrayEquals(new double[] {6, 0.5}, data.inputs()[1], 0, "clamped to the board");
        assertArrayEquals(new double[] {1, 0}, data.targets(), 0);
        assertEquals(List.of("orange", "blue"), data.classNames());
    }

    @Test
    void rowsAreCopies() {
        PointSet points = new PointSet();
        points.add(1, 1, 0);
        points.rows().get(0)[0] = 5;
        assertEquals(1, points.rows().get(0)[0]);
    }
}
