package neurallab.ui.render;

import java.util.Arrays;
import neurallab.data.Dataset;

/**
 * Pictures of data without a plane, as pixels (opaque ARGB, row-major): a scatter of two chosen input
 * columns, and a row of pixel inputs (a handwritten digit) as a grey image.
 */
public final class DataPicture {
    private DataPicture() {
    }

    /** The range [lo, hi] of one input column, widened by 5 % each side (a flat column gets ±1). */
    public static double[] range(Dataset d, int column) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : d.inputs()) {
            lo = Math.min(lo, row[column]);
            hi = Math.max(hi, row[column]);
        }
        if (!(lo < hi)) {
            return new double[] {lo - 1, lo + 1};
        }
        double pad = 0.05 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }

    /**
     * Points of d at (column x, column y) as discs of radius r on a side × side background, coloured by
     * class (classification) or on the diverging scale over the targets' range (regression); y grows upwards.
     */
    public static int[] scatter(Dataset d, int x, int y, int side, double r, int background) {
        int[] px = new int[side * side];
        Arrays.fill(px, background);
        double[] rx = range(d, x), ry = range(d, y);
        double tLo = Arrays.stream(d.targets()).min().orElse(0), tHi = Arrays.stream(d.targets()).max().orElse(1);
        for (int i = 0; i < d.size(); i++) {
            double t = d.targets()[i];
            int c = d.isClassification() ? ColorScale.classColor((int) t)
                    : ColorScale.diverging(tHi > tLo ? 2 * (t - tLo) / (tHi - tLo) - 1 : 0);
            double cx = (d.inputs()[i][x] - rx[0]) / (rx[1] - rx[0]) * side;
            double cy = (ry[1] - d.inputs()[i][y]) / (ry[1] - ry[0]) * side;
            disc(px, side, cx, cy, r, c);
        }
        return px;
    }

    private static void disc(int[] px, int side, double cx, double cy, double r, int colour) {
        for (int py = (int) Math.floor(cy - r); py <= (int) Math.ceil(cy + r); py++) {
            for (int qx = (int) Math.floor(cx - r); qx <= (int) Math.ceil(cx + r); qx++) {
                double dx = qx + 0.5 - cx, dy = py + 0.5 - cy;
                if (py >= 0 && py < side && qx >= 0 && qx < side && dx * dx + dy * dy <= r * r) {
                    px[py * side + qx] = colour;
                }
            }
        }
    }

    /** The side of the square image a row of n pixel inputs makes, or 0 when n is no square of at least 4 × 4. */
    public static int imageSide(int n) {
        int s = (int) Math.round(Math.sqrt(n));
        return s >= 4 && s * s == n ? s : 0;
    }

    /**
     * A row of side² pixel inputs as a grey image scaled up by zoom, ink dark on paper light: each value on
     * the row's own [min, max] (digits are 0–16 ink; a standardized row works the same).
     */
    public static int[] digit(double[] row, int side, int zoom, int paper, int ink) {
        double lo = Arrays.stream(row).min().orElse(0), hi = Arrays.stream(row).max().orElse(1);
        int out = side * zoom;
        int[] px = new int[out * out];
        for (int r = 0; r < out; r++) {
            for (int c = 0; c < out; c++) {
                double v = row[(r / zoom) * side + c / zoom];
                px[r * out + c] = ColorScale.mix(paper, ink, hi > lo ? (v - lo) / (hi - lo) : 0);
            }
        }
        return px;
    }
}
