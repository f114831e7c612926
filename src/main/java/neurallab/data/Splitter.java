package neurallab.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Splits a dataset into train, validation and test after a seeded shuffle. For classification each
 * class is split on its own (stratified), so every split keeps the class proportions up to rounding.
 */
public final class Splitter {

    private Splitter() {
    }

    /**
     * Class c of n_c rows gives round(n_c·testFraction) rows to test and round(n_c·validationFraction) to
     * validation, the first ones in shuffled order; the rest train. Each split is then shuffled again, so
     * that its classes are mixed from its first row (the classes reach their quotas at different times).
     *
     * @throws DataException when the training or test split would be empty
     */
    public static Splits split(Dataset data, double testFraction, double validationFraction,
                               SplittableRandom random) throws DataException {
        int[] order = shuffledIndices(data.size(), random);
        int strata = Math.max(1, data.classCount());
        int[] stratumSize = new int[strata];
        for (int row : order) {
            stratumSize[stratum(data, row)]++;
        }
        int[] seen = new int[strata];
        IndexList train = new IndexList(data.size());
        IndexList validation = new IndexList(data.size());
        IndexList test = new IndexList(data.size());
        for (int row : order) {
            int s = stratum(data, row);
            long testRows = Math.round(stratumSize[s] * testFraction);
            long validationRows = Math.round(stratumSize[s] * validationFraction);
            int position = seen[s]++;
            if (position < testRows) {
                test.add(row);
            } else if (position < testRows + validationRows) {
                validation.add(row);
            } else {
                train.add(row);
            }
        }
        Problems problems = new Problems();
        if (train.size == 0) {
            problems.add("data.testFraction: with validationFraction " + validationFraction + ", "
                    + data.size() + " rows leave no training rows");
        }
        if (test.size == 0) {
            problems.add("data.testFraction: " + testFraction + " of " + data.size()
                    + " rows leaves the test split empty");
        }
        problems.throwIfAny();
        return new Splits(data.select(train.shuffled(random)), data.select(validation.shuffled(random)),
                data.select(test.shuffled(random)));
    }

    private static int stratum(Dataset data, int row) {
        return data.isClassification() ? (int) data.targets()[row] : 0;
    }

    /** A Fisher–Yates permutation of 0…n−1. */
    private static int[] shuffledIndices(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** A growable list of row indices. */
    private static final class IndexList {
        private final int[] rows;
        private int size;

        IndexList(int capacity) {
            rows = new int[capacity];
        }

        void add(int row) {
            rows[size++] = row;
        }

        int[] shuffled(SplittableRandom random) {
            int[] copy = Arrays.copyOf(rows, size);
            shuffle(copy, random);
            return copy;
        }
    }
}
