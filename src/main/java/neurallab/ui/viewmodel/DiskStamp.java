package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file on disk looked like when the window last read or wrote it: its modification time and size.
 * A different stamp later means someone else wrote the file meanwhile (another window, an editor, a copy).
 */
record DiskStamp(FileTime modified, long size) {
    /** The file's stamp now; null when there is no readable file there. */
    static DiskStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskStamp(a.lastModifiedTime(), a.size());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
