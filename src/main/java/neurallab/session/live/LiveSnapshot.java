package neurallab.session.live;

import java.util.List;
import neurallab.data.ProblemType;
import neurallab.data.Splits;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.session.EpochRecord;
import neurallab.session.Experiment;

/**
 * One published state of the live trainer; immutable by contract (arrays are fresh copies, never
 * written after publication, except the grid's maps once the window has recycled them or the trainer
 * has replaced the snapshot before the window took it: see {@link GridFrame}). Insight views may read the weights and the last gradients.
 *
 * @param serial          increases with every publication
 * @param generation      increases when the network or data is rebuilt (views redraw the points then)
 * @param experiment      what is being trained (its weights field is not kept up to date; see weights)
 * @param splits          the data with features applied (null when FAILED before loading)
 * @param rawSplits       the data before features (x1, x2 for 2-D data), for drawing points
 * @param figures         the latest evaluated figures (null when FAILED)
 * @param history         figures over training, one row per evaluated epoch
 * @param weights         every layer's parameters, copied
 * @param kernelGradients dL/dkernel of the last mini-batch per layer, [i · units + j]
 * @param biasGradients   dL/dbias of the last mini-batch per layer
 * @param grid            every neuron's output on the input plane, or null when the data is not 2-D
 * @param confusion       [true class][predicted class] over the test split (train if no test), or null
 * @param divergedAt      the epoch at which training diverged, or null
 * @param bestEpoch       with early stopping: the epoch of the best validation loss seen, or null
 * @param message         a notice for the window (rebuilt network, divergence, failure), or null
 * @param epochsPerSecond measured over the last second of playing
 */
public record LiveSnapshot(long serial, long generation, TrainerState state, Experiment experiment, Splits splits,
                           Splits rawSplits, int epoch, long steps, EpochRecord figures, LossHistory.View history,
                           List<Activation> activations, List<LayerParameters> weights, List<double[]> kernelGradients,
                           List<double[]> biasGradients, GridFrame grid, int[][] confusion, Integer divergedAt,
                           Integer bestEpoch, String message, double epochsPerSecond) {

    /**
     * While training plays the window paints its maps from at most two snapshots in three (its paint
     * schedule, in the ui package, follows the serial): the maps of a snapshot whose serial % 3 is
     * {@value #MAPS_UNSEEN} are drawn by no view, so such a snapshot carries the maps of the one before (the
     * maps cost more than an epoch of the largest Playground network).
     */
    public static final int MAPS_UNSEEN = 2;

    /** Whether the snapshot with this serial, published in this state, carries the maps of the one before. */
    public static boolean carriesMapsBefore(long serial, TrainerState state) {
        return state == TrainerState.PLAYING && serial % 3 == MAPS_UNSEEN;
    }

    public boolean isClassification() {
        return experiment.problem() == ProblemType.CLASSIFICATION;
    }
}
