package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import neurallab.session.insight.RunComparison;
import neurallab.session.insight.RunComparison.PinnedRun;

/**
 * The optional {@code pinnedRuns} field of an experiment file: up to {@link RunComparison#MAX_RUNS} entries
 * {@code {label, losses: [number or null, …], epochs, thumbnailSize, thumbnail: [ARGB int, …]}}, each loss series
 * downsampled to at most {@link RunComparison#MAX_SAVED_POINTS} points when written. Reading reports each bad
 * entry by its JSON path ({@code pinnedRuns[1].thumbnail: …}).
 */
final class PinnedRunsJson {
    /** Thumbnails larger than this are refused (the window makes them 96 × 96). */
    static final int MAX_THUMBNAIL = 512;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // an ARGB pixel, written as Java's signed int; a writer that wrote it unsigned is read too
    private static final Bounds PIXEL = Bounds.integers(Integer.MIN_VALUE, 0xFFFFFFFFL);

    private PinnedRunsJson() {
    }

    static JsonNode write(List<PinnedRun> runs) {
        return MAPPER.valueToTree(runs.stream()
                .map(r -> RunComparison.toPlain(r.downsampled(RunComparison.MAX_SAVED_POINTS))).toList());
    }

    /** The pinned runs in {@code field}; none when it is absent, null (and problems added) when it is wrong. */
    static List<PinnedRun> read(Field field) {
        if (field.isAbsent()) {
            return List.of();
        }
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        if (elements.size() > RunComparison.MAX_RUNS) {
            field.problem("at most " + RunComparison.MAX_RUNS + " pinned runs, got " + elements.size());
            return null;
        }
        List<PinnedRun> runs = new ArrayList<>();
        boolean ok = true;
        for (Field element : elements) {
            PinnedRun run = element.isObject() ? run(element) : null;
            ok &= run != null;
            runs.add(run);
        }
        return ok ? runs : null;
    }

    private static PinnedRun run(Field entry) {
        String label = entry.get("label").text();
        double[] losses = losses(entry.get("losses"));
        Integer epochs = losses == null ? null
                : entry.get("epochs").integer(losses.length, Bounds.integers(losses.length, Integer.MAX_VALUE));
        Integer size = entry.get("thumbnailSize").integer(0, Bounds.integers(0, MAX_THUMBNAIL));
        Field pixelsField = entry.get("thumbnail");
        int[] pixels = size == null ? null : size == 0 && pixelsField.isAbsent() ? new int[0] : pixels(pixelsField, size);
        if (label == null || losses == null || epochs == null || pixels == null) {
            return null;
        }
        return new PinnedRun(label, losses, epochs, size, pixels);
    }

    private static double[] losses(Field field) {
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        double[] losses = new double[elements.size()];
        boolean ok = true;
        for (int i = 0; i < losses.length; i++) {
            Field f = elements.get(i);
            // null: the loss was not a number (a diverged epoch)
            Double v = f.isAbsent() ? Double.valueOf(Double.NaN) : f.number(Bounds.ANY);
            ok &= v != null;
            losses[i] = v == null ? Double.NaN : v;
        }
        return ok ? losses : null;
    }

    private static int[] pixels(Field field, int size) {
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        if (elements.size() != size * size) {
            field.problem("must hold thumbnailSize² = " + size * size + " pixels, got " + elements.size());
            return null;
        }
        int[] pixels = new int[elements.size()];
        for (int i = 0; i < pixels.length; i++) {
            Field f = elements.get(i);
            Double v = f.number(PIXEL);
            if (v == null) {
                return null;
            }
            pixels[i] = (int) v.longValue();
        }
        return pixels;
    }
}
