package neurallab.ui.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently opened or saved experiments, newest first, one path per line in a small text file
 * (~/.neurallab/recent-files.txt). A file that cannot be read or written just means no list.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public static RecentFiles user() {
        return new RecentFiles(Path.of(System.getProperty("user.home"), ".neurallab", "recent-files.txt"));
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) {
                        files.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return files;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        List<String> lines = files.stream().limit(MAX).map(Path::toString).toList();
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Path tmp = store.resolveSibling(store.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // no list then; not worth interrupting the user for
        }
    }
}
