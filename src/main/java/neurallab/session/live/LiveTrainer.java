package neurallab.session.live;

import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import neurallab.session.Experiment;

/**
 * Trains one experiment live for one window. Commands (whole experiments, play, pause, step, reset, an
 * edited weight) may come from any thread, even before the first build: they are queued in order and
 * applied by the trainer's thread between mini-batches. The trainer publishes immutable
 * {@link LiveSnapshot}s into an atomic slot; {@link #take()} returns the newest without ever waiting.
 * Figures and neuron maps are evaluated once per publication, not once per epoch, so training runs at
 * full speed: at most one publication per frame the window has shown (or per {@value #MAX_QUIET_MILLIS}
 * ms when nobody looks), and fewer when publishing is costly. Any throwable on the trainer's thread stops
 * training with a message.
 */
public final class LiveTrainer implements AutoCloseable {
    static final long MIN_PUBLISH_NANOS = 14_000_000L;
    static final long MAX_QUIET_MILLIS = 250;
    private static final long SLICE_NANOS = 8_000_000L;
    private static final long LATE_NANOS = 25_000_000L;
    private static final long PUBLISH_COST_RATIO = 6;

    private final TrainerWorker worker;
    private final Queue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final SnapshotSlot slot;
    // confined to the trainer's thread
    private final SnapshotBuilder snapshots;
    private final LiveRun live;
    private Speed speed = Speed.ONE;
    private long publishCost; // nanoseconds the last publication at full speed took

    public LiveTrainer(Experiment experiment, Path baseDir, int gridResolution, TrainerWorker worker) {
        this.worker = worker;
        this.slot = new SnapshotSlot(worker::wake);
        this.snapshots = new SnapshotBuilder(gridResolution, slot);
        this.live = new LiveRun(experiment, baseDir, snapshots);
        commands.add(() -> live.apply(experiment, null));
        worker.attach(this);
        worker.wake();
    }

    // ---- the window's side: commands and the snapshot slot -------------------------------------

    /** The newest snapshot (null before the first), marking it seen so the trainer may publish the next. */
    public LiveSnapshot take() {
        return slot.take();
    }

    /**
     * Hands back the neuron maps of a snapshot the window no longer shows (and will not read again), so
     * that a later publication reuses their arrays instead of allocating megabytes per frame.
     */
    public void recycle(GridFrame frame) {
        slot.recycle(frame);
    }

    /** The newest snapshot without marking it seen (so its maps may be reused once it is replaced). */
    public LiveSnapshot peek() {
        return slot.peek();
    }

    /**
     * The next experiment: the trainer works out what changed. Hyperparameters act at the next mini-batch
     * (after a divergence they also bring back the last sane weights); anything else rebuilds, and
     * {@code note} (e.g. "layer 2 activation relu") says why in the rebuilt network's message.
     */
    public void apply(Experiment next, String note) {
        submit(() -> live.apply(next, note));
    }

    public void apply(Experiment next) {
        apply(next, null);
    }

    public void play() {
        submit(live::play);
    }

    public void pause() {
        submit(live::pause);
    }

    /** Pauses, then trains one epoch (or what is left of the current one). */
    public void stepEpoch() {
        submit(live::stepEpoch);
    }

    /** Pauses, then trains one mini-batch. */
    public void stepBatch() {
        submit(live::stepBatch);
    }

    /** New initial weights from the experiment's seed; same data. Keeps playing if it was. */
    public void reset() {
        submit(live::reset);
    }

    public void setSpeed(Speed newSpeed) {
        submit(() -> speed = newSpeed);
    }

    /** Sets one kernel entry (layer l, input i, unit j); applied at the next mini-batch. */
    public void setWeight(int layer, int input, int unit, double value) {
        submit(() -> live.setParameter(layer, input, unit, value));
    }

    public void setBias(int layer, int unit, double value) {
        submit(() -> live.setParameter(layer, -1, unit, value));
    }

    @Override
    public void close() {
        worker.close();
    }

    private void submit(Runnable command) {
        commands.add(command);
        worker.wake();
    }

    // ---- the trainer's side --------------------------------------------------------------------

    /**
     * Applies the queued commands and publishes if they changed anything. Training alone does not publish
     * here: its publications are paced by {@link #tick()}.
     */
    public void runCommands() {
        try {
            boolean ran = false;
            Runnable c;
            while ((c = commands.poll()) != null) {
                c.run();
                ran = true;
            }
            if (ran && live.dirty()) {
                live.publish();
            }
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    /**
     * One slice of work on the trainer's thread: queued commands, then (when playing) training until the
     * next publication is due. Returns whether more work is pending right away.
     */
    public boolean tick() {
        try {
            return work();
        } catch (RuntimeException | Error e) {
            fail(e);
            return false;
        }
    }

    private boolean work() {
        runCommands();
        if (live.state() != TrainerState.PLAYING) {
            return !commands.isEmpty();
        }
        if (speed.isMax()) {
            return trainFlatOut();
        }
        if (!slot.taken() && sincePublish() < MAX_QUIET_MILLIS * 1_000_000L) {
            return !commands.isEmpty(); // the window has not shown the last frame yet; take() wakes us
        }
        for (int i = 0; i < speed.epochsPerFrame() && live.state() == TrainerState.PLAYING; i++) {
            live.trainEpoch();
        }
        live.publish();
        return false;
    }

    private boolean trainFlatOut() {
        if (windowBehind()) {
            return false; // the worker parks until take() wakes it
        }
        long start = System.nanoTime();
        long now = start;
        while (live.state() == TrainerState.PLAYING && commands.isEmpty() && now - start < SLICE_NANOS) {
            live.trainEpoch();
            now = System.nanoTime();
            if (publicationDue(now)) {
                break;
            }
        }
        if (live.state() != TrainerState.PLAYING || publicationDue(now)
                || sincePublish() >= MAX_QUIET_MILLIS * 1_000_000L) {
            publishTimed();
        }
        return live.state() == TrainerState.PLAYING;
    }

    /**
     * Whether the next publication is due: the window has taken the last one, and at least a frame's worth
     * of time ({@value #MIN_PUBLISH_NANOS} ns) and {@value #PUBLISH_COST_RATIO} times what the last one cost
     * have passed since. Evaluating the figures of a large network (the digits: three splits of 1,800 rows
     * in all) then takes at most a seventh of the trainer's time, and its maps refresh less often than 60
     * times a second instead of its training slowing down.
     */
    private boolean publicationDue(long now) {
        return slot.taken()
                && now - snapshots.lastPublishNanos() >= Math.max(MIN_PUBLISH_NANOS, PUBLISH_COST_RATIO * publishCost);
    }

    private void publishTimed() {
        long start = System.nanoTime();
        live.publish();
        publishCost = System.nanoTime() - start;
    }

    private long sincePublish() {
        return System.nanoTime() - snapshots.lastPublishNanos();
    }

    /**
     * Whether the window is late with the last publication (waiting longer than a frame and a half) while
     * still showing frames: training at full speed then yields until the window takes it, so that a busy
     * moment (the JIT compiling, a resize) costs epochs, not frames. A window that has not looked for
     * {@value #MAX_QUIET_MILLIS} ms does not hold training back.
     */
    private boolean windowBehind() {
        long waited = sincePublish();
        return !slot.taken() && waited > LATE_NANOS && waited < MAX_QUIET_MILLIS * 1_000_000L;
    }

    /** The last resort for any throwable on the trainer's thread: training stops with a message. */
    void fail(Throwable e) {
        live.fail("Training stopped by an internal error: " + e);
        live.publish();
    }
}
