package neurallab.session;

import java.util.List;
import neurallab.engine.LayerParameters;
import neurallab.engine.Network;

/**
 * The weights to go back to when training diverges, for the headless run and the live trainer alike.
 * It keeps the last weights whose figures were finite and the last ones whose training loss was still
 * sane: at most {@value #SANE_FACTOR} times the lowest seen. Weights just before a blow-up are often
 * finite with a loss of 1e300, and a lower learning rate cannot bring those back; the sane ones can.
 */
public final class DivergenceBackup {
    public static final double SANE_FACTOR = 4;

    private List<LayerParameters> lastFinite;
    private List<LayerParameters> lastSane;
    private double lowestLoss = Double.POSITIVE_INFINITY;

    /** Starts from the network's current weights (an evaluation with this loss, which may be NaN). */
    public DivergenceBackup(Network network, double trainLoss) {
        lastFinite = network.exportParameters();
        lastSane = lastFinite;
        if (Double.isFinite(trainLoss)) {
            lowestLoss = trainLoss;
        }
    }

    /** Records the network's weights after an evaluation whose figures were all finite. */
    public void observe(Network network, double trainLoss) {
        lastFinite = network.exportParameters();
        lowestLoss = Math.min(lowestLoss, trainLoss);
        if (trainLoss <= SANE_FACTOR * lowestLoss) {
            lastSane = lastFinite;
        }
    }

    public List<LayerParameters> lastFinite() {
        return lastFinite;
    }

    public List<LayerParameters> lastSane() {
        return lastSane;
    }
}
