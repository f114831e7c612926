package neurallab.session.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Up to {@link #MAX_RUNS} pinned runs side by side: a label, the loss per epoch and a small ARGB thumbnail
 * of the final decision boundary. Saved as a plain structure (maps, lists, numbers, strings) so io can
 * write it with the experiment; NaN losses are saved as null.
 */
public final class RunComparison {
    public static final int MAX_RUNS = 5;

    /** Loss points kept per run when it is saved with the experiment (see {@link PinnedRun#downsampled}). */
    public static final int MAX_SAVED_POINTS = 1000;

    /**
     * One pinned run: its loss at points spread evenly over epochs 0 … epochs − 1 (one point per epoch unless it
     * was downsampled), and a thumbnail of thumbnailSize × thumbnailSize ARGB pixels, row-major (size 0: none).
     */
    public record PinnedRun(String label, double[] losses, int epochs, int thumbnailSize, int[] thumbnail) {
        public PinnedRun {
            if (thumbnail.length != thumbnailSize * thumbnailSize) {
                throw new IllegalArgumentException("thumbnail needs " + thumbnailSize * thumbnailSize + " pixels");
            }
            if (epochs < losses.length) {
                throw new IllegalArgumentException(losses.length + " loss points cannot span " + epochs + " epochs");
            }
            losses = losses.clone();
            thumbnail = thumbnail.clone();
        }

        /** One loss per epoch. */
        public PinnedRun(String label, double[] losses, int thumbnailSize, int[] thumbnail) {
            this(label, losses, losses.length, thumbnailSize, thumbnail);
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }

        @Override
        public int[] thumbnail() {
            return thumbnail.clone();
        }

        /**
         * A run from its loss history rows, which may lie several epochs apart (a live run evaluates once per
         * frame): resampled onto max(2, rows) points spread evenly over epochs 0 … the last row's epoch, point i
         * at e_i = i·last/(points − 1), its loss interpolated linearly between the rows around e_i (the first
         * row's loss before it). So the curve ends on the run's real epoch, however fast it trained.
         */
        public static PinnedRun fromRows(String label, int[] rowEpochs, double[] rowLosses, int thumbnailSize,
                                         int[] thumbnail) {
            int rows = rowLosses.length;
            if (rows == 0) {
                return new PinnedRun(label, new double[0], thumbnailSize, thumbnail);
            }
            int last = rowEpochs[rows - 1];
            int points = Math.min(last + 1, Math.max(2, rows));
            if (points < 2) {
                return new PinnedRun(label, new double[] {rowLosses[rows - 1]}, thumbnailSize, thumbnail);
            }
            double[] losses = new double[points];
            int row = 0;
            for (int i = 0; i < points; i++) {
                double epoch = i * (double) last / (points - 1);
                while (row + 1 < rows && rowEpochs[row + 1] <= epoch) {
                    row++;
                }
                losses[i] = interpolate(rowEpochs, rowLosses, row, epoch);
            }
            return new PinnedRun(label, losses, last + 1, thumbnailSize, thumbnail);
        }

        // the loss at epoch, between row and row + 1 (held flat before the first row and after the last)
        private static double interpolate(int[] epochs, double[] losses, int row, double epoch) {
            if (epoch <= epochs[row] || row + 1 == losses.length) {
                return losses[row];
            }
            double t = (epoch - epochs[row]) / (epochs[row + 1] - epochs[row]);
            return losses[row] + t * (losses[row + 1] - losses[row]);
        }

        /** Loss points held (the epochs, unless downsampled). */
        public int points() {
            return losses.length;
        }

        public double loss(int point) {
            return losses[point];
        }

        /** The epoch of point i: e_i = i·(epochs − 1)/(points − 1), evenly spread, the last point on the last epoch. */
        public double epochOf(int point) {
            return losses.length < 2 ? 0 : point * (double) (epochs - 1) / (losses.length - 1);
        }

        /** The last loss, NaN with none. */
        public double finalLoss() {
            return losses.length == 0 ? Double.NaN : losses[losses.length - 1];
        }

        /**
         * At most max points (max ≥ 2), the first and the last kept: point k is the loss at epoch round(k·(n − 1)/(m − 1)),
         * so the curve keeps its span and its final value. This run itself when it has no more than max.
         */
        public PinnedRun downsampled(int max) {
            int n = losses.length;
            if (n <= max) {
                return this;
            }
            double[] kept = new double[max];
            for (int k = 0; k < max; k++) {
                kept[k] = losses[(int) Math.round(k * (double) (n - 1) / (max - 1))];
            }
            return new PinnedRun(label, kept, epochs, thumbnailSize, thumbnail);
        }
    }

    private final List<PinnedRun> runs = new ArrayList<>();
    private long version;

    /** Pins the run; empty when pinned, else the message saying why not. */
    public Optional<String> pin(PinnedRun run) {
        if (runs.size() >= MAX_RUNS) {
            return Optional.of("At most " + MAX_RUNS + " runs can be compared: unpin one first.");
        }
        runs.add(run);
        version++;
        return Optional.empty();
    }

    public void unpin(int index) {
        runs.remove(index);
        version++;
    }

    public void clear() {
        runs.clear();
        version++;
    }

    /** These runs instead of the pinned ones (an opened experiment's); more than {@link #MAX_RUNS} is refused. */
    public void replaceAll(List<PinnedRun> pinned) {
        if (pinned.size() > MAX_RUNS) {
            throw new IllegalArgumentException("at most " + MAX_RUNS + " runs, got " + pinned.size());
        }
        runs.clear();
        runs.addAll(pinned);
        version++;
    }

    /** Counts changes, so a view redraws only when the pins changed. */
    public long version() {
        return version;
    }

    public List<PinnedRun> runs() {
        return Collections.unmodifiableList(runs);
    }

    public int size() {
        return runs.size();
    }

    /** [{label, losses: [..], epochs, thumbnailSize, thumbnail: [..]}, …] */
    public List<Map<String, Object>> toPlain() {
        return runs.stream().map(RunComparison::toPlain).toList();
    }

    /** {label, losses: [..] (NaN as null), epochs, thumbnailSize, thumbnail: [..]} */
    public static Map<String, Object> toPlain(PinnedRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", r.label());
        List<Double> losses = new ArrayList<>();
        for (double v : r.losses) {
            losses.add(Double.isFinite(v) ? v : null);
        }
        m.put("losses", losses);
        m.put("epochs", r.epochs());
        m.put("thumbnailSize", r.thumbnailSize());
        List<Integer> pixels = new ArrayList<>();
        for (int p : r.thumbnail) {
            pixels.add(p);
        }
        m.put("thumbnail", pixels);
        return m;
    }

    /** Reads what {@link #toPlain} wrote (numbers of any boxed type, as a JSON reader gives them). */
    public static RunComparison fromPlain(List<? extends Map<String, ?>> plain) {
        RunComparison c = new RunComparison();
        for (Map<String, ?> m : plain) {
            List<?> losses = (List<?>) m.get("losses");
            double[] l = new double[losses.size()];
            for (int i = 0; i < l.length; i++) {
                Object v = losses.get(i);
                l[i] = v == null ? Double.NaN : ((Number) v).doubleValue();
            }
            List<?> pixels = (List<?>) m.get("thumbnail");
            int[] p = new int[pixels.size()];
            for (int i = 0; i < p.length; i++) {
                // ARGB with alpha ≥ 0x80 is a negative int; a reader may hand it back as a long
                p[i] = (int) ((Number) pixels.get(i)).longValue();
            }
            Object epochs = m.get("epochs");
            Optional<String> refused = c.pin(new PinnedRun((String) m.get("label"), l,
                    epochs == null ? l.length : ((Number) epochs).intValue(), ((Number) m.get("thumbnailSize")).intValue(), p));
            if (refused.isPresent()) {
                throw new IllegalArgumentException(refused.get());
            }
        }
        return c;
    }
}
