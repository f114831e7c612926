package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    private static RunComparison.PinnedRun run(int i) {
        return new RunComparison.PinnedRun("run " + i, new double[] {0.7, 0.5 / i, Double.NaN}, 2,
                new int[] {0xFF2166AC, 0xFFE66101, i, -i});
    }

    @Test
    void rowsTenEpochsApartArePlottedAtTheirRealEpochs() {
        // a run trained 10 epochs per frame: rows at epochs 10, 20, …, 11 890, loss = epoch / 10 000
        int rows = 1189;
        int[] epochs = new int[rows];
        double[] losses = new double[rows];
        for (int r = 0; r < rows; r++) {
            epochs[r] = 10 * (r + 1);
            losses[r] = epochs[r] / 10_000.0;
        }
        RunComparison.PinnedRun run = RunComparison.PinnedRun.fromRows("fast", epochs, losses, 0, new int[0]);
        assertEquals(rows, run.points());
        assertEquals(11_890, run.epochOf(run.points() - 1), 1e-9, "ends on the run's epoch, not on its row count");
        assertEquals(1.189, run.finalLoss(), 1e-12);
        // point 600 at epoch 600 · 11 890 / 1188 ≈ 6005.05, its loss interpolated between the rows at 6000 and 6010
        assertEquals(600 * 11_890.0 / 1188, run.epochOf(600), 1e-9);
        assertEquals(run.epochOf(600) / 10_000, run.loss(600), 1e-12);
        assertEquals(0.001, run.loss(0), 1e-12, "before the first row: its loss");
    }

    @Test
    void rowsOnEveryEpochStayAsTheyAre() {
        double[] losses = {0.9, 0.7, 0.4};
        RunComparison.PinnedRun run = RunComparison.PinnedRun.fromRows("slow", new int[] {0, 1, 2}, losses, 0, new int[0]);
        assertArrayEquals(losses, run.losses());
        assertEquals(3, run.epochs());
    }

    @Test
    void theSixthRunIsRefusedWithAMessage() {
        RunComparison c = new RunComparison();
        for (int i = 1; i <= 5; i++) {
            assertEquals(Optional.empty(), c.pin(run(i)));
        }
        Optional<String> refused = c.pin(run(6));
        assertTrue(refused.isPresent());
        assertTrue(refused.get().contains("5"), refused.get());
        assertEquals(5, c.size());
        c.unpin(0);
        assertEquals(Optional.empty(), c.pin(run(6)));
        assertEquals("run 6", c.runs().get(4).label());
    }

    @Test
    void roundTripsThroughAPlainStructure() {
        RunComparison c = new RunComparison();
        c.pin(run(1));
        c.pin(run(2));
        List<Map<String, Object>> plain = c.toPlain();
        assertEquals(null, ((List<?>) plain.get(0).get("losses")).get(2), "NaN saved as null");
        // as a JSON reader would hand it back: longs for the pixels
        List<Map<String, Object>> read = new ArrayList<>();
        for (Map<String, Object> m : plain) {
            Map<String, Object> copy = new HashMap<>(m);
            copy.put("thumbnail", ((List<?>) m.get("thumbnail")).stream().map(p -> ((Integer) p).longValue()).toList());
            read.add(copy);
        }
        RunComparison back = RunComparison.fromPlain(read);
        assertEquals(2, back.size());
        assertEquals("run 2", back.runs().get(1).label());
        assertArrayEquals(run(2).losses(), back.runs().get(1).losses());
        assertArrayEquals(run(2).thumbnail(), back.runs().get(1).thumbnail());
        assertEquals(0.25, back.runs().get(1).loss(1));
    }
}
