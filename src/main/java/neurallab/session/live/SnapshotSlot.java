package neurallab.session.live;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The atomic slot between the trainer's thread, which puts snapshots, and the window, which takes the
 * newest without ever waiting. Maps of snapshots the window no longer shows come back here to be reused.
 */
final class SnapshotSlot {
    private final AtomicReference<Publication> slot = new AtomicReference<>();
    private final Queue<GridFrame> returned = new ConcurrentLinkedQueue<>();
    private final Runnable onTaken;
    private GridFrame shownMaps; // the maps of the newest snapshot the window took; trainer's thread only

    SnapshotSlot(Runnable onTaken) {
        this.onTaken = onTaken;
    }

    /** The newest snapshot (null before the first), marking it seen so the trainer may publish the next. */
    LiveSnapshot take() {
        for (Publication p = slot.get(); p != null; p = slot.get()) {
            if (p.state.compareAndSet(Publication.FRESH, Publication.TAKEN)) {
                onTaken.run();
                return p.snapshot;
            }
            if (p.state.get() == Publication.TAKEN) {
                return p.snapshot;
            }
            // reclaimed: the trainer replaced it before the window looked, so the slot holds a newer one
        }
        return null;
    }

    LiveSnapshot peek() {
        Publication p = slot.get();
        return p == null ? null : p.snapshot;
    }

    void recycle(GridFrame frame) {
        if (frame != null && returned.size() < 2) {
            returned.add(frame);
        }
    }

    /** A frame handed back for reuse, or null. */
    GridFrame reusable() {
        return returned.poll();
    }

    /** Whether the window has taken the newest snapshot (true before the first). */
    boolean taken() {
        Publication p = slot.get();
        return p == null || p.state.get() == Publication.TAKEN;
    }

    /**
     * Puts the next snapshot into the slot. The one it replaces, if the window never took it, is taken back:
     * its maps are reused by a later publication unless a snapshot the window took or the next one carries
     * them too (consecutive snapshots share maps on a chart's turn).
     */
    void put(LiveSnapshot next) {
        Publication old = slot.getAndSet(new Publication(next));
        if (old == null || old.snapshot.grid() == null) {
            return;
        }
        GridFrame maps = old.snapshot.grid();
        if (!old.state.compareAndSet(Publication.FRESH, Publication.RECLAIMED)) {
            shownMaps = maps;
        } else if (maps != shownMaps && maps != next.grid()) {
            recycle(maps);
        }
    }

    /** A snapshot in the slot, and whether the window took it or the trainer took it back unseen. */
    private static final class Publication {
        static final int FRESH = 0, TAKEN = 1, RECLAIMED = 2;
        final LiveSnapshot snapshot;
        final AtomicInteger state = new AtomicInteger(FRESH);

        Publication(LiveSnapshot snapshot) {
            this.snapshot = snapshot;
        }
    }
}
