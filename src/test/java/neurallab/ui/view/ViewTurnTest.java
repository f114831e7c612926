package neurallab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.LossHistory;
import neurallab.session.live.TrainerState;
import org.junit.jupiter.api.Test;

/** The window's paint schedule: one large view per snapshot while playing, all of them otherwise. */
class ViewTurnTest {
    private static LiveSnapshot snapshot(long serial, TrainerState state) {
        return new LiveSnapshot(serial, 1, state, null, null, null, 0, 0, null, LossHistory.View.empty(), List.of(),
                List.of(), List.of(), List.of(), null, null, null, null, null, 0);
    }

    @Test
    void whilePlayingEachViewHasItsTurn() {
        for (long serial = 0; serial < 6; serial++) {
            LiveSnapshot s = snapshot(serial, TrainerState.PLAYING);
            int repainting = 0;
            for (ViewTurn.Turn t : ViewTurn.Turn.values()) {
                repainting += ViewTurn.onTurn(s, t) ? 1 : 0;
            }
            assertEquals(1, repainting, "one view per snapshot");
        }
        LiveSnapshot unseenMaps = snapshot(LiveSnapshot.MAPS_UNSEEN, TrainerState.PLAYING);
        assertTrue(LiveSnapshot.carriesMapsBefore(unseenMaps.serial(), unseenMaps.state()));
        assertEquals(ViewTurn.Turn.CHART, ViewTurn.of(unseenMaps), "the chart's turn is the one with old maps");
        assertFalse(ViewTurn.onTurn(unseenMaps, ViewTurn.Turn.NETWORK));
    }

    @Test
    void pausedEveryViewRepaintsAndAMissedTurnCatchesUp() {
        for (ViewTurn.Turn t : ViewTurn.Turn.values()) {
            assertTrue(ViewTurn.onTurn(snapshot(2, TrainerState.PAUSED), t));
        }
        ViewTurn network = new ViewTurn(ViewTurn.Turn.NETWORK);
        assertFalse(network.repaints(snapshot(1, TrainerState.PLAYING)));
        assertFalse(network.repaints(snapshot(2, TrainerState.PLAYING)));
        assertTrue(network.repaints(snapshot(4, TrainerState.PLAYING)), "three snapshots without its turn");
    }
}
