package neurallab.ui.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The most recently opened or saved experiments, newest first, and the folder the file choosers last showed.
 * Both are kept with the preferences (the app hands each change to {@code onChange}); a new instance with no
 * arguments keeps them for this run only.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private final List<Path> files = new ArrayList<>();
    private Path lastFolder;
    private final Consumer<RecentFiles> onChange;

    public RecentFiles() {
        this(List.of(), null, r -> { });
    }

    public RecentFiles(List<Path> files, Path lastFolder, Consumer<RecentFiles> onChange) {
        files.stream().limit(MAX).forEach(this.files::add);
        this.lastFolder = lastFolder;
        this.onChange = onChange;
    }

    public List<Path> list() {
        return List.copyOf(files);
    }

    /** The folder to open file choosers in: the last one used while it still exists, else null. */
    public Path lastFolder() {
        return lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder : null;
    }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > MAX) {
            files.remove(MAX);
        }
        lastFolder = abs.getParent();
        onChange.accept(this);
    }

    /** A file chooser showed this folder (an import, an export). */
    public void usedFolder(Path folder) {
        lastFolder = folder.toAbsolutePath().normalize();
        onChange.accept(this);
    }
}
