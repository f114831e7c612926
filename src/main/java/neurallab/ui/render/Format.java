package neurallab.ui.render;

import java.util.Locale;

/** Number formatting for read-outs: short, locale-independent. */
public final class Format {
    private Format() {
    }

    /** A loss or weight: 3 significant digits, scientific when very small or large. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : "%.3f", v);
    }

    public static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
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

    /** A value as a user would type it back: the shortest round-trip form. */
    public static String exact(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
