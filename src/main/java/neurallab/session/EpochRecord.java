package neurallab.session;

/**
 * The figures reported after one epoch (docs/engine.md, "Reported figures"): mean data loss per
 * split in evaluation mode, accuracies for classification. Null where a split is empty or the figure
 * does not apply. Epoch 0 is the state before any update.
 */
public record EpochRecord(int epoch, double learningRate, double trainLoss, Double validationLoss,
                          Double testLoss, Double trainAccuracy, Double validationAccuracy,
                          Double testAccuracy) {
}
