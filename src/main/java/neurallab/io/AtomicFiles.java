package neurallab.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Replaces a file's content all at once: the bytes are streamed to a temporary file {@code .NAME.<uuid>.tmp}
 * in the same folder, which is flushed to disk and then moved over the target. Readers see the old file or
 * the new one, never half of one; on failure the target is untouched and the temporary file is removed.
 * Temporary files of the same target left by a killed process are removed by the next write.
 */
public final class AtomicFiles {
    private static final Pattern UUID_TMP = Pattern.compile("\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.tmp");

    private AtomicFiles() {
    }

    /** What goes into the file, written to a stream that the caller need not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A new content, complete on disk beside its target, made visible by {@link #commit()}; closing discards it. */
    public static final class Pending implements Closeable {
        private final Path temp;
        private final Path target;
        private boolean committed;

        private Pending(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        public void commit() throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        try (Pending pending = prepare(target, content)) {
            pending.commit();
        }
    }

    /** Writes {@code content} beside {@code target} and flushes it to disk, leaving the target as it is. */
    public static Pending prepare(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        checkTarget(absolute);
        checkFolder(absolute);
        removeLeftovers(absolute);
        Pending pending = new Pending(temp(absolute), absolute);
        try (FileChannel channel = FileChannel.open(pending.temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException | Error e) {
            pending.close();
            throw e;
        }
        return pending;
    }

    /**
     * Refuses a target that the rename would wrongly replace: a folder, a device, a pipe, a socket or a
     * symbolic link (the rename would replace the link, not the file it points to).
     */
    public static void checkTarget(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            throw new IOException(target + ": is a symbolic link; give the file it points to ("
                    + target.toRealPath() + ") or another name");
        }
        if (attributes.isDirectory()) {
            throw new IOException(target + ": is a folder; give a file name");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(target + ": is not a regular file (a device, pipe or socket); give a file name");
        }
    }

    /**
     * Proves that a file can be written at {@code target} without touching it: the folder exists and takes
     * a new file of that name's kind (a temporary one, removed at once).
     */
    public static void checkWritable(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        checkTarget(absolute);
        checkFolder(absolute);
        Path probe = temp(absolute);
        Files.newByteChannel(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        Files.delete(probe);
    }

    /** A missing folder is named as such (the system's own exception names only the path). */
    private static void checkFolder(Path absolute) throws IOException {
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException(absolute + ": the folder " + folder + " does not exist");
        }
    }

    private static Path temp(Path absolute) {
        return absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    /** Temporary files {@code .NAME.<uuid>.tmp} of this target: a write that never finished. */
    private static void removeLeftovers(Path absolute) throws IOException {
        String prefix = "." + absolute.getFileName();
        DirectoryStream.Filter<Path> leftover = p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && UUID_TMP.matcher(name.substring(prefix.length())).matches();
        };
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(absolute.getParent(), leftover)) {
            for (Path path : stream) {
                Files.deleteIfExists(path);
            }
        }
    }
}
