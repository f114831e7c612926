package neurallab.engine;

/**
 * The matrix product behind every dense layer, over strided views of flat arrays:
 * c(p, q) = init(p) + Σ_t a(p, t) · b(q, t), with a(p, t) = a[aOffset + p · aRow + t · aDepth],
 * b(q, t) = b[bOffset + q · bRow + t · bDepth] and c(p, q) = c[cOffset + p · cRow + q].
 * Blocks of 4 × 4 results are summed in sixteen registers, so each value loaded serves four products
 * (one dot product at a time loads two values per product). Every result is summed in one accumulator
 * from init(p) (0 without init) in ascending t, in the blocks and at the edges alike, so how the work is
 * blocked never changes a bit of the result.
 */
final class TiledProduct {
    private static final int BLOCK = 4;

    private final double[] a;
    private final int aOffset;
    private final int aRow;
    private final int aDepth;
    private final double[] b;
    private final int bOffset;
    private final int bRow;
    private final int bDepth;
    private final int depth;

    private TiledProduct(double[] a, int aOffset, int aRow, int aDepth, double[] b, int bOffset, int bRow,
                         int bDepth, int depth) {
        this.a = a;
        this.aOffset = aOffset;
        this.aRow = aRow;
        this.aDepth = aDepth;
        this.b = b;
        this.bOffset = bOffset;
        this.bRow = bRow;
        this.bDepth = bDepth;
        this.depth = depth;
    }

    /**
     * Writes c(p, q) for p &lt; rows, q &lt; cols, summing over t &lt; depth; init may be null (sums from 0).
     * The one small object per call is not allocated once inlined (escape analysis).
     */
    static void multiply(int rows, int cols, int depth,
                         double[] a, int aOffset, int aRow, int aDepth,
                         double[] b, int bOffset, int bRow, int bDepth,
                         double[] c, int cOffset, int cRow, double[] init) {
        new TiledProduct(a, aOffset, aRow, aDepth, b, bOffset, bRow, bDepth, depth).into(rows, cols, c, cOffset,
                cRow, init);
    }

    private void into(int rows, int cols, double[] c, int cOffset, int cRow, double[] init) {
        int fullRows = rows - rows % BLOCK;
        int fullCols = cols - cols % BLOCK;
        for (int p = 0; p < fullRows; p += BLOCK) {
            for (int q = 0; q < fullCols; q += BLOCK) {
                block(p, q, c, cOffset + p * cRow + q, cRow, init);
            }
            for (int q = fullCols; q < cols; q++) {
                column(p, q, c, cOffset + p * cRow + q, cRow, init);
            }
        }
        for (int p = fullRows; p < rows; p++) {
            for (int q = 0; q < fullCols; q += BLOCK) {
                row(p, q, c, cOffset + p * cRow + q, init);
            }
            for (int q = fullCols; q < cols; q++) {
                c[cOffset + p * cRow + q] = dot(p, q, init);
            }
        }
    }

    private double dot(int p, int q, double[] init) {
        int ai = aOffset + p * aRow;
        int bi = bOffset + q * bRow;
        double sum = init == null ? 0.0 : init[p];
        for (int t = 0; t < depth; t++) {
            sum += a[ai] * b[bi];
            ai += aDepth;
            bi += bDepth;
        }
        return sum;
    }

    // rows p … p + 3 by columns q … q + 3, written from c[at]
    private void block(int p, int q, double[] c, int at, int cRow, double[] init) {
        double[] av = a;
        double[] bv = b;
        int as = aRow;
        int bs = bRow;
        int ad = aDepth;
        int bd = bDepth;
        int ai = aOffset + p * as;
        int bi = bOffset + q * bs;
        double i0 = init == null ? 0.0 : init[p];
        double i1 = init == null ? 0.0 : init[p + 1];
        double i2 = init == null ? 0.0 : init[p + 2];
        double i3 = init == null ? 0.0 : init[p + 3];
        double c00 = i0, c01 = i0, c02 = i0, c03 = i0;
        double c10 = i1, c11 = i1, c12 = i1, c13 = i1;
        double c20 = i2, c21 = i2, c22 = i2, c23 = i2;
        double c30 = i3, c31 = i3, c32 = i3, c33 = i3;
        for (int t = 0; t < depth; t++) {
            double a0 = av[ai], a1 = av[ai + as], a2 = av[ai + 2 * as], a3 = av[ai + 3 * as];
            double b0 = bv[bi], b1 = bv[bi + bs], b2 = bv[bi + 2 * bs], b3 = bv[bi + 3 * bs];
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

    // row p by columns q … q + 3, written from c[at]
    private void row(int p, int q, double[] c, int at, double[] init) {
        int ai = aOffset + p * aRow;
        int bi = bOffset + q * bRow;
        int bs = bRow;
        double start = init == null ? 0.0 : init[p];
        double c0 = start, c1 = start, c2 = start, c3 = start;
        for (int t = 0; t < depth; t++) {
            double a0 = a[ai];
            c0 += a0 * b[bi];
            c1 += a0 * b[bi + bs];
            c2 += a0 * b[bi + 2 * bs];
            c3 += a0 * b[bi + 3 * bs];
            ai += aDepth;
            bi += bDepth;
        }
        store(c, at, c0, c1, c2, c3);
    }

    // rows p … p + 3 by column q, written from c[at] down
    private void column(int p, int q, double[] c, int at, int cRow, double[] init) {
        int ai = aOffset + p * aRow;
        int bi = bOffset + q * bRow;
        int as = aRow;
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
            ai += aDepth;
            bi += bDepth;
        }
        c[at] = c0;
        c[at + cRow] = c1;
        c[at + 2 * cRow] = c2;
        c[at + 3 * cRow] = c3;
    }

    private static void store(double[] c, int at, double v0, double v1, double v2, double v3) {
        c[at] = v0;
        c[at + 1] = v1;
        c[at + 2] = v2;
        c[at + 3] = v3;
    }
}
