package neurallab.session.insight;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as the walkthrough prints them: four significant digits, a true minus sign. */
final class Numbers {
    static final String MINUS = "\u2212";

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
        double abs = Math.abs(v);
        String body;
        if (abs < 1e-3 || abs >= 1e5) {
            body = String.format(java.util.Locale.ROOT, "%.3e", abs);
        } else {
            body = new BigDecimal(abs).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return v < 0 ? MINUS + body : body;
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
