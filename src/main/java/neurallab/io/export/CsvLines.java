package neurallab.io.export;

import java.util.List;
import java.util.stream.Collectors;

/** CSV text as the app's CSV files are written: comma-separated, one line per row, \n line ends. */
final class CsvLines {
    private final StringBuilder text = new StringBuilder();

    CsvLines row(List<String> cells) {
        text.append(cells.stream().map(CsvLines::quote).collect(Collectors.joining(","))).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A cell quoted (quotes doubled) when it holds a comma, a quote, a line break or surrounding spaces. */
    static String quote(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                && cell.equals(cell.strip());
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** A figure: Java's shortest round-tripping digits; empty when the figure does not apply (NaN). */
    static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
