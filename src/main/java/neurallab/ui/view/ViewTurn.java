package neurallab.ui.view;

import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.TrainerState;

/**
 * The window's paint schedule: while training plays, the three large views repaint from one snapshot in
 * three each, in turn by serial, so that a frame paints one large image (each view then moves at 20 frames
 * per second); paused or stepping, every snapshot repaints all three. A view also repaints after three
 * snapshots without its turn, should the window have missed the one of its turn.
 */
final class ViewTurn {
    /** In the order of serial % 3; the chart's turn is the snapshot whose maps no view draws. */
    enum Turn { NETWORK, OUTPUT, CHART }

    static {
        assert Turn.CHART.ordinal() == LiveSnapshot.MAPS_UNSEEN;
    }

    private final Turn turn;
    private int skipped;

    ViewTurn(Turn turn) {
        this.turn = turn;
    }

    static Turn of(LiveSnapshot s) {
        return Turn.values()[(int) (s.serial() % Turn.values().length)];
    }

    /** True when the view with this turn repaints from s (always, unless training plays). */
    static boolean onTurn(LiveSnapshot s, Turn view) {
        return s.state() != TrainerState.PLAYING || of(s) == view;
    }

    boolean repaints(LiveSnapshot s) {
        if (onTurn(s, turn) || ++skipped >= 3) {
            skipped = 0;
            return true;
        }
        return false;
    }
}
