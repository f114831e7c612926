package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import neurallab.session.insight.Palette;

class ColorScaleTest {
    @Test
    void divergingEndsAndMiddle() {
        assertEquals(ColorScale.ORANGE, ColorScale.diverging(-1));
        assertEquals(ColorScale.BLUE, ColorScale.diverging(1));
        assertEquals(ColorScale.NEUTRAL, ColorScale.diverging(0));
        assertEquals(ColorScale.NEUTRAL, ColorScale.diverging(Double.NaN));
        assertEquals(ColorScale.BLUE, ColorScale.diverging(7), "clamped");
        assertEquals(ColorScale.ORANGE, ColorScale.diverging(Double.NEGATIVE_INFINITY));
    }

    @Test
    void divergingHalfwayIsTheMix() {
        // 0.5 → halfway between neutral #f2f2f2 and blue #0072b2
        int c = ColorScale.diverging(0.5);
        assertEquals(0xFF79B2D2, c);
        assertEquals(0xFF2B2F38, ColorScale.diverging(0, 0xFF2B2F38), "dark theme neutral");
    }

    @Test
    void signAndClasses() {
        assertEquals(ColorScale.BLUE, ColorScale.sign(0.001));
        assertEquals(ColorScale.ORANGE, ColorScale.sign(-3));
        assertEquals(ColorScale.ORANGE, ColorScale.classColor(0));
        assertEquals(ColorScale.BLUE, ColorScale.classColor(1));
        assertEquals(0xFF009E73, ColorScale.classColor(2));
        assertEquals(ColorScale.classColor(0), ColorScale.classColor(Palette.classCount()));
    }

    @Test
    void confidenceIsSaturation() {
        int neutral = 0xFFFFFFFF;
        assertEquals(neutral, ColorScale.confidence(2, 1.0 / 3, 3, neutral), "a guess is neutral");
        assertEquals(ColorScale.classColor(2), ColorScale.confidence(2, 1.0, 3, neutral));
        int half = ColorScale.confidence(2, 2.0 / 3, 3, neutral);
        assertNotEquals(neutral, half);
        assertEquals(ColorScale.mix(neutral, ColorScale.classColor(2), 0.5), half);
    }

    @Test
    void cssHex() {
        assertEquals("#0072b2", ColorScale.css(ColorScale.BLUE));
    }
}
