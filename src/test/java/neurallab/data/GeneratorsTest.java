package neurallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorsTest {

    static Dataset draw(String name, int samples, double noise, int classes, long seed) {
        return Generators.generate(new DataSource.Generator(name, samples, noise, classes, 0.5, 0),
                new SplittableRandom(seed));
    }

    static List<String> names() {
        return Generators.names();
    }

    static List<String> classifiers() {
        return Generators.infos().stream().filter(i -> i.problem() == ProblemType.CLASSIFICATION)
                .map(GeneratorInfo::name).toList();
    }

    @Test
    void listsEveryGeneratorWithItsProblemAndDefaults() {
        assertEquals(List.of("circle", "xor", "gaussians", "spiral", "moons", "checkerboard", "multi-spiral",
                "blobs", "stripes", "plane", "multi-gaussian", "sine"), Generators.names());
        assertEquals(List.of("multi-spiral", "blobs"), Generators.infos().stream()
                .filter(GeneratorInfo::takesClasses).map(GeneratorInfo::name).toList());
        assertEquals(ProblemType.REGRESSION, Generators.info("plane").orElseThrow().problem());
        assertEquals(1200, Generators.info("multi-gaussian").orElseThrow().defaultSamples());
        assertEquals(500, Generators.info("spiral").orElseThrow().defaultSamples());
        assertEquals(6, Generators.info("blobs").orElseThrow().maxClasses());
        assertTrue(Generators.info("spirals").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("names")
    void sameSeedSamePointsOtherSeedOtherPoints(String name) {
        Dataset a = draw(name, 200, 0.2, 0, 42);
        Dataset b = draw(name, 200, 0.2, 0, 42);
        Dataset c = draw(name, 200, 0.2, 0, 43);
        assertTrue(Arrays.deepEquals(a.inputs(), b.inputs()));
        assertArrayEquals(a.targets(), b.targets());
        assertFalse(Arrays.deepEquals(a.inputs(), c.inputs()));
    }

    @ParameterizedTest
    @MethodSource("names")
    void drawsTheAskedCountInsideTheBoard(String name) {
        for (double noise : new double[] {0, 0.5, 1}) {
            Dataset data = draw(name, 301, noise, 0, 7);
            assertEquals(301, data.size());
            assertEquals(List.of("x1", "x2"), data.inputNames());
            for (double[] p : data.inputs()) {
                assertTrue(Math.abs(p[0]) <= 6 && Math.abs(p[1]) <= 6, name + " " + Arrays.toString(p));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void cleanClassesAreBalanced(String name) {
        GeneratorInfo info = Generators.info(name).orElseThrow();
        for (int k = info.minClasses(); k <= info.maxClasses(); k++) {
            Dataset data = draw(name, 600, 0, k, 3);
            assertEquals(k, data.classCount());
            int[] counts = new int[k];
            for (double y : data.targets()) {
                counts[(int) y]++;
            }
            for (int count : counts) {
                assertEquals(600 / k, count, name + " with " + k + " classes: " + Arrays.toString(counts));
            }
        }
    }

    @Test
    void circleInnerClassWithinHalfRadiusOuterInRing() {
        Dataset data = draw("circle", 1000, 0, 0, 1);
        for (int i = 0; i < data.size(); i++) {
            double r = Math.hypot(data.inputs()[i][0], data.inputs()[i][1]);
            if (data.targets()[i] == 1) {
                assertTrue(r < 2.5, "inner at " + r);
            } else {
                assertTrue(r >= 3.5 && r <= 5, "outer at " + r);
            }
        }
    }

    @Test
    void circleNoiseRelabelsSomePointsButNeverMovesThem() {
        Dataset data = draw("circle", 1000, 0.5, 0, 1);
        long wrongSide = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = Math.hypot(data.inputs()[i][0], data.inputs()[i][1]);
            assertTrue(r < 2.5 || (r >= 3.5 && r <= 5));
            if ((r < 2.5) != (data.targets()[i] == 1)) {
                wrongSide++;
            }
        }
        assertTrue(wrongSide > 50, "noise 0.5 relabels points: " + wrongSide);
    }

    @Test
    void xorLabelIsTheSignOfTheProductWithPadding() {
        Dataset data = draw("xor", 1000, 0, 0, 1);
        for (int i = 0; i < data.size(); i++) {
            double x1 = data.inputs()[i][0];
            double x2 = data.inputs()[i][1];
            assertEquals(x1 * x2 >= 0 ? 1 : 0, data.targets()[i]);
            assertTrue(Math.abs(x1) >= 0.3 && Math.abs(x2) >= 0.3 && Math.abs(x1) <= 5.3 && Math.abs(x2) <= 5.3);
        }
    }

    @Test
    void spiralArmsAreInterleavedHalfATurnApart() {
        Dataset data = draw("spiral", 400, 0, 0, 1);
        int n = 200;
        for (int k = 0; k < 2; k++) {
            double start = k == 1 ? 0 : Math.PI;
            for (int i = 0; i < n; i++) {
                int row = k == 0 ? i : n + i;
                assertEquals(k, data.targets()[row]);
                double r = 5.0 * i / n;
                double t = 1.75 * 2 * Math.PI * i / n + start;
                assertEquals(r * Math.sin(t), data.inputs()[row][0], 1e-9);
                assertEquals(r * Math.cos(t), data.inputs()[row][1], 1e-9);
                // the other arm's i-th point is this one turned by π
                int other = k == 0 ? n + i : i;
                assertEquals(-data.inputs()[row][0], data.inputs()[other][0], 1e-9);
            }
        }
    }

    @Test
    void multiSpiralArmsAreEvenlyTurned() {
        Dataset data = draw("multi-spiral", 300, 0, 3, 1);
        for (int i = 0; i < data.size(); i++) {
            double x1 = data.inputs()[i][0];
            double x2 = data.inputs()[i][1];
            double r = Math.hypot(x1, x2);
            if (r < 1e-9) {
                continue;
            }
            double k = data.targets()[i];
            // angle from the x2 axis = 1.75·2π·r/5 + π(1 + 2k/3)
            double expected = 1.75 * 2 * Math.PI * r / 5 + Math.PI * (1 + 2 * k / 3);
            double difference = Math.IEEEremainder(Math.atan2(x1, x2) - expected, 2 * Math.PI);
            assertEquals(0, difference, 1e-9);
        }
    }

    @Test
    void gaussiansAndBlobsClusterAroundTheirCentres() {
        double[][] gaussianMeans = classMeans(draw("gaussians", 2000, 0, 0, 5));
        assertArrayEquals(new double[] {-2, -2}, gaussianMeans[0], 0.1);
        assertArrayEquals(new double[] {2, 2}, gaussianMeans[1], 0.1);
        double[][] blobMeans = classMeans(draw("blobs", 4000, 0, 4, 5));
        assertArrayEquals(new double[] {4, 0}, blobMeans[0], 0.1);
        assertArrayEquals(new double[] {0, 4}, blobMeans[1], 0.1);
        assertArrayEquals(new double[] {-4, 0}, blobMeans[2], 0.1);
        assertArrayEquals(new double[] {0, -4}, blobMeans[3], 0.1);
    }

    @Test
    void gaussiansSpreadWithThePlaygroundVariance() {
        Dataset data = draw("gaussians", 4000, 0, 0, 5);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.targets()[i] == 1) {
                sum += Math.pow(data.inputs()[i][0] - 2, 2);
                n++;
            }
        }
        assertEquals(0.5, sum / n, 0.05);
    }

    private static double[][] classMeans(Dataset data) {
        double[][] sums = new double[data.classCount()][2];
        int[] counts = new int[data.classCount()];
        for (int i = 0; i < data.size(); i++) {
            int k = (int) data.targets()[i];
            sums[k][0] += data.inputs()[i][0];
            sums[k][1] += data.inputs()[i][1];
            counts[k]++;
        }
        for (int k = 0; k < sums.length; k++) {
            sums[k][0] /= counts[k];
            sums[k][1] /= counts[k];
        }
        return sums;
    }

    @Test
    void moonsLieOnTheirHalfCircles() {
        Dataset data = draw("moons", 500, 0, 0, 1);
        for (int i = 0; i < data.size(); i++) {
            double x = data.inputs()[i][0] / 3 + 0.5;
            double y = data.inputs()[i][1] / 3 + 0.25;
            if (data.targets()[i] == 0) {
                assertEquals(1, Math.hypot(x, y), 1e-9);
                assertTrue(y >= -1e-12);
            } else {
                assertEquals(1, Math.hypot(1 - x, 0.5 - y), 1e-9);
                assertTrue(y <= 0.5 + 1e-12);
            }
        }
    }

    @Test
    void checkerboardLabelIsTheCellColour() {
        Dataset data = draw("checkerboard", 1000, 0, 0, 1);
        boolean[] cellsSeen = new boolean[16];
        for (int i = 0; i < data.size(); i++) {
            int column = (int) Math.floor((data.inputs()[i][0] + 6) / 3);
            int row = (int) Math.floor((data.inputs()[i][1] + 6) / 3);
            assertEquals((column + row) % 2, data.targets()[i]);
            cellsSeen[4 * row + column] = true;
        }
        for (boolean seen : cellsSeen) {
            assertTrue(seen, "every cell gets points");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void stripesAreSeparatedByTheDiagonalWithAGap(long seed) {
        Dataset data = draw("stripes", 500, 0, 0, seed);
        for (int i = 0; i < data.size(); i++) {
            double sum = data.inputs()[i][0] + data.inputs()[i][1];
            assertTrue(Math.abs(sum) >= 1);
            assertEquals(sum > 0 ? 1 : 0, data.targets()[i]);
        }
    }

    @Test
    void planeTargetIsTheScaledSum() {
        Dataset data = draw("plane", 1200, 0, 0, 1);
        assertTrue(data.classNames().isEmpty());
        for (int i = 0; i < data.size(); i++) {
            assertEquals((data.inputs()[i][0] + data.inputs()[i][1]) / 10, data.targets()[i], 1e-15);
        }
        Dataset noisy = draw("plane", 1200, 0.5, 0, 1);
        long off = 0;
        for (int i = 0; i < noisy.size(); i++) {
            if (Math.abs((noisy.inputs()[i][0] + noisy.inputs()[i][1]) / 10 - noisy.targets()[i]) > 0.05) {
                off++;
            }
        }
        assertTrue(off > 600, "noise moves most targets: " + off);
    }

    @Test
    void multiGaussianPeaksAtTheSignedCentres() {
        Dataset data = draw("multi-gaussian", 5000, 0, 0, 1);
        double[][] centres = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        for (int i = 0; i < data.size(); i++) {
            double y = data.targets()[i];
            assertTrue(y >= -1 && y <= 1);
            for (double[] c : centres) {
                double d = Math.hypot(data.inputs()[i][0] - c[0], data.inputs()[i][1] - c[1]);
                if (d < 1) {
                    // inside a bump's radius 1 no other bump reaches further: y = sign·(1 − d/2)
                    assertEquals(c[2] * (1 - d / 2), y, 1e-12);
                }
            }
        }
        assertTrue(Arrays.stream(data.targets()).anyMatch(y -> y == 0), "far from every bump the target is 0");
    }

    @Test
    void sineIsAWaveOnX1WithGaussianNoise() {
        Dataset clean = draw("sine", 100, 0, 0, 1);
        for (int i = 0; i < clean.size(); i++) {
            assertEquals(0, clean.inputs()[i][1]);
            assertEquals(Math.sin(clean.inputs()[i][0]), clean.targets()[i], 1e-15);
        }
        Dataset noisy = draw("sine", 5000, 0.3, 0, 1);
        double squares = 0;
        for (int i = 0; i < noisy.size(); i++) {
            squares += Math.pow(noisy.targets()[i] - Math.sin(noisy.inputs()[i][0]), 2);
        }
        assertEquals(0.3, Math.sqrt(squares / noisy.size()), 0.02);
    }
}
