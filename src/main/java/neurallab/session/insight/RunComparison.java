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

    /** One pinned run; thumbnail is size × size ARGB pixels, row-major (size 0: none). */
    public record PinnedRun(String label, double[] losses, int thumbnailSize, int[] thumbnail) {
        public PinnedRun {
            if (thumbnail.length != thumbnailSize * thumbnailSize) {
                throw new IllegalArgumentException("thumbnail needs " + thumbnailSize * thumbnailSize + " pixels");
            }
            losses = losses.clone();
            thumbnail = thumbnail.clone();
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }

        @Override
        public int[] thumbnail() {
            return thumbnail.clone();
        }

        public int epochs() {
            return losses.length;
        }

        public double loss(int epoch) {
            return losses[epoch];
        }

        /** The last loss, NaN with none. */
        public double finalLoss() {
            return losses.length == 0 ? Double.NaN : losses[losses.length - 1];
        }
    }

    private final List<PinnedRun> runs = new ArrayList<>();

    /** Pins the run; empty when pinned, else the message saying why not. */
    public Optional<String> pin(PinnedRun run) {
        if (runs.size() >= MAX_RUNS) {
            return Optional.of("At most " + MAX_RUNS + " runs can be compared: unpin one first.");
        }
        runs.add(run);
        return Optional.empty();
    }

    public void unpin(int index) {
        runs.remove(index);
    }

    public void clear() {
        runs.clear();
    }

    public List<PinnedRun> runs() {
        return Collections.unmodifiableList(runs);
    }

    public int size() {
        return runs.size();
    }

    /** [{label, losses: [..], thumbnailSize, thumbnail: [..]}, …] */
    public List<Map<String, Object>> toPlain() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PinnedRun r : runs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", r.label());
            List<Double> losses = new ArrayList<>();
            for (double v : r.losses) {
                losses.add(Double.isFinite(v) ? v : null);
            }
            m.put("losses", losses);
            m.put("thumbnailSize", r.thumbnailSize());
            List<Integer> pixels = new ArrayList<>();
            for (int p : r.thumbnail) {
                pixels.add(p);
            }
            m.put("thumbnail", pixels);
            out.add(m);
        }
        return out;
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
            Optional<String> refused = c.pin(new PinnedRun((String) m.get("label"), l,
                    ((Number) m.get("thumbnailSize")).intValue(), p));
            if (refused.isPresent()) {
                throw new IllegalArgumentException(refused.get());
            }
        }
        return c;
    }
}
