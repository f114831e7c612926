package neurallab.session.insight;

/**
 * Value → ARGB on a diverging blue–white–orange scale centred on 0 (colour-blind safe: it varies in
 * lightness and in a blue/orange hue pair every common form of colour blindness tells apart).
 * Negative values are blue, 0 is near-white, positive values orange; |value| ≥ maxAbs is the full colour.
 */
public final class DivergingColorScale {
    // ColorBrewer PuOr-like ends: blue #2166AC, centre #F7F7F7, orange #E66101
    private static final int NEG_R = 0x21, NEG_G = 0x66, NEG_B = 0xAC;
    private static final int MID_R = 0xF7, MID_G = 0xF7, MID_B = 0xF7;
    private static final int POS_R = 0xE6, POS_G = 0x61, POS_B = 0x01;
    /** Grey for NaN and infinities. */
    public static final int INVALID = 0xFF808080;

    private DivergingColorScale() {
    }

    /** t = clamp(value / maxAbs, −1, 1); colour = mid + |t|·(end − mid), end the blue or orange side. */
    public static int argb(double value, double maxAbs) {
        if (!Double.isFinite(value)) {
            return INVALID;
        }
        double t = maxAbs > 0 ? value / maxAbs : 0.0;
        t = Math.max(-1.0, Math.min(1.0, t));
        double s = Math.abs(t);
        int r;
        int g;
        int b;
        if (t < 0) {
            r = mix(MID_R, NEG_R, s);
            g = mix(MID_G, NEG_G, s);
            b = mix(MID_B, NEG_B, s);
        } else {
            r = mix(MID_R, POS_R, s);
            g = mix(MID_G, POS_G, s);
            b = mix(MID_B, POS_B, s);
        }
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static int mix(int from, int to, double s) {
        return (int) Math.round(from + s * (to - from));
    }

    /** Fills out[i] = argb(values[i], maxAbs) for i &lt; count; allocates nothing. */
    public static void fill(double[] values, int count, double maxAbs, int[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = argb(values[i], maxAbs);
        }
    }
}
