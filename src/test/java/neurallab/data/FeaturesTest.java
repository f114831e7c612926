package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturesTest {
    private static final List<Feature> ALL = List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED, Feature.X2_SQUARED,
            Feature.X1_TIMES_X2, Feature.SIN_X1, Feature.SIN_X2);

    private static Dataset twoPoints() {
        return new Dataset(new double[][] {{2, -3}, {0.5, 4}}, new double[] {0, 1}, List.of("x1", "x2"),
                List.of("0", "1"));
    }

    @Test
    void computesEveryFeatureExactlyInTheGivenOrder() {
        Dataset out = Features.apply(twoPoints(), ALL);
        assertEquals(List.of("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"), out.inputNames());
        assertArrayEquals(new double[] {2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)}, out.inputs()[0], 0);
        assertArrayEquals(new double[] {0.5, 4, 0.25, 16, 2, Math.sin(0.5), Math.sin(4)}, out.inputs()[1], 0);
        assertArrayEquals(new double[] {0, 1}, out.targets(), 0);
        assertEquals(List.of("0", "1"), out.classNames());
    }

    @Test
    void followsTheListedOrder() {
        Dataset out = Features.apply(twoPoints(), List.of(Feature.X1_TIMES_X2, Feature.X1));
        assertArrayEquals(new double[] {-6, 2}, out.inputs()[0], 0);
    }

    @Test
    void appliesToEverySplit() {
        Splits raw = new Splits(twoPoints(), twoPoints().emptyLike(), twoPoints());
        Splits out = Features.apply(raw, List.of(Feature.X2_SQUARED));
        assertArrayEquals(new double[] {9}, out.train().inputs()[0], 0);
        assertEquals(List.of("x2^2"), out.validation().inputNames());
        assertArrayEquals(new double[] {16}, out.test().inputs()[1], 0);
    }

    @Test
    void noFeaturesLeavesDataUnchanged() {
        Dataset iris = Builtins.load("iris");
        assertSame(iris, Features.apply(iris, List.of()));
    }

    @Test
    void pointVariantFillsTheGivenBuffer() {
        double[] out = new double[2];
        Features.at(3, 2, List.of(Feature.X1_SQUARED, Feature.SIN_X2), out);
        assertArrayEquals(new double[] {9, Math.sin(2)}, out, 0);
    }

    @Test
    void refusesFeaturesForDataThatIsNot2D() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Features.apply(Builtins.load("iris"), List.of(Feature.X1)));
        assertEquals("features: [x1] need 2-D data (x1, x2); this data has 4 inputs (leave features out to use "
                + "them all)", e.getMessage());
    }
}
