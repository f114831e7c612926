package neurallab.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.io.AtomicFiles;
import neurallab.session.live.LossHistory;

/**
 * The loss history as CSV: a header, then one row per evaluated epoch: {@code epoch} and, of trainLoss,
 * validationLoss, testLoss, trainAccuracy, validationAccuracy and testAccuracy (the trace's names), the
 * columns that hold a value in some row. A figure that does not apply in a row is an empty cell.
 */
public final class LossHistoryCsv {
    /** Column names in {@link LossHistory}'s column order. */
    private static final List<String> NAMES = List.of("trainLoss", "validationLoss", "testLoss", "trainAccuracy",
            "validationAccuracy", "testAccuracy");

    private LossHistoryCsv() {
    }

    public static String csv(LossHistory.View history) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < LossHistory.COLUMNS; c++) {
            if (history.has(c)) {
                columns.add(c);
            }
        }
        CsvLines lines = new CsvLines();
        List<String> header = new ArrayList<>(List.of("epoch"));
        columns.forEach(c -> header.add(NAMES.get(c)));
        lines.row(header);
        for (int r = 0; r < history.size(); r++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(history.epoch(r))));
            for (int c : columns) {
                row.add(CsvLines.number(history.value(c, r)));
            }
            lines.row(row);
        }
        return lines.toString();
    }

    /** Writes {@link #csv} to {@code file}, replacing it atomically. */
    public static void write(Path file, LossHistory.View history) throws IOException {
        AtomicFiles.write(file, csv(history).getBytes(StandardCharsets.UTF_8));
    }
}
