package neurallab.session.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import neurallab.engine.LayerParameters;
import neurallab.engine.Network;

/**
 * Snapshots of the weights for replaying the decision boundary, at most {@code capacity} of them however
 * long training runs: a snapshot is kept at every epoch that is a multiple of the interval; when full, every
 * other snapshot is dropped (those not on a multiple of twice the interval) and the interval doubles.
 * The kept epochs are thus always 0, I, 2I, … up to the latest multiple of I when fed every epoch; fed with
 * gaps (once per frame of a live trainer), the first epoch at least I after the last kept one, thinned by position.
 */
public final class BoundaryHistory {
    /** One kept state: the epoch and the weights in the experiment file's shape. */
    public record Snapshot(long epoch, List<LayerParameters> weights) {
    }

    private final int capacity;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private long interval = 1;

    public BoundaryHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("keep at least two snapshots");
        }
        this.capacity = capacity;
    }

    /** Whether a snapshot of this epoch would be kept (check before exporting the weights). */
    public boolean wants(long epoch) {
        if (snapshots.isEmpty()) {
            return true;
        }
        long last = snapshots.get(snapshots.size() - 1).epoch();
        // fed every epoch this keeps the multiples of the interval; fed with gaps (a live trainer publishes
        // once per frame, many epochs apart) it keeps the first epoch at least one interval after the last
        return epoch > last && (epoch % interval == 0 || epoch - last >= interval);
    }

    /** Keeps the epoch's weights if wanted; the supplier is called only then. */
    public boolean offer(long epoch, Supplier<List<LayerParameters>> weights) {
        if (!wants(epoch)) {
            return false;
        }
        while (snapshots.size() >= capacity) {
            thin();
            if (!wants(epoch)) {
                return false;
            }
        }
        snapshots.add(new Snapshot(epoch, weights.get()));
        return true;
    }

    public boolean record(long epoch, Network network) {
        return offer(epoch, network::exportParameters);
    }

    // keep the epochs on multiples of 2·interval (every other one when fed with gaps), then interval ← 2·interval
    private void thin() {
        long doubled = interval * 2;
        boolean aligned = snapshots.stream().allMatch(s -> s.epoch() % interval == 0);
        if (aligned) {
            snapshots.removeIf(s -> s.epoch() % doubled != 0);
        } else {
            for (int i = snapshots.size() - 1; i >= 1; i--) {
                if (i % 2 == 1) {
                    snapshots.remove(i);
                }
            }
        }
        interval = doubled;
    }

    /** The snapshot whose epoch is nearest (the earlier one on a tie), or null when empty. */
    public Snapshot nearest(long epoch) {
        Snapshot best = null;
        for (Snapshot s : snapshots) {
            if (best == null || Math.abs(s.epoch() - epoch) < Math.abs(best.epoch() - epoch)) {
                best = s;
            }
        }
        return best;
    }

    public List<Snapshot> snapshots() {
        return Collections.unmodifiableList(snapshots);
    }

    public int size() {
        return snapshots.size();
    }

    public int capacity() {
        return capacity;
    }

    /** Epochs between kept snapshots. */
    public long interval() {
        return interval;
    }

    public void clear() {
        snapshots.clear();
        interval = 1;
    }
}
