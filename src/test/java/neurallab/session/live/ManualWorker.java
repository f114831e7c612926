package neurallab.session.live;

/** A same-thread worker for tests: commands run when woken; training runs only when the test calls {@link #tick}. */
public final class ManualWorker implements TrainerWorker {
    private LiveTrainer trainer;
    private boolean inside;
    private boolean held;

    @Override
    public void attach(LiveTrainer t) {
        trainer = t;
    }

    /** Runs nothing until {@link #release}, as a thread that has not started yet. */
    public void hold() {
        held = true;
    }

    public void release() {
        held = false;
        wake();
    }

    @Override
    public void wake() {
        if (trainer != null && !inside && !held) {
            inside = true;
            try {
                trainer.runCommands();
            } finally {
                inside = false;
            }
        }
    }

    /** One trainer tick on the caller's thread. */
    public void tick() {
        inside = true;
        try {
            trainer.tick();
        } finally {
            inside = false;
        }
    }

    public LiveTrainer trainer() {
        return trainer;
    }

    @Override
    public void close() {
    }
}
