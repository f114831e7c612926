package neurallab.ui;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Frame times measured by the AnimationTimer, for --benchmark-ui. */
public final class FrameStats {
    private long[] gaps = new long[1 << 16];
    private long[] ends = new long[1 << 16];
    private int count;
    private long last;
    private long startAfter = Long.MAX_VALUE;

    /** Starts recording frames after this System.nanoTime(). */
    public void recordFrom(long nanos) {
        startAfter = nanos;
        count = 0;
        last = 0;
    }

    void frame(long now) {
        if (now >= startAfter) {
            if (last != 0 && count < gaps.length) {
                ends[count] = now;
                gaps[count++] = now - last;
            }
            last = now;
        }
    }

    public int count() {
        return count;
    }

    /** How many gaps were longer than this many milliseconds. */
    public int countOver(double millis) {
        return secondsOfGapsOver(millis).length;
    }

    /** When each gap longer than this many milliseconds ended, in seconds after recording started. */
    public double[] secondsOfGapsOver(double millis) {
        return IntStream.range(0, count).filter(i -> gaps[i] > millis * 1e6)
                .mapToDouble(i -> (ends[i] - startAfter) / 1e9).toArray();
    }

    /** Gap quantile q in [0, 1], milliseconds. */
    public double quantileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        int i = (int) Math.min(count - 1, Math.round(q * (count - 1)));
        return sorted[i] / 1e6;
    }
}
