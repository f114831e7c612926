package neurallab.session;

/** Stop when the validation loss has not improved by more than minDelta for patience epochs. */
public record EarlyStopping(int patience, double minDelta, boolean restoreBest) {
}
