package neurallab.session.insight;

import java.util.Arrays;

/**
 * Contour lines by marching squares, as pure functions over a sampled grid values[r · nx + c] at
 * x = xMin + c·(xMax − xMin)/(nx − 1), y = yMin + r·(yMax − yMin)/(ny − 1).
 */
public final class Contours {
    private Contours() {
    }

    /** Doubles a buffer needs to hold every segment of one level: 2 segments · 4 numbers per cell. */
    public static int capacity(int nx, int ny) {
        return 8 * (nx - 1) * (ny - 1);
    }

    /**
     * Appends the segments of the iso-line f = level as (x1, y1, x2, y2) into out from offset and returns
     * the new offset. Each cell's crossings lie on its edges where the corner values straddle the level,
     * at the linear interpolation t = (level − v_a)/(v_b − v_a); a cell with four crossings (a saddle) is
     * resolved by the mean of its corners. Allocates two 4-element arrays per call, nothing per cell.
     */
    public static int trace(double[] values, int nx, int ny, double xMin, double xMax, double yMin, double yMax,
                            double level, double[] out, int offset) {
        double dx = (xMax - xMin) / (nx - 1);
        double dy = (yMax - yMin) / (ny - 1);
        double[] px = new double[4];
        double[] py = new double[4];
        int o = offset;
        for (int r = 0; r < ny - 1; r++) {
            for (int c = 0; c < nx - 1; c++) {
                // corners counter-clockwise: v0 (c, r), v1 (c+1, r), v2 (c+1, r+1), v3 (c, r+1)
                double v0 = values[r * nx + c];
                double v1 = values[r * nx + c + 1];
                double v2 = values[(r + 1) * nx + c + 1];
                double v3 = values[(r + 1) * nx + c];
                double x0 = xMin + c * dx;
                double y0 = yMin + r * dy;
                int crossed = (crosses(v0, v1, level) ? 1 : 0) | (crosses(v1, v2, level) ? 2 : 0)
                        | (crosses(v2, v3, level) ? 4 : 0) | (crosses(v3, v0, level) ? 8 : 0);
                if (Integer.bitCount(crossed) < 2) {
                    continue;
                }
                // edge 0 bottom, 1 right, 2 top, 3 left
                if ((crossed & 1) != 0) {
                    px[0] = x0 + dx * fraction(v0, v1, level);
                    py[0] = y0;
                }
                if ((crossed & 2) != 0) {
                    px[1] = x0 + dx;
                    py[1] = y0 + dy * fraction(v1, v2, level);
                }
                if ((crossed & 4) != 0) {
                    px[2] = x0 + dx * (1 - fraction(v2, v3, level));
                    py[2] = y0 + dy;
                }
                if ((crossed & 8) != 0) {
                    px[3] = x0;
                    py[3] = y0 + dy * (1 - fraction(v3, v0, level));
                }
                o = join(crossed, v0 >= level, (v0 + v1 + v2 + v3) / 4 >= level, px, py, out, o);
            }
        }
        return o;
    }

    /**
     * Writes a cell's segments between its crossed edges (bits of crossed: 0 bottom, 1 right, 2 top, 3 left).
     * A saddle crosses all four; the centre's side decides which corners its two segments cut off.
     */
    private static int join(int crossed, boolean v0Above, boolean centreAbove, double[] px, double[] py,
                            double[] out, int o) {
        if (crossed == 15) {
            if (centreAbove == v0Above) {
                // v0 and v2 joined through the centre: cut off v1 (edges 0, 1) and v3 (edges 2, 3)
                o = segment(out, o, px, py, 0, 1);
                return segment(out, o, px, py, 2, 3);
            }
            o = segment(out, o, px, py, 3, 0);
            return segment(out, o, px, py, 1, 2);
        }
        int a = Integer.numberOfTrailingZeros(crossed);
        int b = 31 - Integer.numberOfLeadingZeros(crossed);
        return segment(out, o, px, py, a, b);
    }

    /** The segments of one level in a new array (for tests and one-off use). */
    public static double[] segments(double[] values, int nx, int ny, double xMin, double xMax, double yMin,
                                    double yMax, double level) {
        double[] out = new double[capacity(nx, ny)];
        int n = trace(values, nx, ny, xMin, xMax, yMin, yMax, level, out, 0);
        return Arrays.copyOf(out, n);
    }

    /**
     * count levels at the quantiles (k + ½)/count of the sampled values, k = 0…count−1, so the lines are
     * spread over the picture whatever the surface's scale; with count ≥ 1 and no NaN in the grid.
     */
    public static double[] quantileLevels(double[] values, int count) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            // quadratic spacing packs more lines near the minimum, where the paths end
            double q = (k + 0.5) / count;
            levels[k] = sorted[(int) Math.min(sorted.length - 1, Math.floor(q * q * sorted.length))];
        }
        return levels;
    }

    private static boolean crosses(double a, double b, double level) {
        return (a >= level) != (b >= level);
    }

    private static double fraction(double a, double b, double level) {
        return (level - a) / (b - a);
    }

    private static int segment(double[] out, int o, double[] px, double[] py, int a, int b) {
        out[o] = px[a];
        out[o + 1] = py[a];
        out[o + 2] = px[b];
        out[o + 3] = py[b];
        return o + 4;
    }
}
