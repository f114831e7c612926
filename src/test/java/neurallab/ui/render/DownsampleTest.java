package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DownsampleTest {
    private static Downsample.Series of(double[] y) {
        return new Downsample.Series() {
            public int size() {
                return y.length;
            }

            public double x(int i) {
                return i;
            }

            public double y(int i) {
                return y[i];
            }
        };
    }

    @Test
    void shortSeriesAreKeptWhole() {
        int[] out = new int[40];
        assertEquals(5, Downsample.minMax(of(new double[] {1, 2, Double.NaN, 3, 4, 5}), 10, out));
        assertEquals(3, out[2], "NaN skipped");
    }

    @Test
    void hundredThousandPointsKeepEverySpike() {
        double[] y = new double[100_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1.0 / (1 + i * 1e-3);
        }
        y[77_777] = 50; // a spike
        y[12_345] = -3;
        int[] out = new int[4 * 500];
        int n = Downsample.minMax(of(y), 500, out);
        assertTrue(n <= 2000 && n >= 500, "n = " + n);
        boolean spike = false, dip = false;
        for (int k = 0; k < n; k++) {
            spike |= out[k] == 77_777;
            dip |= out[k] == 12_345;
            if (k > 0) {
                assertTrue(out[k] > out[k - 1], "increasing indices");
            }
        }
        assertTrue(spike && dip);
        assertEquals(0, out[0]);
        assertEquals(y.length - 1, out[n - 1]);
    }
}
