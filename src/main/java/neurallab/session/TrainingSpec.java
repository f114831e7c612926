package neurallab.session;

import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;

/** How to train: docs/file-format.md's {@code training} object. earlyStopping may be null. */
public record TrainingSpec(Loss loss, OptimizerSettings optimizer, int batchSize, int epochs, boolean shuffle,
                           Regularization regularization, Schedule schedule, EarlyStopping earlyStopping) {
}
