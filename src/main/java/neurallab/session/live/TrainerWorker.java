package neurallab.session.live;

/**
 * Runs a {@link LiveTrainer}'s work: the thread worker in the app, {@link #sameThread} in tests.
 * {@link LiveTrainer#tick()} does one slice of work and says whether more is pending.
 */
public interface TrainerWorker extends AutoCloseable {
    /** Binds the worker to its trainer; called once by the trainer's constructor. */
    void attach(LiveTrainer trainer);

    /** New work (a command, a consumed frame): make sure a tick runs soon. Never blocks. */
    void wake();

    @Override
    void close();

    /** A daemon thread that ticks while there is work and parks otherwise. */
    static TrainerWorker thread(String name) {
        return new ThreadWorker(name);
    }
}
