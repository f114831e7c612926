package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void numbers() {
        assertEquals("0.123", Format.number(0.12345));
        assertEquals("12.35", Format.number(12.345));
        assertEquals("1.00e-05", Format.number(1e-5));
        assertEquals("–", Format.number(Double.NaN));
        assertEquals("∞", Format.number(Double.POSITIVE_INFINITY));
        assertEquals("95.0%", Format.percent(0.95));
        assertEquals("12,345", Format.count(12345));
        assertEquals("0.03", Format.exact(0.03));
        assertEquals("10", Format.exact(10));
        assertEquals("0.0003", Format.exact(3e-4), "a learning rate reads as the lesson writes it");
        assertEquals("0", Format.exact(0));
        assertEquals("-0.5", Format.exact(-0.5));
        assertEquals("1.0E-7", Format.exact(1e-7));
        assertEquals("1.0E300", Format.exact(1e300));
        for (double v : new double[] {3e-4, 0.1 + 0.2, 1e-6, 9_999_999.5, 1.0 / 3}) {
            assertEquals(v, Double.parseDouble(Format.exact(v)), "reads back as the same double");
        }
    }

    @Test
    void countsAreGroupedInThrees() {
        assertEquals("0", Format.count(0));
        assertEquals("999", Format.count(999));
        assertEquals("1,000", Format.count(1000));
        assertEquals("1,234,567", Format.count(1234567));
        assertEquals("-12,345", Format.count(-12345));
        assertEquals("000,000", Format.epochCounter(0));
        assertEquals("000,042", Format.epochCounter(42));
        assertEquals("123,456", Format.epochCounter(123456));
        assertEquals("1,234,567", Format.epochCounter(1234567));
    }

    @Test
    void numbersAgreeWithTheFormatterTheyReplace() {
        assertEquals("1.22e+05", Format.number(122_000));
        assertEquals("-9.99e-04", Format.number(-0.000999));
        assertEquals("1.00e-03", Format.number(0.0009999));
        assertEquals("-0.500", Format.number(-0.5));
        assertEquals("0.000", Format.number(0));
        assertEquals("100.00", Format.number(99.999));
        assertEquals("0.0%", Format.percent(0));
        assertEquals("100.0%", Format.percent(1));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-8, 8));
            double a = Math.abs(v);
            String expected = a < 1e-3 || a >= 1e5 ? String.format(Locale.ROOT, "%.2e", v)
                    : String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : "%.3f", v);
            assertEquals(expected, Format.number(v), "v = " + v);
            double p = random.nextDouble();
            assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * p), Format.percent(p), "p = " + p);
        }
    }
}
