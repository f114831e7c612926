package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
