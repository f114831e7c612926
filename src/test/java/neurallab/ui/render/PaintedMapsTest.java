package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neurallab.engine.Activation;
import org.junit.jupiter.api.Test;

class PaintedMapsTest {
    private final PaintedMaps maps = new PaintedMaps();

    private boolean frame(boolean discretize, Activation act, double... values) {
        maps.begin(discretize);
        maps.add(values, 0, values.length, act);
        boolean moved = maps.moved();
        if (moved) {
            maps.keep();
        }
        return moved;
    }

    @Test
    void theFirstFrameAlwaysPaints() {
        assertTrue(frame(false, Activation.TANH, 0.1, 0.2));
    }

    @Test
    void aMoveOfAtMostOneStepIsNotPainted() {
        frame(false, Activation.TANH, 0.1, 0.2);
        assertFalse(frame(false, Activation.TANH, 0.1 + 1.0 / 256, 0.2 - 1.0 / 512));
        assertTrue(frame(false, Activation.TANH, 0.1, 0.2 + 1.1 / 256));
    }

    @Test
    void oneStepMovesEveryChannelByAtMostOneLevel() {
        // the claim behind STEP, checked on the scale's steepest channels in both themes
        for (int neutral : new int[] {ColorScale.NEUTRAL, 0xFF2B2F38}) {
            for (double t = -1; t <= 1 - PaintedMaps.STEP; t += 0.01) {
                int a = ColorScale.diverging(t, neutral), b = ColorScale.diverging(t + PaintedMaps.STEP, neutral);
                for (int shift = 0; shift < 24; shift += 8) {
                    assertTrue(Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) <= 1, "t = " + t);
                }
            }
        }
    }

    @Test
    void smallMovesDoNotAddUpUnpainted() {
        // the comparison is with what was painted, not with the frame before
        frame(false, Activation.TANH, 0.5);
        assertFalse(frame(false, Activation.TANH, 0.5 + 0.6 / 256));
        assertTrue(frame(false, Activation.TANH, 0.5 + 1.2 / 256), "two small moves are one visible move");
        assertFalse(frame(false, Activation.TANH, 0.5 + 1.2 / 256 + 0.6 / 256), "now compared with the painted 0.5 + 1.2/256");
    }

    @Test
    void sigmoidIsComparedOnTheScaleWhereItMovesTwiceAsFast() {
        frame(false, Activation.SIGMOID, 0.5);
        assertTrue(frame(false, Activation.SIGMOID, 0.5 + 0.6 / 256), "2a − 1 moved by 1.2/256");
    }

    @Test
    void valuesBeyondTheScaleAreClampedAsTheyArePainted() {
        frame(false, Activation.RELU, 3.0);
        assertFalse(frame(false, Activation.RELU, 7.0), "both full blue");
    }

    @Test
    void discretizedMapsRepaintOnASignChangeHoweverSmall() {
        frame(true, Activation.TANH, 0.001);
        assertFalse(frame(true, Activation.TANH, 0.002));
        assertTrue(frame(true, Activation.TANH, -0.001));
    }

    @Test
    void switchingDiscretizeRepaints() {
        frame(false, Activation.TANH, 0.3);
        assertTrue(frame(true, Activation.TANH, 0.3));
    }

    @Test
    void aDifferentNumberOfValuesOrNaNRepaints() {
        frame(false, Activation.TANH, 0.3, 0.4);
        assertTrue(frame(false, Activation.TANH, 0.3));
        assertTrue(frame(false, Activation.TANH, Double.NaN));
    }

    @Test
    void forgettingRepaintsTheNextFrame() {
        frame(false, Activation.TANH, 0.3);
        maps.forget();
        assertTrue(frame(false, Activation.TANH, 0.3));
        assertFalse(frame(false, Activation.TANH, 0.3));
    }

    @Test
    void unpaintedFramesDoNotReplaceWhatIsShown() {
        frame(false, Activation.TANH, 0.3);
        maps.begin(false);
        maps.add(new double[] {0.9}, 0, 1, Activation.TANH);
        assertTrue(maps.moved()); // not kept: the view did not paint it
        assertFalse(frame(false, Activation.TANH, 0.3));
    }
}
