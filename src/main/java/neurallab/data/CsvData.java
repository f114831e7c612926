package neurallab.data;

import java.util.List;
import java.util.stream.IntStream;

/**
 * An imported CSV table: its rows as a dataset and, when the file has a {@code split} column (as
 * {@link CsvExport} writes), each row's split: "train", "validation" or "test". {@code split} is empty
 * when the file has no such column.
 */
public record CsvData(Dataset data, List<String> split) {
    public static final String SPLIT_COLUMN = "split";
    static final List<String> SPLIT_NAMES = List.of("train", "validation", "test");

    public boolean hasSplit() {
        return !split.isEmpty();
    }

    /** The splits the file names, rows in file order. */
    public Splits splits(String file) throws DataException {
        Dataset[] parts = new Dataset[SPLIT_NAMES.size()];
        for (int s = 0; s < parts.length; s++) {
            String name = SPLIT_NAMES.get(s);
            parts[s] = data.select(IntStream.range(0, split.size())
                    .filter(row -> split.get(row).equals(name)).toArray());
        }
        Problems problems = new Problems();
        if (parts[0].isEmpty()) {
            problems.add(file + ": column " + SPLIT_COLUMN + ": no row is \"train\"");
        }
        if (parts[2].isEmpty()) {
            problems.add(file + ": column " + SPLIT_COLUMN + ": no row is \"test\"");
        }
        problems.throwIfAny();
        return new Splits(parts[0], parts[1], parts[2]);
    }
}
