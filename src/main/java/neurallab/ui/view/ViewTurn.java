package neurallab.ui.view;

import neurallab.session.live.LiveSnapshot;

/**
 * Whether one of the three large views repaints from a snapshot: on its {@link LiveSnapshot.Turn}, or
 * (should the window have missed the snapshot of its turn) after three snapshots without one.
 */
final class ViewTurn {
    private final LiveSnapshot.Turn turn;
    private int skipped;

    ViewTurn(LiveSnapshot.Turn turn) {
        this.turn = turn;
    }

    boolean repaints(LiveSnapshot s) {
        if (s.repaints(turn) || ++skipped >= 3) {
            skipped = 0;
            return true;
        }
        return false;
    }
}
