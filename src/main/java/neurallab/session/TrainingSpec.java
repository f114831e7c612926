package neurallab.session;

import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;

/** How to train: the file format's {@code training} object (docs/file-format.md). earlyStopping may be null. */
public record TrainingSpec(Loss loss, OptimizerSettings optimizer, int batchSize, int epochs, boolean shuffle,
                           Regularization regularization, Schedule schedule, EarlyStopping earlyStopping) {

    public TrainingSpec withLoss(Loss v) {
        return new TrainingSpec(v, optimizer, batchSize, epochs, shuffle, regularization, schedule, earlyStopping);
    }

    public TrainingSpec withOptimizer(OptimizerSettings v) {
        return new TrainingSpec(loss, v, batchSize, epochs, shuffle, regularization, schedule, earlyStopping);
    }

    public TrainingSpec withBatchSize(int v) {
        return new TrainingSpec(loss, optimizer, v, epochs, shuffle, regularization, schedule, earlyStopping);
    }

    public TrainingSpec withEpochs(int v) {
        return new TrainingSpec(loss, optimizer, batchSize, v, shuffle, regularization, schedule, earlyStopping);
    }

    public TrainingSpec withShuffle(boolean v) {
        return new TrainingSpec(loss, optimizer, batchSize, epochs, v, regularization, schedule, earlyStopping);
    }

    public TrainingSpec withRegularization(Regularization v) {
        return new TrainingSpec(loss, optimizer, batchSize, epochs, shuffle, v, schedule, earlyStopping);
    }

    public TrainingSpec withSchedule(Schedule v) {
        return new TrainingSpec(loss, optimizer, batchSize, epochs, shuffle, regularization, v, earlyStopping);
    }

    /** null turns early stopping off. */
    public TrainingSpec withEarlyStopping(EarlyStopping v) {
        return new TrainingSpec(loss, optimizer, batchSize, epochs, shuffle, regularization, schedule, v);
    }
}
