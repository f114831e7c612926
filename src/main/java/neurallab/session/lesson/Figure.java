package neurallab.session.lesson;

import java.util.function.Function;
import neurallab.engine.StableName;
import neurallab.session.EpochRecord;

/** A figure a goal watches, read from one epoch's record; null where the record does not have it. */
public enum Figure implements StableName {
    TRAIN_LOSS("trainLoss", r -> r.trainLoss()),
    TEST_LOSS("testLoss", EpochRecord::testLoss),
    VALIDATION_LOSS("validationLoss", EpochRecord::validationLoss),
    TRAIN_ACCURACY("trainAccuracy", EpochRecord::trainAccuracy),
    TEST_ACCURACY("testAccuracy", EpochRecord::testAccuracy),
    VALIDATION_ACCURACY("validationAccuracy", EpochRecord::validationAccuracy),
    EPOCH("epoch", r -> (double) r.epoch()),
    // gap = testLoss − trainLoss: how much worse the network does on points it never trained on
    GAP("gap", r -> r.testLoss() == null ? null : r.testLoss() - r.trainLoss());

    private final String id;
    private final Function<EpochRecord, Double> read;

    Figure(String id, Function<EpochRecord, Double> read) {
        this.id = id;
        this.read = read;
    }

    @Override
    public String id() {
        return id;
    }

    /** The figure in {@code record}, or null (no such split, or an accuracy of a regression). */
    public Double of(EpochRecord record) {
        return read.apply(record);
    }

    /** True for the accuracies, which only classification reports. */
    public boolean isAccuracy() {
        return this == TRAIN_ACCURACY || this == TEST_ACCURACY || this == VALIDATION_ACCURACY;
    }
}
