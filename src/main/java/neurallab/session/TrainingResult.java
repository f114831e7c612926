package neurallab.session;

import java.util.List;
import neurallab.engine.LayerParameters;

/**
 * What a headless run produced: one record per epoch from 0, whether it diverged (and at which epoch
 * the first non-finite value appeared), whether early stopping ended it and its best epoch, and the
 * final weights (the best ones when early stopping restored them; the last finite ones after divergence).
 */
public record TrainingResult(List<EpochRecord> epochs, boolean diverged, Integer divergedAtEpoch,
                             boolean stoppedEarly, Integer bestEpoch, List<LayerParameters> weights) {
}
