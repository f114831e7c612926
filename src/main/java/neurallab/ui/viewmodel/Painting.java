package neurallab.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Dataset;
import neurallab.data.PointSet;
import neurallab.data.Splits;
import neurallab.session.Experiment;

/**
 * Painted points as edits of the experiment: the first stroke turns the data shown into inline points,
 * each later one adds or removes a training point. The points are always read back from the experiment,
 * so undoing a stroke takes its point away for good.
 */
final class Painting {
    private Painting() {
    }

    /** The experiment with a training point added at (x1, x2); raw is the data shown (before features). */
    static Experiment add(Experiment e, Splits raw, double x1, double x2, double label) {
        PointSet points = trainingPoints(e, raw);
        points.add(x1, x2, label);
        return withPoints(e, raw, points);
    }

    /** The experiment without the training point nearest to (x1, x2) within radius, or null if none is. */
    static Experiment erase(Experiment e, Splits raw, double x1, double x2, double radius) {
        PointSet points = trainingPoints(e, raw);
        return points.removeNearest(x1, x2, radius) ? withPoints(e, raw, points) : null;
    }

    private static Experiment withPoints(Experiment e, Splits raw, PointSet points) {
        List<double[]> test = e.data() instanceof DataSource.Inline in ? in.test() : rows(raw.test());
        return Edits.settleOutput(e.withData(new DataSource.Inline(points.rows(), List.of(), test)).withWeights(null));
    }

    private static PointSet trainingPoints(Experiment e, Splits raw) {
        PointSet points = new PointSet();
        List<List<double[]>> parts = e.data() instanceof DataSource.Inline in ? List.of(in.train(), in.validation())
                : List.of(rows(raw.train()), rows(raw.validation()));
        for (List<double[]> part : parts) {
            for (double[] r : part) {
                points.add(r[0], r[1], r[2]);
            }
        }
        return points;
    }

    private static List<double[]> rows(Dataset d) {
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < d.size(); r++) {
            rows.add(new double[] {d.inputs()[r][0], d.inputs()[r][1], d.targets()[r]});
        }
        return rows;
    }
}
