package neurallab.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C while a command trains: the shutdown hook asks the training to stop after the current epoch and
 * holds the JVM until the command has written what it has ({@link #close}); the JVM then exits with 130.
 */
final class Interruption implements AutoCloseable {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private Interruption(PrintWriter err) {
        hook = new Thread(() -> {
            requested.set(true);
            err.println();
            err.println("interrupted: stopping after the current epoch and writing what is done");
            err.flush();
            try {
                written.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "neurallab-interrupt");
    }

    static Interruption install(PrintWriter err) {
        Interruption interruption = new Interruption(err);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    boolean requested() {
        return requested.get();
    }

    /** The command's outputs are written: the JVM may exit. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and now returns
        }
    }
}
