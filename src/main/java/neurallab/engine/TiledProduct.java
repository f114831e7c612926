package neurallab.engine;

/**
 * The matrix product behind every dense layer, over strided views of flat arrays:
 * c(p, q) = init(p) + Σ_t a(p, t) · b(q, t), with a(p, t) = a[aOffset + p · aRow + t · aDepth],
 * b(q, t) = b[bOffset + q · bRow + t · bDepth] and c(p, q) = c[cOffset + p · cRow + q].
 * Blocks of 4 × 4 results are summed in sixteen registers, so each value loaded serves four products
 * (one dot product at a time loads two values per product); the edges go four results at a time too.
 * Every result is summed in one accumulator from init(p) (0 without init) in ascending t, in the blocks
 * and at the edges alike, so how the work is blocked (or cut across threads) never changes a bit of the
 * result. Static methods with plain int arguments, so that a single-threaded training loop allocates nothing.
 */
final class TiledProduct {
    private static final int BLOCK = 4;

    private TiledProduct() {
    }

    /**
     * Writes c(p, q) for p &lt; rows, q &lt; cols, summing over t &lt; depth; init may be null (sums from 0).
     * A large product is cut across threads along its longer side ({@link Parallel}); every c(p, q) is
     * still summed by one thread alone, so the result does not depend on the cut.
     */
    static void multiply(int rows, int cols, int depth,
                         double[] a, int aOffset, int aRow, int aDepth,
                         double[] b, int bOffset, int bRow, int bDepth,
                         double[] c, int cOffset, int cRow, double[] init) {
        int parts = Parallel.parts((long) rows * cols * depth, Math.max(rows, cols));
        if (parts == 1) {
            serial(rows, cols, depth, a, aOffset, aRow, aDepth, b, bOffset, bRow, bDepth, c, cOffset, cRow, init, 0);
        } else if (rows >= cols) {
            Parallel.split(rows, parts, (from, to) -> serial(to - from, cols, depth, a, aOffset + from * aRow, aRow,
                    aDepth, b, bOffset, bRow, bDepth, c, cOffset + from * cRow, cRow, init, from));
        } else {
            Parallel.split(cols, parts, (from, to) -> serial(rows, to - from, depth, a, aOffset, aRow, aDepth, b,
                    bOffset + from * bRow, bRow, bDepth, c, cOffset + from, cRow, init, 0));
        }
    }

    // the product on one thread; row p's init is init[initFrom + p]
    private static void serial(int rows, int cols, int depth,
                               double[] a, int aOffset, int aRow, int aDepth,
                               double[] b, int bOffset, int bRow, int bDepth,
                               double[] c, int cOffset, int cRow, double[] init, int initFrom) {
        int fullRows = rows - rows % BLOCK;
        int fullCols = cols - cols % BLOCK;
        for (int p = 0; p < fullRows; p += BLOCK) {
            int ai = aOffset + p * aRow;
            for (int q = 0; q < fullCols; q += BLOCK) {
                block(depth, a, ai, aRow, aDepth, b, bOffset + q * bRow, bRow, bDepth, c, cOffset + p * cRow + q, cRow,
                        init, initFrom + p);
            }
            for (int q = fullCols; q < cols; q++) {
                column(depth, a, ai, aRow, aDepth, b, bOffset + q * bRow, bDepth, c, cOffset + p * cRow + q, cRow,
                        init, initFrom + p);
            }
        }
        for (int p = fullRows; p < rows; p++) {
            int ai = aOffset + p * aRow;
            double start = init == null ? 0.0 : init[initFrom + p];
            for (int q = 0; q < fullCols; q += BLOCK) {
                row(depth, a, ai, aDepth, b, bOffset + q * bRow, bRow, bDepth, c, cOffset + p * cRow + q, start);
            }
            for (int q = fullCols; q < cols; q++) {
                c[cOffset + p * cRow + q] = dot(depth, a, ai, aDepth, b, bOffset + q * bRow, bDepth, start);
            }
        }
    }

    private static double dot(int depth, double[] a, int ai, int ad, double[] b, int bi, int bd, double start) {
        double sum = start;
        for (int t = 0; t < depth; t++) {
            sum += a[ai] * b[bi];
            ai += ad;
            bi += bd;
        }
        return sum;
    }

    // one row of a by four rows of b (from bi, bs apart), written to c[at … at + 3]
    private static void row(int depth, double[] a, int ai, int ad, double[] b, int bi, int bs, int bd,
                            double[] c, int at, double start) {
        double c0 = start, c1 = start, c2 = start, c3 = start;
        for (int t = 0; t < depth; t++) {
            double a0 = a[ai];
            c0 += a0 * b[bi];
            c1 += a0 * b[bi + bs];
            c2 += a0 * b[bi + 2 * bs];
            c3 += a0 * b[bi + 3 * bs];
            ai += ad;
            bi += bd;
        }
        c[at] = c0;
        c[at + 1] = c1;
        c[at + 2] = c2;
        c[at + 3] = c3;
    }

    // four rows of a (from ai, as apart) by one row of b, written down a column of c from c[at]
    private static void column(int depth, double[] a, int ai, int as, int ad, double[] b, int bi, int bd,
                               double[] c, int at, int cRow, double[] init, int p) {
        double c0 = init == null ? 0.0 : init[p];
        double c1 = init == null ? 0.0 : init[p + 1];
        double c2 = init == null ? 0.0 : init[p + 2];
        double c3 = init == null ? 0.0 : init[p + 3];
        for (int t = 0; t < depth; t++) {
            double b0 = b[bi];
            c0 += a[ai] * b0;
            c1 += a[ai + as] * b0;
            c2 += a[ai + 2 * as] * b0;
            c3 += a[ai + 3 * as] * b0;
            ai += ad;
            bi += bd;
        }
        c[at] = c0;
        c[at + cRow] = c1;
        c[at + 2 * cRow] = c2;
        c[at + 3 * cRow] = c3;
    }

    // rows p … p + 3 of a (from ai) by four rows of b (from bi), written from c[at]
    private static void block(int depth, double[] a, int ai, int as, int ad, double[] b, int bi, int bs, int bd,
                              double[] c, int at, int cRow, double[] init, int p) {
        double i0 = init == null ? 0.0 : init[p];
        double i1 = init == null ? 0.0 : init[p + 1];
        double i2 = init == null ? 0.0 : init[p + 2];
        double i3 = init == null ? 0.0 : init[p + 3];
        double c00 = i0, c01 = i0, c02 = i0, c03 = i0;
        double c10 = i1, c11 = i1, c12 = i1, c13 = i1;
        double c20 = i2, c21 = i2, c22 = i2, c23 = i2;
        double c30 = i3, c31 = i3, c32 = i3, c33 = i3;
        for (int t = 0; t < depth; t++) {
            double a0 = a[ai], a1 = a[ai + as], a2 = a[ai + 2 * as], a3 = a[ai + 3 * as];
            double b0 = b[bi], b1 = b[bi + bs], b2 = b[bi + 2 * bs], b3 = b[bi + 3 * bs];
            c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
            c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
            c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
            c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
            ai += ad;
            bi += bd;
        }
        store(c, at, c00, c01, c02, c03);
        store(c, at + cRow, c10, c11, c12, c13);
        store(c, at + 2 * cRow, c20, c21, c22, c23);
        store(c, at + 3 * cRow, c30, c31, c32, c33);
    }

    private static void store(double[] c, int at, double v0, double v1, double v2, double v3) {
        c[at] = v0;
        c[at + 1] = v1;
        c[at + 2] = v2;
        c[at + 3] = v3;
    }
}
