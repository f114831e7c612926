package neurallab.ui.render;

/**
 * Pure colour scales, as packed ARGB ints (0xAARRGGBB, opaque), testable without the toolkit.
 * The diverging scale runs orange (−1) → a neutral light grey (0) → blue (+1): the colour-blind-safe
 * pair of the Okabe–Ito palette, the Playground's convention (orange negative, blue positive).
 */
public final class ColorScale {
    /** Okabe–Ito orange, the negative end and class 0. */
    public static final int ORANGE = 0xFFE69F00;
    /** Okabe–Ito blue, the positive end and class 1. */
    public static final int BLUE = 0xFF0072B2;
    public static final int NEUTRAL = 0xFFF2F2F2;
    /** Class colours, Okabe–Ito order after the first two, then further distinct hues. */
    public static final int[] CLASS_COLORS = {ORANGE, BLUE, 0xFF009E73, 0xFFCC79A7, 0xFFD55E00, 0xFF56B4E9,
            0xFFF0E442, 0xFF000000, 0xFF999999, 0xFF882255};

    private ColorScale() {
    }

    /** v in [−1, 1] (clamped; NaN → neutral) to orange … neutral … blue. */
    public static int diverging(double v) {
        if (Double.isNaN(v)) {
            return NEUTRAL;
        }
        double t = Math.max(-1, Math.min(1, v));
        return t < 0 ? mix(NEUTRAL, ORANGE, -t) : mix(NEUTRAL, BLUE, t);
    }

    /** The diverging colour with the neutral end replaced: for dark backgrounds. */
    public static int diverging(double v, int neutral) {
        if (Double.isNaN(v)) {
            return neutral;
        }
        double t = Math.max(-1, Math.min(1, v));
        return t < 0 ? mix(neutral, ORANGE, -t) : mix(neutral, BLUE, t);
    }

    /** Discretized: the sign's full colour (0 → neutral). */
    public static int sign(double v) {
        return v > 0 ? BLUE : v < 0 ? ORANGE : NEUTRAL;
    }

    public static int classColor(int k) {
        return CLASS_COLORS[Math.floorMod(k, CLASS_COLORS.length)];
    }

    /** A class colour whose saturation shows confidence: confidence 1/K (a guess) → neutral, 1 → full colour. */
    public static int confidence(int k, double confidence, int classes, int neutral) {
        double chance = 1.0 / Math.max(2, classes);
        double t = (confidence - chance) / (1 - chance);
        return mix(neutral, classColor(k), Math.max(0, Math.min(1, t)));
    }

    /** Linear mix of two opaque colours: t = 0 → a, t = 1 → b. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    /** The colour as a CSS hex string, "#rrggbb". */
    public static String css(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
