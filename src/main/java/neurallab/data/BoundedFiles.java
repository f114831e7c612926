package neurallab.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens input files so that no input can make a reader wait forever or read without end: only regular
 * files are opened (a device, pipe or socket has no size to check and may never end or never start), and
 * the bytes are counted as they come, so a file that grows past its limit while being read is refused too.
 */
public final class BoundedFiles {
    private BoundedFiles() {
    }

    /** A file refused before or while reading; the message says why and names the limit. */
    public static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * A stream over {@code file} that fails with a {@link RefusedException} once more than {@code maxBytes}
     * have been read. The file type is checked before opening, because opening a FIFO with no writer blocks.
     */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new RefusedException("is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedException("is not a regular file (a device, pipe or socket); give a file saved on disk");
        }
        if (attributes.size() > maxBytes) {
            throw new RefusedException("the file is " + size(attributes.size()) + "; the limit is " + size(maxBytes)
                    + " (is this the right file?)");
        }
        return new Counted(Files.newInputStream(file), maxBytes);
    }

    /** The whole file, at most {@code maxBytes}. */
    public static byte[] readAll(Path file, long maxBytes) throws IOException {
        try (InputStream in = open(file, maxBytes)) {
            return in.readAllBytes();
        }
    }

    /** "12 MiB" for sizes of a mebibyte or more, else bytes. */
    public static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** Counts bytes as they are read and refuses the one past the limit. */
    private static final class Counted extends FilterInputStream {
        private final long maxBytes;
        private long count;

        Counted(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, maxBytes - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, maxBytes - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws RefusedException {
            count += n;
            if (count > maxBytes) {
                throw new RefusedException("the file is larger than " + size(maxBytes) + ", the limit"
                        + " (is this the right file?)");
            }
        }
    }
}
