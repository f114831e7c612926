package neurallab.data;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file row by row, refusing what is not UTF-8 text: NUL bytes or malformed UTF-8 (a binary
 * file or a spreadsheet saved in its own format), a file larger than {@link #MAX_BYTES}, a line longer
 * than {@link #MAX_LINE_BYTES} and a row of more than {@link #MAX_COLUMNS} cells, each as soon as it is met,
 * so that memory stays bounded by what a valid table needs. Commas separate cells; a cell may be
 * double-quoted ("" is a quote inside); blank lines are skipped.
 */
final class CsvText implements Closeable {
    /** Data rows, not counting a header. */
    static final int MAX_ROWS = 100_000;
    /** The inputs, a label and a split column. */
    static final int MAX_COLUMNS = CsvImport.MAX_INPUTS + 2;
    /** A file larger than this cannot hold a valid table of at most 100,000 rows of 64 numbers. */
    static final long MAX_BYTES = 256L << 20;
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private final String name;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineNumber;
    private boolean ended;

    private CsvText(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /** @param name the file as the user wrote it, used in every message */
    static CsvText open(Path file, String name) throws DataException {
        try {
            return new CsvText(BoundedFiles.open(file, MAX_BYTES), name);
        } catch (NoSuchFileException e) {
            throw new DataException("data.path: file not found: " + name + " (looked for " + file + ")");
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    private static DataException failure(String name, IOException e) {
        String reason = e instanceof BoundedFiles.RefusedException ? e.getMessage()
                : "cannot read it: " + e.getMessage();
        return new DataException("data.path: " + name + ": " + reason);
    }

    /** The next non-blank row, or null at the end of the file. */
    CsvRow next() throws DataException {
        try {
            while (!ended) {
                String text = readLine();
                if (text != null && !text.isBlank()) {
                    return new CsvRow(lineNumber, cells(text));
                }
            }
            return null;
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** The next line without its terminator, decoded; null at the end. */
    private String readLine() throws IOException, DataException {
        line.reset();
        int b;
        while ((b = read()) >= 0 && b != '\n') {
            if (b == 0) {
                throw problem("a NUL byte; this is a binary file, not CSV text (save it as CSV, UTF-8)");
            }
            if (line.size() == MAX_LINE_BYTES) {
                throw problem("a line longer than " + BoundedFiles.size(MAX_LINE_BYTES) + ", the limit; "
                        + "a row holds at most " + MAX_COLUMNS + " cells");
            }
            line.write(b);
        }
        ended = b < 0;
        if (ended && line.size() == 0) {
            return null;
        }
        return decode(line.toByteArray());
    }

    private int read() throws IOException {
        if (position == filled) {
            filled = Math.max(0, in.read(buffer));
            position = 0;
            if (filled == 0) {
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    /** UTF-8 text without a byte-order mark or a trailing carriage return. */
    private String decode(byte[] bytes) throws DataException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw problem("bytes that are not UTF-8 text (save the file as CSV, UTF-8)");
        }
        lineNumber++;
        if (lineNumber == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private DataException problem(String message) {
        return new DataException(name + ": line " + (lineNumber + 1) + ": " + message);
    }

    /** Splits one line at commas outside double quotes, trims each cell and removes its quotes. */
    private List<String> cells(String text) throws DataException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                if (cells.size() == MAX_COLUMNS) {
                    throw new DataException(name + ": line " + lineNumber + ": more than " + MAX_COLUMNS
                            + " columns; at most " + CsvImport.MAX_INPUTS + " inputs, a label and a split column");
                }
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; a failing close of an input loses nothing
        }
    }

    /** A cell as written back: quoted when it holds a comma, a quote or surrounding spaces. */
    static String quote(String cell) {
        boolean plain = cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.equals(cell.strip());
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
