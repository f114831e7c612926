package neurallab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkImportTest {
    private final Network net = new Network(2, List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)));

    @Test
    void importedValuesLandInTheLayers() {
        net.importParameters(List.of(new LayerParameters(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {7, 8, 9}),
                new LayerParameters(new double[][] {{-1}, {-2}, {-3}}, new double[] {-4})));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, net.layers().get(0).kernel());
        assertArrayEquals(new double[] {-4}, net.layers().get(1).bias());
    }

    @Test
    void aWrongShapeNamesItsPlaceInTheFile() {
        LayerParameters first = new LayerParameters(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {7, 8, 9});
        var shortRow = assertThrows(IllegalArgumentException.class, () -> net.importParameters(List.of(first,
                new LayerParameters(new double[][] {{-1}, {}, {-3}}, new double[] {-4}))));
        assertEquals("weights[1].kernel[1]: expected 1 values, got 0", shortRow.getMessage());
        var noBias = assertThrows(IllegalArgumentException.class, () -> net.importParameters(List.of(
                new LayerParameters(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {7, 8}), first)));
        assertEquals("weights[0].bias: expected 3 values, got 2", noBias.getMessage());
        var rows = assertThrows(IllegalArgumentException.class, () -> net.importParameters(List.of(
                new LayerParameters(new double[][] {{1, 2, 3}}, new double[] {7, 8, 9}), first)));
        assertEquals("weights[0].kernel: expected 2 rows (fanIn) of 3 values, got 1 rows", rows.getMessage());
    }
}
