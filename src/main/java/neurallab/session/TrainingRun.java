package neurallab.session;

import java.nio.file.Path;
import java.util.List;
import neurallab.data.DataException;
import neurallab.data.Splits;
import neurallab.engine.LayerParameters;

/**
 * One experiment being trained: its data (features applied), its network, optimizer and random
 * generators. Used by the headless command (train) and by the window's trainer thread, one thread at a
 * time. (Contract stub: implementation in progress.)
 */
public final class TrainingRun {

    /** Loads the data (relative paths resolved against baseDir), builds and initialises the network. */
    public static TrainingRun start(Experiment experiment, Path baseDir)
            throws DataException, InvalidExperimentException {
        throw new UnsupportedOperationException("in progress");
    }

    public Experiment experiment() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The splits with the experiment's features applied: what the network sees. */
    public Splits splits() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Epochs completed so far. */
    public int epoch() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The reported figures for the current weights (evaluation mode, every split). */
    public EpochRecord evaluate() {
        throw new UnsupportedOperationException("in progress");
    }

    /** One epoch of mini-batch updates, no evaluation. False if a loss or weight became NaN or infinite. */
    public boolean trainEpoch() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Trains up to {@code epochs} epochs with a record each, early stopping and divergence handling. */
    public TrainingResult train(int epochs) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The current weights, copied. */
    public List<LayerParameters> weights() {
        throw new UnsupportedOperationException("in progress");
    }
}
