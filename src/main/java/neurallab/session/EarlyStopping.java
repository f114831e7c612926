package neurallab.session;

/** Stop when the validation loss has not improved by more than minDelta for patience epochs. */
public record EarlyStopping(int patience, double minDelta, boolean restoreBest) {

    public EarlyStopping withPatience(int v) {
        return new EarlyStopping(v, minDelta, restoreBest);
    }

    public EarlyStopping withMinDelta(double v) {
        return new EarlyStopping(patience, v, restoreBest);
    }

    public EarlyStopping withRestoreBest(boolean v) {
        return new EarlyStopping(patience, minDelta, v);
    }
}
