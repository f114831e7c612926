package neurallab.ui.render;

import java.math.BigDecimal;

/** Number formatting for read-outs: short, locale-independent. */
public final class Format {
    private Format() {
    }

    /**
     * A loss or weight: 3 significant digits, scientific when very small or large (as {@code %.3f},
     * {@code %.2f}, {@code %.1f} or {@code %.2e}). Read-outs change every frame, so this runs on the
     * FX thread at 60 Hz: it uses no Formatter and no double-to-decimal conversion, whose compilation
     * alone slows the window's first seconds.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return scientific(v);
        }
        return fixed(v, a >= 100 ? 1 : a >= 10 ? 2 : 3);
    }

    public static String percent(double v) {
        return Double.isNaN(v) ? "–" : fixed(100 * v, 1) + "%";
    }

    // v with `decimals` digits after the point: round(|v|·10^decimals), the point put in by hand
    private static String fixed(double v, int decimals) {
        long scale = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        long units = Math.round(Math.abs(v) * scale);
        String digits = Long.toString(units / scale);
        String fraction = Long.toString(scale + units % scale).substring(1); // keeps leading zeros
        return (v < 0 ? "-" : "") + digits + "." + fraction;
    }

    // m.mme±XX: the mantissa m = |v| / 10^e in [1, 10), rounded to two decimals
    private static String scientific(double v) {
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a));
        long units = Math.round(a / Math.pow(10, e) * 100);
        if (units < 100) { // log10 rounded up across a power of ten
            e--;
            units = Math.round(a / Math.pow(10, e) * 100);
        }
        if (units >= 1000) { // 9.995 rounds to 10.00
            e++;
            units = Math.round(units / 10.0);
        }
        int ae = Math.abs(e);
        return (v < 0 ? "-" : "") + units / 100 + "." + Long.toString(100 + units % 100).substring(1)
                + (e < 0 ? "e-" : "e+") + (ae < 10 ? "0" : "") + ae;
    }

    /** An epoch count with thousands separators: 12,345. */
    public static String count(long n) {
        return n < 0 ? "-" + grouped(Long.toString(-n)) : grouped(Long.toString(n));
    }

    /** The toolbar's epoch counter, at least six digits as the Playground shows it: 000,042. */
    public static String epochCounter(long n) {
        String digits = Long.toString(Math.max(0, n));
        return grouped("000000".substring(Math.min(6, digits.length())) + digits);
    }

    // digits with a comma before every group of three from the right (called every frame: no Formatter)
    private static String grouped(String digits) {
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /**
     * A value as a user would type it back: the shortest form that reads back as the same double, in plain
     * digits from 10⁻⁶ to 10⁷ (a learning rate of 0.0003, not 3.0E-4) and in scientific notation beyond.
     */
    public static String exact(double v) {
        double a = Math.abs(v);
        if (v == 0 || (a >= 1e-6 && a < 1e7)) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
