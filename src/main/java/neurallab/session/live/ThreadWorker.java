package neurallab.session.live;

import java.util.concurrent.locks.LockSupport;

/**
 * The trainer thread: ticks while the trainer has work, parks (up to 50 ms) when it has none. On a machine
 * with two cores or fewer it also rests 2 ms after every busy tick (of at most 8 ms): training at full
 * speed would otherwise take a whole core from the window's own threads (FX, renderer, JIT compiler, X
 * server), and frames would stutter. A longer rest slows training without steadying the frames.
 */
final class ThreadWorker implements TrainerWorker {
    private static final long REST_NANOS = Runtime.getRuntime().availableProcessors() <= 2 ? 2_000_000L : 0;

    private final String name;
    private volatile boolean open = true;
    private Thread thread;

    ThreadWorker(String name) {
        this.name = name;
    }

    @Override
    public void attach(LiveTrainer trainer) {
        thread = new Thread(() -> {
            while (open) {
                boolean busy;
                try {
                    busy = trainer.tick();
                } catch (RuntimeException | Error e) {
                    trainer.fail(e);
                    busy = false;
                }
                if (!busy && open) {
                    LockSupport.parkNanos(this, 50_000_000L);
                } else if (REST_NANOS > 0) {
                    rest();
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    // a sleep, not a park: the window's wake-ups (one per frame) must not cut it short
    private static void rest() {
        try {
            Thread.sleep(REST_NANOS / 1_000_000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    @Override
    public void close() {
        open = false;
        wake();
    }
}
