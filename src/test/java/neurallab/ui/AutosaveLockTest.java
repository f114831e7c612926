package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One window at a time keeps the autosave. */
class AutosaveLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWindowDoesNotGetTheLockUntilTheFirstLetsGo() {
        try (AutosaveLock first = new AutosaveLock(); AutosaveLock second = new AutosaveLock()) {
            assertTrue(first.acquire(dir.resolve("data")));
            assertFalse(second.acquire(dir.resolve("data")));
            first.close();
            assertTrue(second.acquire(dir.resolve("data")));
        }
    }
}
