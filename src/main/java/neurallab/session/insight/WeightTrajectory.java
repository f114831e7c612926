package neurallab.session.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import neurallab.engine.Network;

/**
 * The flattened parameter vector θ recorded every {@code interval} steps, at most {@code capacity}
 * vectors: when full, every other one is dropped and the interval doubles (as {@link BoundaryHistory}).
 * Dropped vectors are reused as buffers, so recording allocates only while filling up.
 */
public final class WeightTrajectory {
    private final int capacity;
    private final int parameterCount;
    private final List<double[]> points = new ArrayList<>();
    private final List<Long> steps = new ArrayList<>();
    private final List<double[]> spare = new ArrayList<>();
    private long interval;

    public WeightTrajectory(Network network, int capacity, long interval) {
        if (capacity < 3 || interval < 1) {
            throw new IllegalArgumentException("capacity ≥ 3 and interval ≥ 1");
        }
        this.capacity = capacity;
        this.parameterCount = network.parameterCount();
        this.interval = interval;
    }

    /** Records θ at this step if it is on the interval (and after the last record). */
    public boolean record(long step, Network network) {
        if (step % interval != 0 || (!steps.isEmpty() && step <= steps.get(steps.size() - 1))) {
            return false;
        }
        while (points.size() >= capacity) {
            long doubled = interval * 2;
            for (int i = points.size() - 1; i >= 0; i--) {
                if (steps.get(i) % doubled != 0) {
                    spare.add(points.remove(i));
                    steps.remove(i);
                }
            }
            interval = doubled;
            if (step % interval != 0) {
                return false;
            }
        }
        double[] theta = spare.isEmpty() ? new double[parameterCount] : spare.remove(spare.size() - 1);
        NetworkCopies.flatten(network, theta);
        points.add(theta);
        steps.add(step);
        return true;
    }

    /** Adds a given vector (tests, imports). */
    public void add(long step, double[] theta) {
        if (theta.length != parameterCount) {
            throw new IllegalArgumentException("expected " + parameterCount + " values");
        }
        points.add(theta.clone());
        steps.add(step);
    }

    public int size() {
        return points.size();
    }

    public long interval() {
        return interval;
    }

    public int parameterCount() {
        return parameterCount;
    }

    public long step(int i) {
        return steps.get(i);
    }

    /** The i-th vector (not a copy: do not modify). */
    public double[] point(int i) {
        return points.get(i);
    }

    public List<double[]> points() {
        return Collections.unmodifiableList(points);
    }
}
