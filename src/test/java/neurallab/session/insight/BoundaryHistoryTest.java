package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryHistoryTest {

    @Test
    void aMillionEpochsStayWithinCapacityAndCoverTheRange() {
        BoundaryHistory h = new BoundaryHistory(64);
        int[] exports = {0};
        for (long e = 0; e <= 1_000_000; e++) {
            h.offer(e, () -> {
                exports[0]++;
                return List.of();
            });
            assertTrue(h.size() <= 64);
        }
        List<BoundaryHistory.Snapshot> s = h.snapshots();
        assertEquals(0, s.get(0).epoch());
        assertTrue(s.get(s.size() - 1).epoch() > 1_000_000 - h.interval(), "covers to the end");
        assertTrue(h.size() >= 32, "at least half full after thinning: " + h.size());
        for (int i = 1; i < s.size(); i++) {
            assertEquals(h.interval(), s.get(i).epoch() - s.get(i - 1).epoch(), "evenly spaced");
        }
        // 1e6 / 64 = 15625 → the interval doubles to 16384; 0 … 61·16384 = 999424 are kept
        assertEquals(16384, h.interval());
        assertEquals(62, h.size());
        // 64 to fill, then 32 new per doubling (14 doublings): exports only when kept, never per epoch
        assertTrue(exports[0] <= 64 + 32 * 14, "weights exported only when kept: " + exports[0]);
        assertEquals(507904, h.nearest(500_000).epoch());
        assertEquals(0, h.nearest(-5).epoch());
    }

    @Test
    void smallHistoryByHand() {
        BoundaryHistory h = new BoundaryHistory(4);
        for (long e = 0; e <= 9; e++) {
            h.offer(e, List::of);
        }
        // 0 1 2 3 | 4 → thin to 0 2, interval 2 → 0 2 4 6 | 8 → thin to 0 4, interval 4 → 0 4 8
        assertEquals(List.of(0L, 4L, 8L), h.snapshots().stream().map(BoundaryHistory.Snapshot::epoch).toList());
        assertEquals(4, h.interval());
        assertEquals(4, h.nearest(5).epoch());
        assertEquals(4, h.nearest(6).epoch(), "the earlier on a tie");
    }
}
