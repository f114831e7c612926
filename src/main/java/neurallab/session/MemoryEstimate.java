package neurallab.session;

import java.util.List;
import java.util.Locale;
import neurallab.data.Splits;
import neurallab.engine.LayerSpec;

/**
 * The memory a network needs, worked out before it is built, so that one too large for this Java is refused
 * with the figure and the limit instead of running out of memory part way through.
 */
public final class MemoryEstimate {
    // per weight or bias: value, gradient, two optimizer moments, three exported copies (last finite, best, result)
    private static final int DOUBLES_PER_PARAMETER = 7;
    // per unit and row of a mini-batch or evaluation chunk: a dense layer's eight buffers and batch norm's one
    private static final int DOUBLES_PER_ACTIVATION = 9;
    private static final int EVALUATION_ROWS = 256;

    private MemoryEstimate() {
    }

    /** Bytes for the network's parameters and working buffers with mini-batches of {@code batchRows} rows. */
    public static long networkBytes(int inputs, List<LayerSpec> layers, int batchRows) {
        long bytes = 0;
        int fanIn = inputs;
        for (LayerSpec layer : layers) {
            long parameters = (long) fanIn * layer.units() + (layer.batchNorm() ? 5L : 1L) * layer.units();
            long activations = (long) (batchRows + EVALUATION_ROWS) * layer.units();
            bytes += Double.BYTES * (DOUBLES_PER_PARAMETER * parameters + DOUBLES_PER_ACTIVATION * activations);
            fanIn = layer.units();
        }
        return bytes;
    }

    /** The data as held in memory: each split's rows twice (as read, and laid out for the network). */
    static long dataBytes(Splits splits) {
        long values = 0;
        for (var split : List.of(splits.train(), splits.validation(), splits.test())) {
            values += (long) split.size() * (split.inputCount() + 1);
        }
        return 2 * Double.BYTES * values;
    }

    /** A problem when the network and data need more than {@code maxBytes} (Java's heap limit), else null. */
    static String problem(Experiment experiment, Splits splits, long maxBytes) {
        int rows = Math.max(1, Math.min(experiment.training().batchSize(), splits.train().size()));
        long network = networkBytes(splits.train().inputCount(), experiment.layers(), rows);
        long needed = network + dataBytes(splits);
        if (needed <= maxBytes) {
            return null;
        }
        return String.format(Locale.ROOT, "layers: the network and its data need about %s of memory, and Java may"
                + " use at most %s here (its -Xmx limit); use fewer or smaller layers or a smaller batch size",
                size(needed), size(maxBytes));
    }

    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
