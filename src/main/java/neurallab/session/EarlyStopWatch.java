package neurallab.session;

import java.util.List;
import neurallab.engine.LayerParameters;
import neurallab.engine.Network;

/**
 * Early stopping on the validation loss, for the headless run and the live trainer alike: an
 * improvement is a validation loss below best − minDelta; {@code patience} epochs after the best one
 * without an improvement, training stops (the caller restores the best weights when the rule asks).
 */
public final class EarlyStopWatch {
    private final EarlyStopping rule;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private Integer bestEpoch;
    private List<LayerParameters> best;

    public EarlyStopWatch(EarlyStopping rule) {
        this.rule = rule;
    }

    /** Watches one evaluation of the network at this epoch; true when training should stop. */
    public boolean observe(int epoch, double validationLoss, Network network) {
        if (validationLoss < bestLoss - rule.minDelta()) {
            bestLoss = validationLoss;
            bestEpoch = epoch;
            if (rule.restoreBest()) {
                best = network.exportParameters();
            }
            return false;
        }
        return bestEpoch != null && epoch - bestEpoch >= rule.patience();
    }

    /** After a stop: the best weights back into the network when the rule asks for them; true if it did. */
    public boolean restoreBest(Network network) {
        if (!rule.restoreBest() || best == null) {
            return false;
        }
        network.importParameters(best);
        return true;
    }

    /** Training goes on after a stop: the next evaluation starts a new watch. */
    public void restart() {
        bestLoss = Double.POSITIVE_INFINITY;
    }

    public EarlyStopping rule() {
        return rule;
    }

    /** The epoch of the best validation loss seen, or null before the first evaluation. */
    public Integer bestEpoch() {
        return bestEpoch;
    }
}
