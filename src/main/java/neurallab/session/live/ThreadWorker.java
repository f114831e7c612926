package neurallab.session.live;

import java.util.concurrent.locks.LockSupport;

/**
 * The trainer thread: ticks while the trainer has work, parks (up to 50 ms) when it has none. It does not
 * rest between busy ticks, even on two cores: when the window falls more than a frame and a half behind,
 * the trainer itself yields until it catches up ({@code LiveTrainer.windowBehind}). A fixed rest of 2 ms
 * after every tick cost 30–45 % of the epochs in the window for no steadier frames (docs/benchmarks.md).
 */
final class ThreadWorker implements TrainerWorker {
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
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
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
