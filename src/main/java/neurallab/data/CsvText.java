package neurallab.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file into rows, refusing what is not UTF-8 text: NUL bytes or malformed UTF-8 (a binary
 * file or a spreadsheet saved in its own format), an empty file, and more rows than {@link #MAX_ROWS}.
 * Commas separate cells; a cell may be double-quoted ("" is a quote inside); blank lines are skipped.
 */
final class CsvText {
    /** Data rows, not counting a header. */
    static final int MAX_ROWS = 100_000;
    /** A file larger than this cannot hold a valid table of at most 100,000 rows of 64 numbers. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private CsvText() {
    }

    /** @param name the file as the user wrote it, used in every message */
    static List<CsvRow> read(Path file, String name) throws DataException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DataException(name + ": " + Files.size(file) + " bytes; a CSV file for NeuralLab holds at most "
                        + MAX_ROWS + " rows (" + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException("data.path: file not found: " + name + " (looked for " + file + ")");
        } catch (IOException e) {
            throw new DataException("data.path: cannot read " + name + ": " + e.getMessage());
        }
        String text = decode(bytes, name);
        List<CsvRow> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (rows.size() > MAX_ROWS) {
                throw new DataException(name + ": line " + (i + 1) + ": more than " + String.format("%,d", MAX_ROWS)
                        + " rows; NeuralLab trains in memory on at most " + String.format("%,d", MAX_ROWS));
            }
            rows.add(new CsvRow(i + 1, cells(line)));
        }
        if (rows.isEmpty()) {
            throw new DataException(name + ": the file is empty");
        }
        return rows;
    }

    /** UTF-8 text, without a byte-order mark; refuses NUL bytes and malformed input with their line. */
    private static String decode(byte[] bytes, String name) throws DataException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DataException(name + ": line " + lineAt(bytes, i) + ": a NUL byte; this is a binary file, "
                        + "not CSV text (save it as CSV, UTF-8)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new DataException(name + ": line " + lineAt(bytes, in.position()) + ": bytes that are not UTF-8 text "
                    + "(save the file as CSV, UTF-8)");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Splits one line at commas outside double quotes, trims each cell and removes its quotes. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** A cell as written back: quoted when it holds a comma, a quote or surrounding spaces. */
    static String quote(String cell) {
        boolean plain = cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.equals(cell.strip());
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
