package neurallab.session.insight;

import neurallab.engine.Activation;

/**
 * The one colour language of every picture in the app, as packed ARGB ints (0xAARRGGBB, opaque), testable
 * without the toolkit. Negative values and class 0 are Okabe–Ito orange, positive values and class 1
 * Okabe–Ito blue (the colour-blind-safe pair), zero a neutral grey that a dark theme may replace; a
 * sequential scale for magnitudes (loss) runs from dark (low) to light (high). The main window's
 * renderers and the insight models both paint through this class, so the same value has the same colour
 * in every view.
 */
public final class Palette {
    /** Okabe–Ito orange, the negative end and class 0. */
    public static final int ORANGE = 0xFFE69F00;
    /** Okabe–Ito blue, the positive end and class 1. */
    public static final int BLUE = 0xFF0072B2;
    /** Zero on the light background. */
    public static final int NEUTRAL = 0xFFF2F2F2;
    /** Not a number (a diverged weight): mid grey, on neither side. */
    public static final int INVALID = 0xFF808080;
    /** Class colours, Okabe–Ito order after the first two, then further distinct hues. */
    private static final int[] CLASS_COLORS = {ORANGE, BLUE, 0xFF009E73, 0xFFCC79A7, 0xFFD55E00, 0xFF56B4E9,
        0xFFF0E442, 0xFF000000, 0xFF999999, 0xFF882255};
    /** Sequential ends: low (a valley) dark blue, high light. */
    public static final int LOW = 0xFF08306B;
    public static final int HIGH = 0xFFF7FBFF;

    private Palette() {
    }

    /** v in [−1, 1] (clamped; NaN → neutral) to orange … neutral … blue. */
    public static int diverging(double v, int neutral) {
        if (Double.isNaN(v)) {
            return neutral;
        }
        double t = Math.max(-1, Math.min(1, v));
        return t < 0 ? mix(neutral, ORANGE, -t) : mix(neutral, BLUE, t);
    }

    /**
     * How a neuron's output maps onto the diverging scale's [−1, 1]: sigmoid and softmax outputs (0…1) are
     * centred (2a − 1), so 0.5 is neutral; everything else is shown as is (the scale clamps it).
     */
    public static double toUnit(double a, Activation activation) {
        return switch (activation) {
            case SIGMOID, SOFTMAX -> 2 * a - 1;
            default -> a;
        };
    }

    /** A signed value on the light background: diverging(value / maxAbs); not finite → {@link #INVALID}. */
    public static int argb(double value, double maxAbs) {
        return argb(value, maxAbs, NEUTRAL);
    }

    /** diverging(value / maxAbs) with the given zero colour; not finite → {@link #INVALID}. */
    public static int argb(double value, double maxAbs, int neutral) {
        if (!Double.isFinite(value)) {
            return INVALID;
        }
        return diverging(maxAbs > 0 ? value / maxAbs : 0.0, neutral);
    }

    /** Fills out[i] = argb(values[i], maxAbs, neutral) for i &lt; count; allocates nothing. */
    public static void fill(double[] values, int count, double maxAbs, int neutral, int[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = argb(values[i], maxAbs, neutral);
        }
    }

    /** Discretized: the sign's full colour (0 → neutral). */
    public static int sign(double v, int neutral) {
        return v > 0 ? BLUE : v < 0 ? ORANGE : neutral;
    }

    public static int classColor(int k) {
        return CLASS_COLORS[Math.floorMod(k, CLASS_COLORS.length)];
    }

    public static int classCount() {
        return CLASS_COLORS.length;
    }

    /** A class colour whose saturation shows confidence: confidence 1/K (a guess) → neutral, 1 → full colour. */
    public static int confidence(int k, double confidence, int classes, int neutral) {
        double chance = 1.0 / Math.max(2, classes);
        double t = (confidence - chance) / (1 - chance);
        return mix(neutral, classColor(k), Math.max(0, Math.min(1, t)));
    }

    /** t in [0, 1] (clamped; not finite → high) from dark {@link #LOW} to light {@link #HIGH}. */
    public static int sequential(double t) {
        return Double.isFinite(t) ? mix(LOW, HIGH, Math.max(0, Math.min(1, t))) : HIGH;
    }

    /** Linear mix of two opaque colours: t = 0 → a, t = 1 → b. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
