package neurallab.io.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import neurallab.io.AtomicFiles;

/**
 * Pictures as PNG files: 8-bit RGBA, no interlacing, each row filtered "none" and the whole deflated (the
 * PNG specification's minimum, which every viewer reads). Written here rather than through
 * javax.imageio so the app needs neither java.desktop nor javafx-swing.
 */
public final class PngFile {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngFile() {
    }

    /** The PNG of a width × height picture given row by row as ARGB ints (not premultiplied). */
    public static byte[] encode(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + " × " + height + " picture needs " + width * height
                    + " pixels, not " + argb.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: RGBA
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", deflatedRows(width, height, argb));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Writes {@link #encode} to {@code file}, replacing it atomically. */
    public static void write(Path file, int width, int height, int[] argb) throws IOException {
        AtomicFiles.write(file, encode(width, height, argb));
    }

    private static byte[] deflatedRows(int width, int height, int[] argb) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] row = new byte[1 + 4 * width]; // filter byte 0, then R G B A per pixel
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    row[1 + 4 * x] = (byte) (p >> 16);
                    row[2 + 4 * x] = (byte) (p >> 8);
                    row[3 + 4 * x] = (byte) p;
                    row[4 + 4 * x] = (byte) (p >>> 24);
                }
                z.write(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("deflating into memory failed", e);
        }
        return raw.toByteArray();
    }

    // length, type, data, then the CRC-32 of type and data
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
