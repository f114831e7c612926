package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    private static final long MS = 1_000_000L;

    @Test
    void gapsAfterTheStartAreCountedAndTheLongOnesDated() {
        FrameStats st = new FrameStats();
        long t0 = 5_000 * MS;
        st.recordFrom(t0);
        st.frame(t0 - 16 * MS); // warm-up: not recorded
        long t = t0;
        for (int i = 0; i < 100; i++) {
            st.frame(t);
            t += i == 49 ? 50 * MS : 16 * MS; // one frame of 50 ms, ending 49 · 16 + 50 ms after the start
        }
        assertEquals(99, st.count());
        assertEquals(1, st.countOver(33));
        assertArrayEquals(new double[] {0.834}, st.secondsOfGapsOver(33), 1e-9);
        assertEquals(16.0, st.quantileMillis(0.5), 1e-9);
        assertEquals(50.0, st.quantileMillis(1.0), 1e-9);
    }
}
