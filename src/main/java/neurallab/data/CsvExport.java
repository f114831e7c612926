package neurallab.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes splits as one CSV file a class can share: a header, the input columns, the label (the class
 * name, or the regression target) and a {@code split} column (train, validation, test), rows in split
 * order. Numbers are written with {@link Double#toString}, which reads back to the same double, so
 * {@link CsvImport} gives back the same points in the same splits (text class names are numbered again
 * in order of first appearance).
 */
public final class CsvExport {
    public static final String CLASS_COLUMN = "label";
    public static final String TARGET_COLUMN = "target";

    private CsvExport() {
    }

    public static void write(Splits splits, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(splits, out);
        }
    }

    public static void write(Splits splits, Writer out) throws IOException {
        Dataset train = splits.train();
        List<String> header = new ArrayList<>(train.inputNames());
        header.add(train.isClassification() ? CLASS_COLUMN : TARGET_COLUMN);
        header.add(CsvData.SPLIT_COLUMN);
        writeLine(out, header);
        Dataset[] parts = {splits.train(), splits.validation(), splits.test()};
        for (int s = 0; s < parts.length; s++) {
            for (int i = 0; i < parts[s].size(); i++) {
                writeLine(out, row(parts[s], i, CsvData.SPLIT_NAMES.get(s)));
            }
        }
    }

    private static List<String> row(Dataset data, int i, String split) {
        List<String> cells = new ArrayList<>();
        for (double value : data.inputs()[i]) {
            cells.add(Double.toString(value));
        }
        double target = data.targets()[i];
        cells.add(data.isClassification() ? data.classNames().get((int) target) : Double.toString(target));
        cells.add(split);
        return cells;
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        out.write(String.join(",", cells.stream().map(CsvText::quote).toList()));
        out.write('\n');
    }
}
