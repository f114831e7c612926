package neurallab.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The PNG encoder, read back chunk by chunk as the PNG specification lays them out. */
class PngFileTest {
    @Test
    void aTwoByTwoPictureHasItsHeaderItsRowsAndValidChecksums() throws Exception {
        int[] argb = {0xFFFF0000, 0x8000FF00, 0x000000FF, 0xFF102030};
        ByteBuffer png = ByteBuffer.wrap(PngFile.encode(2, 2, argb));
        byte[] signature = new byte[8];
        png.get(signature);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, signature);

        byte[] header = chunk(png, "IHDR");
        ByteBuffer h = ByteBuffer.wrap(header);
        assertEquals(2, h.getInt()); // width
        assertEquals(2, h.getInt()); // height
        assertArrayEquals(new byte[] {8, 6, 0, 0, 0}, Arrays.copyOfRange(header, 8, 13)); // 8-bit RGBA, no interlace

        Inflater inflater = new Inflater();
        inflater.setInput(chunk(png, "IDAT"));
        byte[] rows = new byte[64];
        int n = inflater.inflate(rows);
        // each row: filter 0, then R G B A per pixel
        byte[] expected = {0, (byte) 255, 0, 0, (byte) 255, 0, (byte) 255, 0, (byte) 0x80,
                0, 0, 0, (byte) 255, 0, 0x10, 0x20, 0x30, (byte) 255};
        assertArrayEquals(expected, Arrays.copyOf(rows, n));
        assertEquals(0, chunk(png, "IEND").length);
        assertEquals(0, png.remaining());
    }

    @Test
    void aPictureWhosePixelsDoNotFillItIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PngFile.encode(3, 2, new int[5]));
        assertEquals("a 3 × 2 picture needs 6 pixels, not 5", e.getMessage());
    }

    // reads the next chunk, checks its type and CRC, returns its data
    private static byte[] chunk(ByteBuffer png, String type) {
        int length = png.getInt();
        byte[] typeBytes = new byte[4];
        png.get(typeBytes);
        assertEquals(type, new String(typeBytes, StandardCharsets.US_ASCII));
        byte[] data = new byte[length];
        png.get(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        assertEquals((int) crc.getValue(), png.getInt(), type + " checksum");
        return data;
    }
}
