package neurallab.ui.render;

/**
 * Min/max decimation of a long series for drawing: splits [0, n) into at most {@code buckets} runs and
 * keeps each run's first, minimum, maximum and last point, so a 100k-point curve draws as a few
 * thousand points with every spike intact.
 */
public final class Downsample {
    private Downsample() {
    }

    /** A series by index. */
    public interface Series {
        int size();

        double x(int i);

        double y(int i);
    }

    /**
     * The indices to draw, in order, at most 4 per bucket; non-finite values are skipped. Returns the
     * count written into {@code out} (which needs 4 · buckets entries).
     */
    public static int minMax(Series s, int buckets, int[] out) {
        int n = s.size();
        if (n == 0 || buckets <= 0) {
            return 0;
        }
        int count = 0;
        if (n <= buckets * 4) {
            for (int i = 0; i < n && count < out.length; i++) {
                if (Double.isFinite(s.y(i))) {
                    out[count++] = i;
                }
            }
            return count;
        }
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int first = -1, last = -1, lo = -1, hi = -1;
            for (int i = from; i < to; i++) {
                double y = s.y(i);
                if (!Double.isFinite(y)) {
                    continue;
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
                if (lo < 0 || y < s.y(lo)) {
                    lo = i;
                }
                if (hi < 0 || y > s.y(hi)) {
                    hi = i;
                }
            }
            if (first < 0) {
                continue;
            }
            int a = Math.min(lo, hi), c = Math.max(lo, hi);
            int[] picks = {first, a, c, last};
            int prev = count == 0 ? -1 : out[count - 1];
            for (int p : picks) {
                if (p != prev) {
                    out[count++] = p;
                    prev = p;
                }
            }
        }
        return count;
    }
}
