package neurallab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The blocked product equals the textbook sum bit for bit, at every edge of the 4 × 4 blocks. */
class TiledProductTest {
    @Test
    void worksOutASmallProductByHand() {
        // a = [[1, 2], [3, 4]] (rows p, depth t), b = [[5, 6], [7, 8]] (rows q): c = init + a·bᵀ
        double[] c = new double[4];
        TiledProduct.multiply(2, 2, 2, new double[] {1, 2, 3, 4}, 0, 2, 1, new double[] {5, 6, 7, 8}, 0, 2, 1,
                c, 0, 2, new double[] {0.5, -1});
        assertArrayEquals(new double[] {0.5 + 5 + 12, 0.5 + 7 + 16, -1 + 15 + 24, -1 + 21 + 32}, c);
    }

    @Test
    void everyBlockAndEdgeSumsInAscendingOrderFromInit() {
        SplittableRandom random = new SplittableRandom(5);
        for (int rows = 1; rows <= 9; rows++) {
            for (int cols = 1; cols <= 9; cols++) {
                for (int depth : new int[] {1, 3, 8}) {
                    // a stored depth-major (a(p, t) at 3 + t · rows + p), b row-major with a gap (b(q, t) at q · (depth + 2) + t)
                    double[] a = values(random, 3 + depth * rows);
                    double[] b = values(random, cols * (depth + 2));
                    double[] init = random.nextBoolean() ? values(random, rows) : null;
                    int cRow = cols + 1;
                    double[] c = new double[2 + rows * cRow];
                    TiledProduct.multiply(rows, cols, depth, a, 3, 1, rows, b, 0, depth + 2, 1, c, 2, cRow, init);
                    for (int p = 0; p < rows; p++) {
                        for (int q = 0; q < cols; q++) {
                            double sum = init == null ? 0.0 : init[p];
                            for (int t = 0; t < depth; t++) {
                                sum += a[3 + t * rows + p] * b[q * (depth + 2) + t];
                            }
                            assertEquals(Double.doubleToLongBits(sum), Double.doubleToLongBits(c[2 + p * cRow + q]),
                                    rows + "x" + cols + "x" + depth + " at " + p + "," + q);
                        }
                    }
                }
            }
        }
    }

    private static double[] values(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-1, 1);
        }
        return v;
    }
}
