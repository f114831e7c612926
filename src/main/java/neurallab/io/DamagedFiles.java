package neurallab.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A file the app keeps for itself (preferences, autosave) that could not be read is set aside rather than
 * read again at every start or silently overwritten: renamed {@code NAME.damaged-YYYYMMDD-HHMMSS} in the same
 * folder, where the user can still look at it.
 */
public final class DamagedFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DamagedFiles() {
    }

    /** Renames {@code file} aside (a number is added when that name is taken) and returns its new path. */
    public static Path setAside(Path file, LocalDateTime now) throws IOException {
        String name = file.getFileName() + ".damaged-" + now.format(STAMP);
        Path target = file.resolveSibling(name);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(name + "-" + n);
        }
        return Files.move(file, target);
    }
}
