package neurallab.data;

import java.util.List;

/** One non-blank line of a CSV file: its 1-based line number and its cells, unquoted and trimmed. */
record CsvRow(int line, List<String> cells) {
}
