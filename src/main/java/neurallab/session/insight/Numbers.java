package neurallab.session.insight;

/** Numbers as the walkthrough prints them: four significant digits, a true minus sign; no String.format. */
final class Numbers {
    static final String MINUS = "\u2212";
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    private Numbers() {
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : MINUS + "\u221e";
        }
        if (v == 0.0) {
            return "0";
        }
        StringBuilder s = new StringBuilder(12);
        if (v < 0) {
            s.append(MINUS);
        }
        double abs = Math.abs(v);
        int exp = (int) Math.floor(Math.log10(abs));
        if (exp < -3 || exp >= 5) {
            // m·10^e with 1 ≤ m < 10, written "1.234e−5"
            double mantissa = abs / Math.pow(10, exp);
            if (Math.round(mantissa * 1000) >= 10_000) {
                mantissa /= 10;
                exp++;
            }
            fixed(s, mantissa, 3);
            s.append('e').append(exp < 0 ? MINUS : "").append(Math.abs(exp));
        } else {
            fixed(s, abs, Math.max(0, 3 - exp));
        }
        return s.toString();
    }

    // abs rounded to `decimals` places, trailing zeros dropped
    private static void fixed(StringBuilder s, double abs, int decimals) {
        long scale = POW10[decimals];
        long scaled = Math.round(abs * scale);
        s.append(scaled / scale);
        long frac = scaled % scale;
        if (frac == 0) {
            return;
        }
        int digits = decimals;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        s.append('.');
        String f = Long.toString(frac);
        for (int i = f.length(); i < digits; i++) {
            s.append('0');
        }
        s.append(f);
    }

    /** A factor of a product: negative numbers in parentheses, "(−1.2)". */
    static String factor(double v) {
        return v < 0 ? "(" + format(v) + ")" : format(v);
    }

    /** " + 0.3" or " − 0.3": a term after the first one of a sum. */
    static String signedTerm(double v) {
        return v < 0 ? " " + MINUS + " " + format(-v) : " + " + format(v);
    }
}
