package neurallab.ui.render;

import neurallab.session.insight.Palette;

/**
 * The window's colour scales, as packed ARGB ints: the app's one palette ({@link Palette}: orange negative
 * and class 0, blue positive and class 1, the Playground's convention) plus what only the window needs.
 */
public final class ColorScale {
    /** Okabe–Ito orange, the negative end and class 0. */
    public static final int ORANGE = Palette.ORANGE;
    /** Okabe–Ito blue, the positive end and class 1. */
    public static final int BLUE = Palette.BLUE;
    public static final int NEUTRAL = Palette.NEUTRAL;

    private ColorScale() {
    }

    /** v in [−1, 1] (clamped; NaN → neutral) to orange … neutral … blue. */
    public static int diverging(double v) {
        return Palette.diverging(v, NEUTRAL);
    }

    /** The diverging colour with the neutral end replaced: for dark backgrounds. */
    public static int diverging(double v, int neutral) {
        return Palette.diverging(v, neutral);
    }

    /** Discretized: the sign's full colour (0 → neutral). */
    public static int sign(double v) {
        return Palette.sign(v, NEUTRAL);
    }

    public static int classColor(int k) {
        return Palette.classColor(k);
    }

    /** A class colour whose saturation shows confidence: confidence 1/K (a guess) → neutral, 1 → full colour. */
    public static int confidence(int k, double confidence, int classes, int neutral) {
        return Palette.confidence(k, confidence, classes, neutral);
    }

    /** Linear mix of two opaque colours: t = 0 → a, t = 1 → b. */
    public static int mix(int a, int b, double t) {
        return Palette.mix(a, b, t);
    }

    /** The colour as a CSS hex string, "#rrggbb". */
    public static String css(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
