package neurallab.ui.render;

import java.util.Arrays;
import neurallab.engine.Activation;
import neurallab.session.insight.Palette;

/**
 * The neuron maps as last painted, on the diverging scale's [−1, 1], so that a view can skip a repaint
 * that would not show. Once a network settles, its maps move by less than one colour step for seconds
 * at a time, and a repaint anyway costs the window a whole image (rasterizing, upload, render).
 *
 * <p>Per frame: {@link #begin}, then {@link #add} every map in painting order, then {@link #moved};
 * {@link #keep} when those values are painted.
 */
public final class PaintedMaps {
    /**
     * One step of the 8-bit scale: a channel is mix(a, b, t) = a + (b − a)·t with |b − a| ≤ 255, so a value
     * that moved by at most 1/256 paints every channel within one level of what is shown.
     */
    public static final double STEP = 1.0 / 256;

    private double[] shown = new double[0];
    private double[] next = new double[0];
    private int shownCount = -1; // -1: nothing painted yet (or forgotten)
    private boolean shownDiscretized;
    private int count;
    private boolean discretize;
    private boolean moved;

    /** Starts a frame's maps; discretized maps show only each value's sign. */
    public void begin(boolean discretize) {
        this.discretize = discretize;
        count = 0;
        moved = shownCount < 0 || discretize != shownDiscretized;
    }

    /** The map values[from … from + n) of a unit with this activation, as the rasterizer would read them. */
    public void add(double[] values, int from, int n, Activation activation) {
        if (next.length < count + n) {
            next = Arrays.copyOf(next, Math.max(count + n, 2 * next.length));
        }
        for (int i = 0; i < n; i++) {
            // t = the shown position on the scale, clamped as ColorScale does
            double t = Math.max(-1, Math.min(1, Palette.toUnit(values[from + i], activation)));
            next[count] = t;
            if (!moved && count < shownCount) {
                double before = shown[count];
                // NaN on either side compares as moved
                moved = !(Math.abs(t - before) <= STEP) || discretize && Math.signum(t) != Math.signum(before);
            }
            count++;
        }
    }

    /** Whether painting this frame's maps would visibly differ from the ones painted last. */
    public boolean moved() {
        return moved || count != shownCount;
    }

    /** This frame's maps are being painted: later frames compare with them. */
    public void keep() {
        double[] t = shown;
        shown = next;
        next = t;
        shownCount = count;
        shownDiscretized = discretize;
    }

    /** The view painted maps some other way (a full redraw): the next frame repaints. */
    public void forget() {
        shownCount = -1;
    }
}
