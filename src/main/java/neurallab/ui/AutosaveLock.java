package neurallab.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The autosave belongs to one window at a time: the first holds a lock on {@code autosave.lock} in the user data
 * folder, which the system releases however the process ends (a crash, SIGKILL), so the next start can take it.
 */
final class AutosaveLock implements AutoCloseable {
    static final String FILE = "autosave.lock";
    private FileChannel channel;

    /**
     * False when another window holds the lock. True when this one now holds it, and also when no lock can be
     * made at all (a folder that cannot be written: the autosave then reports its own failure).
     */
    boolean acquire(Path folder) {
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = channel.tryLock();
            if (held == null) {
                close();
            }
            return held != null;
        } catch (OverlappingFileLockException e) { // held by this same process
            close();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing releases the lock; nothing else to do
        }
        channel = null;
    }
}
