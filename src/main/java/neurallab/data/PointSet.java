package neurallab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The user's own 2-D points, painted in the window: add a labelled point, remove the nearest one, clear.
 * Positions are clamped to [−6, 6]². The label is a class index for classification or the target for
 * regression. Not thread-safe: the window's thread owns it.
 */
public final class PointSet {
    private final List<double[]> points = new ArrayList<>();

    public void add(double x1, double x2, double label) {
        points.add(new double[] {clamp(x1), clamp(x2), label});
    }

    /** Removes the point nearest to (x1, x2) if it lies within {@code radius}; true if one was removed. */
    public boolean removeNearest(double x1, double x2, double radius) {
        int nearest = -1;
        double best = radius;
        for (int i = 0; i < points.size(); i++) {
            double d = Sampling.distance(points.get(i)[0] - x1, points.get(i)[1] - x2);
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest >= 0) {
            points.remove(nearest);
        }
        return nearest >= 0;
    }

    public void clear() {
        points.clear();
    }

    public int size() {
        return points.size();
    }

    /** Copies of the points as [x1, x2, label], in the order painted (the rows of an inline source). */
    public List<double[]> rows() {
        return points.stream().map(double[]::clone).toList();
    }

    /** The points as a dataset with inputs x1, x2; {@code classNames} empty for regression. */
    public Dataset toDataset(List<String> classNames) {
        Points2D dataset = new Points2D(points.size());
        points.forEach(p -> dataset.add(p[0], p[1], p[2]));
        return dataset.toDataset(List.copyOf(classNames));
    }

    private static double clamp(double x) {
        return Math.max(-Sampling.EXTENT, Math.min(Sampling.EXTENT, x));
    }
}
