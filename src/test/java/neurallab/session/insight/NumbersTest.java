package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void fourSignificantDigitsAndATrueMinus() {
        assertEquals("0.2449", Numbers.format(Math.tanh(0.25)));
        assertEquals("\u22121.2", Numbers.format(-1.2));
        assertEquals("0.05", Numbers.format(0.05));
        assertEquals("1235", Numbers.format(1234.5));
        assertEquals("10", Numbers.format(9.99996));
        assertEquals("0.001", Numbers.format(0.001));
        assertEquals("1.235e\u22125", Numbers.format(1.2345e-5 + 1e-12));
        assertEquals("\u22121e\u22124", Numbers.format(-0.0001));
        assertEquals("100000", Numbers.format(99999.9));
        assertEquals("2.5e6", Numbers.format(2.5e6));
        assertEquals("0", Numbers.format(0.0));
        assertEquals("(\u22120.5)", Numbers.factor(-0.5));
        assertEquals(" \u2212 0.5", Numbers.signedTerm(-0.5));
    }
}
