package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.engine.Network;
import org.junit.jupiter.api.Test;

class ActivationStatsTest {

    @Test
    void countsReluBinsAndDeadUnitsExactly() {
        // units: a0 = relu(x), a1 = relu(−x), a2 = relu(−1) = 0 always (dead)
        Network n = Nets.of(1, List.of(new LayerSpec(3, Activation.RELU), new LayerSpec(1, Activation.LINEAR)),
                new double[][][] {{{1, -1, 0}}, {{1}, {1}, {1}}}, new double[][] {{0, 0, -1}, {0}});
        ActivationStats s = new ActivationStats(n, 4);
        s.update(n, new double[] {-2, -1, 0.5, 3}, 4);
        // relu range [0, 4], edges 0,1,2,3,4. a0: 0,0,0.5,3 → bins 0,0,0,3; a1: 2,1,0,0 → 2,1,0,0; a2: 0 ×4
        assertEquals(9, s.count(0, 0));
        assertEquals(1, s.count(0, 1));
        assertEquals(1, s.count(0, 2));
        assertEquals(1, s.count(0, 3));
        assertEquals(1, s.deadUnits(0));
        assertEquals(0, s.clipped(0));
        assertEquals(1.0, s.binEdge(0, 1));
        assertTrue(Double.isNaN(s.saturatedShare(0)));
        // output linear: 0+2+0=2, 0+1+0=1, 0.5, 3 on [−4, 4] edges −4,−2,0,2,4 → bins 3,2,2,3
        assertEquals(2, s.count(1, 2));
        assertEquals(2, s.count(1, 3));
        assertEquals(0, s.deadUnits(1));
    }

    @Test
    void countsTanhSaturationExactly() {
        Network n = Nets.of(1, List.of(new LayerSpec(2, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)),
                new double[][][] {{{1, 0.1}}, {{1}, {1}}}, new double[][] {{0, 0}, {0}});
        ActivationStats s = new ActivationStats(n, 4);
        s.update(n, new double[] {-3, 0, 3, 0.5}, 4);
        // a0 = tanh(−3) = −0.995 (sat), 0, 0.995 (sat), 0.462; a1 = −0.291, 0, 0.291, 0.050
        assertEquals(0.25, s.saturatedShare(0));
        // edges −1, −0.5, 0, 0.5, 1
        assertEquals(1, s.count(0, 0));
        assertEquals(1, s.count(0, 1));
        assertEquals(5, s.count(0, 2));
        assertEquals(1, s.count(0, 3));
        assertEquals(0, s.deadUnits(0));
        // sigmoid output: σ(a0 + a1) never below 0.05 or above 0.95 here (|sum| ≤ 1.29)
        assertEquals(0.0, s.saturatedShare(1));
    }
}
